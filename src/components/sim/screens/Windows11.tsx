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

export default function Windows11({ state }: { state: string }) {
	const { pc } = useEnv();
	const r = pc.context.world.reputation;
	const next = path[state];
	return (
		<Win name={areas.windows11.name} className="sim-win--w11" close={<Btn ev={{ type: 'w11.close' }} show={<G d={paths.close} size={10} />} className="sim-btn" />}>
			<p className="sim-h">{titles[state]}</p>
			{state === 'appBrowser' ? <p className="sim-strong">{W.reputationProtection.value}</p> : null}
			{next ? (
				<p>
					<Lnk ev={{ type: 'w11.page', page: next }} className="sim-link sim-card-link" />
				</p>
			) : (
				<div className="sim-card">
					<Switch ev={(on) => ({ type: 'w11.set', setting: 'checkAppsAndFiles', on })} on={r.checkAppsAndFiles} />
					<Switch ev={(on) => ({ type: 'w11.set', setting: 'edgeSmartScreen', on })} on={r.edgeSmartScreen} />
				</div>
			)}
		</Win>
	);
}
