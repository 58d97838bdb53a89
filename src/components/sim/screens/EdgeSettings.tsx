import * as labels from '../../../facts/labels';
import { areas, ownWords } from '../../../sim/controls';
import { liveIeModePages, ieModePageExpires, restartPending } from '../../../sim/world/derive';
import { screenDate } from '../../../sim/world/time';
import type { IeModeReload, SettingsPage } from '../../../sim/world/types';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn, Lnk } from '../ui';
import { Check, Pick, Switch } from '../ui-more';

/**
 * Edge's settings (設定): the left menu and the pages the manual uses — Microsoft Edge について
 * (1.2.1), Cookie とサイトのアクセス許可 → JavaScript (1.2.2), 既定のブラウザ with Internet Explorer
 * の互換性 and the IE-mode pages table (2.2.1, 3.17), プライバシー、検索、サービス → 証明書の管理
 * (2.2.4 step 4, 3.16), プロフィール → パスワード (3.15).
 */

const E = labels.edge;

/** The left list as Edge has it: the manual's pages are links, the others drawn only (no lesson opens them). */
const I = {
	person: paths.person,
	lock: 'M4.5 7.5h7v6h-7zM6 7.5v-2a2 2 0 0 1 4 0v2',
	look: 'M8 2a6 6 0 1 0 0 12c1 0 1.2-.8.8-1.5-.5-.8 0-1.8 1-1.8H12a2 2 0 0 0 2-2A6 6 0 0 0 8 2zM5 7h.1M8 4.5h.1M11 7h.1',
	side: 'M2.5 3h11v10h-11zM10 3v10',
	home: 'M2 8l6-5.5L14 8M4 6.5V14h8V6.5',
	share: 'M11 5.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM5 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM11 13.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM6.3 7.3l3.4-1.9M6.3 8.7l3.4 1.9',
	cookies: 'M2.5 2.5H7V7H2.5zM9 2.5h4.5V7H9zM2.5 9H7v4.5H2.5zM9 9h4.5v4.5H9z',
	browser: 'M2 3h12v10H2zM2 6h12',
	download: 'M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13.5h10',
	family: 'M5.5 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM11 4.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM1.5 13c.3-2.5 2-4 4-4s3.7 1.5 4 4M9.5 9.5c2 0 4 1 4.5 3.5',
	lang: 'M2 3.5h7M5.5 2v1.5M3.5 3.5c.5 3 2.5 5 5 6M8 3.5c-.5 3-2.5 5-5.5 6.5M9 14l2.5-6.5L14 14M10 11.5h3',
	print: 'M4.5 6V2.5h7V6M3 6h10v5.5h-2M3 6v5.5h2M5 9.5h6V14H5z',
	system: 'M2.5 3h11v7h-11zM6 13h4M8 10v3',
	reset: 'M3 8a5 5 0 1 0 1.5-3.5M3 2.5v3h3',
	phone: 'M5 1.5h6v13H5zM7.5 12.5h1',
	access: 'M8 2.5v.1M3 5.5l5 1 5-1M8 6.5v3l-2.5 4.5M8 9.5l2.5 4.5',
	about: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM4.5 9c.8-2.5 4.5-3.3 6.5-1M5.5 11c1.8 1 4.2.7 5.2-1',
	trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9',
} as const;
type Nav = readonly [keyof typeof I, SettingsPage | string];
const menu: readonly Nav[] = [
	['person', 'profiles'],
	['lock', 'privacy'],
	['look', '外観'],
	['side', 'サイドバー'],
	['home', '[スタート]、[ホーム]、および [新規] タブ'],
	['share', '共有、コピーして貼り付け'],
	['cookies', 'cookies'],
	['browser', 'defaultBrowser'],
	['download', 'ダウンロード'],
	['family', 'ファミリー セーフティ'],
	['lang', '言語'],
	['print', 'プリンター'],
	['system', 'システムとパフォーマンス'],
	['reset', '設定のリセット'],
	['phone', 'スマートフォンとその他のデバイス'],
	['access', 'アクセシビリティ'],
	['about', 'about'],
];
const linked: readonly string[] = ['profiles', 'privacy', 'cookies', 'defaultBrowser', 'about'];

