import * as labels from '../../../facts/labels';
import { areas, ownWords } from '../../../sim/controls';
import { liveIeModePages, ieModePageExpires, restartPending } from '../../../sim/world/derive';
import { screenDate } from '../../../sim/world/time';
import type { IeModeReload, SettingsPage } from '../../../sim/world/types';
import { useEnv } from '../env';
import { Btn, Lnk, Note } from '../ui';
import { Check, Pick, Switch } from '../ui-more';

/**
 * Edge's settings (設定): the left menu and the pages the manual uses — Microsoft Edge について
 * (1.2.1), Cookie とサイトのアクセス許可 → JavaScript (1.2.2), 既定のブラウザ with Internet Explorer
 * の互換性 and the IE-mode pages table (2.2.1, 3.17), プライバシー、検索、サービス → 証明書の管理
 * (2.2.4 step 4, 3.16), プロフィール → パスワード (3.15).
 */

const E = labels.edge;
const menu: readonly SettingsPage[] = ['home', 'profiles', 'privacy', 'cookies', 'defaultBrowser', 'about'];

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
				<Pick ev={(value) => ({ type: 'edge.ieModeReload.set', value })} value={world.edge.ieModeReload} options={choices} />
				{restartPending(world) ? (
					<p className="sim-row">
						この設定の変更を有効にするには、ブラウザーを再起動してください
						<Btn ev={{ type: 'edge.restart' }} />
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
									<th scope="col">{E.pagesColumnPage.value}</th>
									<th scope="col">{E.pagesColumnAdded.value}</th>
									<th scope="col">{E.pagesColumnExpires.value}</th>
									<th scope="col">
										<span className="sr-only">{E.removePage.value}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{pages.map((p) => (
									<tr key={p.url} aria-label={p.url}>
										<td className="sim-url">{p.url}</td>
										<td>{screenDate(p.added)}</td>
										<td>{screenDate(ieModePageExpires(p))}</td>
										<td>
											<Btn ev={{ type: 'edge.ieModePages.remove', url: p.url }} />
										</td>
									</tr>
								))}
							</tbody>
						</table>
					) : null}
				</section>
				<p className="sim-row">
					<Btn ev={{ type: 'edge.settings.internetOptions' }} />
				</p>
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
					<Heading text={E.settings.value} />
					<Note>左のメニューから設定の項目を選びます。</Note>
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

export default function EdgeSettings({ page }: { page: SettingsPage }) {
	return (
		<section aria-label={areas.edgeSettings.name} className="sim-settings">
			<div className="sim-sidemenu">
				<ul className="sim-plain">
					{menu.map((p) => (
						<li key={p} aria-current={p === page || (page === 'javascript' && p === 'cookies') || (page === 'passwords' && p === 'profiles') ? 'page' : undefined}>
							<Lnk ev={{ type: 'edge.settings.page', page: p }} />
						</li>
					))}
				</ul>
			</div>
			<div className="sim-settings-page">
				<Page page={page} />
			</div>
		</section>
	);
}
