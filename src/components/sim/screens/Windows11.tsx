import * as labels from '../../../facts/labels';
import { areas } from '../../../sim/controls';
import type { Windows11Page } from '../../../sim/machines/events';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn, Lnk } from '../ui';
import { Switch, Win } from '../ui-more';

/**
 * Windows 11 設定 (3.14): プライバシーとセキュリティ → Windows セキュリティ → アプリとブラウザーの制御 →
 * 評価ベースの保護設定, with its two switches.
 */

const W = labels.windows11;
const path: Readonly<Record<string, Windows11Page | null>> = {
	home: 'privacy',
	privacy: 'windowsSecurity',
	windowsSecurity: 'appBrowser',
	appBrowser: 'reputation',
	reputation: null,
};
const titles: Readonly<Record<string, string>> = {
	home: W.settings.value,
	privacy: W.privacyAndSecurity.value,
	windowsSecurity: W.windowsSecurity.value,
	appBrowser: W.appAndBrowserControl.value,
	reputation: W.reputationProtection.value,
};

const NAV: readonly (readonly [string, string])[] = [
	['M2.5 3h11v7h-11zM6 13h4M8 10v3', 'システム'],
	['M5 4l6 4-6 4M8 1.5v13', 'Bluetooth とデバイス'],
	[paths.globe, 'ネットワークとインターネット'],
	['M2 12c2-5 6-9 12-10-1 6-5 10-10 12', '個人用設定'],
	['M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z', 'アプリ'],
	[paths.person, 'アカウント'],
	['M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 4.5V8l2.5 1.5', '時刻と言語'],
	['M3 6h10v5H3zM5.5 8.5h2M6.5 7.5v2M10 8h.1', 'ゲーム'],
	['M8 2.5v.1M3 5.5l5 1 5-1M8 6.5v3l-2.5 4.5M8 9.5l2.5 4.5', 'アクセシビリティ'],
	[paths.shield, 'privacy'],
	['M13 8a5 5 0 1 1-1.6-3.7M13.5 2v3h-3', 'Windows Update'],
];
/** What each page lists beside the link the lesson follows (drawn only). */
const AROUND: Readonly<Record<string, readonly string[]>> = {
	privacy: ['デバイスの検索', '開発者向け'],
	windowsSecurity: ['ウイルスと脅威の防止', 'アカウントの保護', 'ファイアウォールとネットワーク保護'],
	appBrowser: ['Exploit Protection'],
};

export default function Windows11({ state }: { state: string }) {
	const { pc } = useEnv();
	const r = pc.context.world.reputation;
	const next = path[state];
	return (
		<Win name={areas.windows11.name} className="sim-win--w11" close={<Btn ev={{ type: 'w11.close' }} show={<G d={paths.close} size={10} />} className="sim-btn" />}>
			<div className="sim-w11">
				<nav className="sim-w11-nav" aria-label="設定の項目">
					<p className="sim-w11-user">
						<G d={paths.person} size={32} /> ローカル アカウント
					</p>
					<p className="sim-w11-search" aria-hidden="true">
						設定の検索 <G d={paths.search} />
					</p>
					<ul className="sim-plain">
						{NAV.map(([d, t]) =>
							t === 'privacy' ? (
								<li key={t} aria-current={state === 'home' ? undefined : 'page'}>
									{state === 'home' ? (
										<Lnk ev={{ type: 'w11.page', page: 'privacy' }} className="sim-navitem" show={<><G d={d} /><span>{W.privacyAndSecurity.value}</span></>} />
									) : (
										<span className="sim-navitem">
											<G d={d} />
											{W.privacyAndSecurity.value}
										</span>
									)}
								</li>
							) : (
								<li key={t}>
									<span className="sim-navitem">
										<G d={d} />
										{t}
									</span>
								</li>
							),
						)}
					</ul>
				</nav>
				<div className="sim-w11-page">
					<p className="sim-h">{state === 'home' ? 'システム' : titles[state]}</p>
					{state === 'home' ? (
						<div className="sim-w11-card">ディスプレイ、サウンド、通知、電源</div>
					) : next ? (
						<>
							{state === 'appBrowser' ? <p className="sim-strong">{W.reputationProtection.value}</p> : null}
							<div className="sim-w11-card">
								<Lnk ev={{ type: 'w11.page', page: next }} className="sim-link sim-card-link" />
							</div>
							{(AROUND[state] ?? []).map((t) => (
								<div key={t} className="sim-w11-card">
									{t}
								</div>
							))}
						</>
					) : (
						<div className="sim-w11-card">
							<Switch ev={(on) => ({ type: 'w11.set', setting: 'checkAppsAndFiles', on })} on={r.checkAppsAndFiles} />
							<Switch ev={(on) => ({ type: 'w11.set', setting: 'edgeSmartScreen', on })} on={r.edgeSmartScreen} />
						</div>
					)}
				</div>
			</div>
		</Win>
	);
}