function Heading({ text }: { text: string }) {
	return <p className="sim-h">{text}</p>;
}

function About() {
	const { pc } = useEnv();
	const edge = pc.context.world.edge;
	return (
		<>
			<Heading text={E.aboutEdge.value} />
			<section aria-label={E.versionInfo.value} className="sim-card">
				<p className="sim-strong">{E.app.value}</p>
				<p>バージョン {edge.version}（公式ビルド）</p>
				{edge.update ? (
					<p className="sim-row">
						バージョン {edge.update} に更新しました。再起動すると適用されます。
						<Btn ev={{ type: 'edge.restart' }} />
					</p>
				) : (
					<p className="sim-muted">{E.app.value} は最新です。</p>
				)}
			</section>
		</>
	);
}

function DefaultBrowser() {
	const { pc } = useEnv();
	const world = pc.context.world;
	const pages = liveIeModePages(world);
	const choices: readonly (readonly [IeModeReload, string])[] = [
		['default', ownWords.ieModeReloadDefault],
		['allow', E.allow.value],
		['deny', ownWords.ieModeReloadDeny],
	];
	return (
		<>
			<Heading text={E.defaultBrowser.value} />
			<div className="sim-card">
				<p className="sim-strong">{E.ieCompatibility.value}</p>
				<Pick ev={(value) => ({ type: 'edge.ieModeReload.set', value })} value={world.edge.ieModeReload} options={choices} row />
				{restartPending(world) ? (
					<p className="sim-notice">
						この設定の変更を有効にするには、ブラウザーを再起動してください
						<Btn ev={{ type: 'edge.restart' }} className="sim-btn sim-btn--primary" />
					</p>
				) : null}
				<section aria-label={areas.ieModePages.name} className="sim-subcard">
					<p className="sim-row sim-between">
						<span className="sim-strong">{E.ieModePages.value}</span>
						<Btn ev={{ type: 'edge.ieModePages.add' }} disabled={world.edge.ieModeReload !== 'allow'} />
					</p>
					<p className="sim-muted">{E.ieModePagesNote.value}</p>
					{pages.length > 0 ? (
						<table className="sim-table">
							<thead>
								<tr>
									<th scope="col" className="sim-col-page">
										{E.pagesColumnPage.value}
									</th>
									<th scope="col">{E.pagesColumnAdded.value}</th>
									<th scope="col">{E.pagesColumnExpires.value}</th>
									<th scope="col" className="sim-col-act">
										<span className="sr-only">{E.removePage.value}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{pages.map((p) => (
									<tr key={p.url} aria-label={p.url}>
										<td className="sim-url" title={p.url}>
											{p.url}
										</td>
										<td>{screenDate(p.added)}</td>
										<td>{screenDate(ieModePageExpires(p))}</td>
										<td>
											<Btn ev={{ type: 'edge.ieModePages.remove', url: p.url }} show={<G d={I.trash} />} className="sim-tool" />
										</td>
									</tr>
								))}
							</tbody>
						</table>
					) : null}
				</section>
			</div>
			<div className="sim-card sim-switchrow">
				<span>{E.internetOptions.value}</span>
				<Btn ev={{ type: 'edge.settings.internetOptions' }} />
			</div>
		</>
	);
}

function Passwords() {
	const { pc } = useEnv();
	const p = pc.context.world.edge.passwords;
	const selected = pc.context.ui.passwordsSelected;
	return (
		<section aria-label={areas.passwords.name}>
			<Heading text={E.passwords.value} />
			<div className="sim-card">
				<Switch ev={(on) => ({ type: 'edge.passwords.set', setting: 'offerToSave', on })} on={p.offerToSave} />
				<Switch ev={(on) => ({ type: 'edge.passwords.set', setting: 'autofill', on })} on={p.autofill} />
			</div>
			<div className="sim-card">
				<p className="sim-strong">保存されたパスワード（{p.saved.length}）</p>
				{p.saved.length === 0 ? <p className="sim-muted">保存されたパスワードはありません。</p> : null}
				<ul className="sim-plain">
					{p.saved.map((s) => (
						<li key={s.site} className="sim-row">
							<Check ev={(checked) => ({ type: 'edge.passwords.select', site: s.site, checked })} checked={selected.includes(s.site)} />
							<span className="sim-muted">ユーザー名: {s.user}</span>
						</li>
					))}
				</ul>
				{selected.length > 0 ? <Btn ev={{ type: 'edge.passwords.delete' }} /> : null}
			</div>
		</section>
	);
}

function Page({ page }: { page: SettingsPage }) {
	switch (page) {
		case 'home':
			return (
				<>
					<Heading text="プロファイル" />
					<div className="sim-card sim-row">
						<G d={I.person} size={40} />
						<span>個人</span>
					</div>
				</>
			);
		case 'profiles':
			return (
				<>
					<Heading text={E.profiles.value} />
					<div className="sim-card">
						<Lnk ev={{ type: 'edge.settings.page', page: 'passwords' }} />
					</div>
				</>
			);
		case 'passwords':
			return <Passwords />;
		case 'privacy':
			return (
				<>
					<Heading text={E.privacySearchServices.value} />
					<div className="sim-card">
						<p className="sim-strong">{E.security.value}</p>
						<Btn ev={{ type: 'edge.settings.manageCertificates' }} />
					</div>
				</>
			);
		case 'cookies':
			return (
				<>
					<Heading text={E.cookiesAndPermissions.value} />
					<div className="sim-card">
						<p className="sim-strong">{E.sitePermissions.value}</p>
						<p className="sim-muted">{E.allPermissions.value}</p>
						<Lnk ev={{ type: 'edge.settings.page', page: 'javascript' }} />
					</div>
				</>
			);
		case 'javascript':
			return <Javascript />;
		case 'defaultBrowser':
			return <DefaultBrowser />;
		case 'about':
			return <About />;
	}
}

function Javascript() {
	const { pc } = useEnv();
	return (
		<>
			<Heading text={E.javascript.value} />
			<div className="sim-card">
				<Switch ev={(on) => ({ type: 'edge.javascript.set', on })} on={pc.context.world.edge.javascript} />
			</div>
		</>
	);
}

function NavItem({ nav, page }: { nav: Nav; page: SettingsPage }) {
	const [icon, p] = nav;
	const glyph = <G d={I[icon]} />;
	if (!linked.includes(p)) {
		return (
			<li>
				<span className="sim-navitem">
					{glyph}
					{p}
				</span>
			</li>
		);
	}
	const current = p === page || (page === 'javascript' && p === 'cookies') || (page === 'passwords' && p === 'profiles');
	return (
		<li aria-current={current ? 'page' : undefined}>
			<Lnk ev={{ type: 'edge.settings.page', page: p as SettingsPage }} className="sim-navitem" show={<>{glyph}<span>{settingsName[p as 'about']}</span></>} />
		</li>
	);
}

const settingsName = {
	profiles: E.profiles.value,
	privacy: E.privacySearchServices.value,
	cookies: E.cookiesAndPermissions.value,
	defaultBrowser: E.defaultBrowser.value,
	about: E.aboutEdge.value,
} as const;

export default function EdgeSettings({ page }: { page: SettingsPage }) {
	return (
		<section aria-label={areas.edgeSettings.name} className="sim-settings sim-fluent">
			<div className="sim-sidemenu">
				<Lnk ev={{ type: 'edge.settings.page', page: 'home' }} className="sim-sidemenu-title" />
				<p className="sim-sidesearch" aria-hidden="true">
					<G d={paths.search} />
					設定の検索
				</p>
				<ul className="sim-plain">
					{menu.map((nav) => (
						<NavItem key={nav[1]} nav={nav} page={page} />
					))}
				</ul>
			</div>
			<div className="sim-settings-page">
				<Page page={page} />
			</div>
		</section>
	);
}
