import * as labels from '../../../facts/labels';
import { areas, credentialShownAs, ownWords } from '../../../sim/controls';
import { useState, type ReactNode } from 'react';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn, Lnk } from '../ui';
import { Dlg } from '../ui-dialog';
import { Pick, Win } from '../ui-more';

/** Control Panel's own glyphs (glyphs.tsx keeps the frames' and the taskbar's). */
const own = {
	warn: 'M8 1.5l6.8 12.5H1.2zM8 6v4M8 11.8v.1',
	key: 'M10.5 2a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM8 8L2 14M4 12l1.5 1.5M5.5 10.5L7 12',
};

/**
 * Control Panel (コントロールパネル) and Credential Manager (3.9 steps 2–6): [表示方法:] →
 * [カテゴリ], [ユーザアカウント], [Windows 資格情報の管理], the saved credential's [⌵] and 削除,
 * and the confirmation [はい].
 */

const CP = labels.controlPanel;

/** Control Panel's category view as Windows 10 draws it: the lessons use ユーザー アカウント only. */
const CATEGORIES: readonly (readonly [string, string, string])[] = [
	[paths.shield, 'システムとセキュリティ', 'コンピューターの状態を確認'],
	[paths.globe, 'ネットワークとインターネット', 'ネットワークの状態とタスクの表示'],
	['M4.5 6V2.5h7V6M3 6h10v5.5h-2M3 6v5.5h2M5 9.5h6V14H5z', 'ハードウェアとサウンド', 'デバイスとプリンターの表示'],
	['M2 3h12v10H2zM2 6h12', 'プログラム', 'プログラムのアンインストール'],
];
const CATEGORIES_RIGHT: readonly (readonly [string, string, string])[] = [
	['M2 8a6 6 0 1 0 12 0A6 6 0 0 0 2 8zM5.5 7h.1M10.5 7h.1M5 10c1.5 1.5 4.5 1.5 6 0', 'デスクトップのカスタマイズ', ''],
	['M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 4.5V8l2.5 1.5', '時計と地域', '日付、時刻、数値形式の変更'],
	['M8 2.5v.1M3 5.5l5 1 5-1M8 6.5v3l-2.5 4.5M8 9.5l2.5 4.5', 'コンピューターの簡単操作', '設定の提案の表示'],
];
/**
 * Entries a Windows 10 PC holds beside the manual's (our own harmless examples): rows like the
 * manual's, opened and closed with their [⌵], but not the lesson's to change (their 編集 and 削除
 * do nothing; the PC's state is untouched).
 */
const OTHER_CREDENTIALS: readonly { readonly target: string; readonly user: string; readonly date: string }[] = [
	{ target: 'virtualapp/didlogical', user: '02abcdefghijklmn', date: '2024/04/01' },
	{ target: 'SSO_POP_Device', user: '02abcdefghijklmn', date: '2024/04/01' },
	{ target: 'MicrosoftAccount:user=practice@example.com', user: 'practice@example.com', date: '2024/04/01' },
];

/** What an opened entry shows of itself, the manual's as the others (the password never in clear). */
function CredentialLines({ c }: { c: { readonly target: string; readonly user: string } }) {
	return (
		<>
			<p className="sim-small">インターネットまたはネットワークのアドレス: {c.target}</p>
			<p className="sim-small">ユーザー名: {c.user}</p>
			<p className="sim-small">パスワード: ••••••••</p>
		</>
	);
}

/** One of the other entries: its [⌵] opens and closes it (drawn state only, no event). */
function OtherCredential({ c }: { c: (typeof OTHER_CREDENTIALS)[number] }) {
	const [open, setOpen] = useState(false);
	return (
		<div role="group" aria-label={c.target} className="sim-card sim-cred">
			<p className="sim-row sim-between">
				<span className="sim-url">{c.target}</span>
				<span className="sim-row">
					<span className="sim-muted">変更日: {c.date}</span>
					<button type="button" className="sim-tool" aria-expanded={open} onClick={() => setOpen(!open)}>
						{labels.controlPanel.expand.value}
					</button>
				</span>
			</p>
			{open ? (
				<>
					<CredentialLines c={c} />
					<p className="sim-small">保存: ローカル コンピューター</p>
					<p className="sim-row">
						<button type="button" className="sim-link-btn" disabled>
							編集
						</button>
						<button type="button" className="sim-link-btn" disabled>
							{labels.controlPanel.remove.value}
						</button>
					</p>
				</>
			) : null}
		</div>
	);
}

function Category({ c, children }: { c: readonly [string, string, string]; children?: ReactNode }) {
	return (
		<li className="sim-cat">
			<G d={c[0]} size={40} />
			<span>
				<span className="sim-cat-title">{c[1]}</span>
				{children ?? <span className="sim-cat-sub">{c[2]}</span>}
			</span>
		</li>
	);
}

function Crumbs({ path }: { path: readonly string[] }) {
	return (
		<p className="sim-crumbs" aria-hidden="true">
			<G d="M13 8H3M7 4L3 8l4 4" />
			<G d="M3 8h10M9 4l4 4-4 4" />
			<span className="sim-crumbs-path">{['コントロール パネル', ...path].join('  ›  ')}</span>
			<span className="sim-crumbs-search">
				コントロール パネルの検索 <G d={paths.search} />
			</span>
		</p>
	);
}

function Credentials({ confirming }: { confirming: boolean }) {
	const { pc } = useEnv();
	const { world, ui } = pc.context;
	return (
		<>
			<Crumbs path={['ユーザー アカウント', '資格情報マネージャー']} />
			<p className="sim-h">資格情報の管理</p>
			<p>Web サイト、接続されたアプリケーション、ネットワークに関して保存されたログオン情報を表示し、削除します。</p>
			<p className="sim-credtabs" aria-hidden="true">
				<span>
					<G d={paths.globe} size={32} /> Web 資格情報
				</span>
				<span className="sim-credtab-on">
					<G d={own.key} size={32} /> Windows 資格情報
				</span>
			</p>
			<p className="sim-cred-section">
				<span className="sim-strong">Windows 資格情報</span>
				<span className="sim-link-like">Windows 資格情報の追加</span>
			</p>
			<p className="sim-muted">Windows 資格情報はありません。</p>
			<p className="sim-cred-section">
				<span className="sim-strong">汎用資格情報</span>
				<span className="sim-link-like">汎用資格情報の追加</span>
			</p>
			<ul className="sim-plain sim-credlist">
				{OTHER_CREDENTIALS.map((c) => (
					<li key={c.target}>
						<OtherCredential c={c} />
					</li>
				))}
				{world.credentials.map((c) => {
					const shown = credentialShownAs(c.target);
					const open = ui.cp.expanded === c.target;
					return (
						<li key={c.target}>
							<div role="group" aria-label={shown} aria-description={shown === c.target ? undefined : c.target} className="sim-card sim-cred">
								<p className="sim-row sim-between">
									<span className="sim-url">{shown}</span>
									<span className="sim-row">
										<span className="sim-muted">変更日: 今日</span>
										<Btn ev={{ type: 'cp.credential.expand', target: c.target }} className="sim-tool" />
									</span>
								</p>
								{open ? (
									<>
										<CredentialLines c={c} />
										<Btn ev={{ type: 'cp.credential.remove', target: c.target }} className="sim-link-btn" />
									</>
								) : null}
							</div>
						</li>
					);
				})}
			</ul>
			{confirming && ui.cp.removing ? (
				<Dlg name="汎用資格情報の削除" esc={{ type: 'cp.confirm.no' }} className="sim-dialog--msg">
					<p className="sim-iconrow">
						<G d={own.warn} size={32} />
						この汎用資格情報を完全に削除しますか?
					</p>
					<p className="sim-url">{ui.cp.removing}</p>
					<p className="sim-buttons">
						<Btn ev={{ type: 'cp.confirm.yes' }} className="sim-btn sim-btn--primary" />
						<Btn ev={{ type: 'cp.confirm.no' }} />
					</p>
				</Dlg>
			) : null}
		</>
	);
}

export default function ControlPanel({ state }: { state: string }) {
	const { pc } = useEnv();
	const view = pc.context.world.controlPanelView;
	return (
		<Win name={areas.controlPanel.name} className="sim-win--cp" close={<Btn ev={{ type: 'cp.close' }} show={<G d={paths.close} size={10} />} className="sim-btn" />}>
			{state === 'home' ? (
				<>
					<Crumbs path={[]} />
					<div className="sim-row sim-between">
						<p className="sim-h">コンピューターの設定を調整します</p>
						<Pick
							ev={(value) => ({ type: 'cp.viewBy', value })}
							value={view}
							options={[
								['category', CP.category.value],
								['icons', ownWords.largeIcons],
							]}
						/>
					</div>
					{view === 'category' ? (
						<div className="sim-cats">
							<ul className="sim-plain">
								{CATEGORIES.map((c) => (
									<Category key={c[1]} c={c} />
								))}
							</ul>
							<ul className="sim-plain">
								<Category c={[paths.person, '', '']}>
									<Lnk ev={{ type: 'cp.userAccounts' }} className="sim-link sim-cat-title" />
									<span className="sim-cat-sub">アカウントの種類の変更</span>
								</Category>
								{CATEGORIES_RIGHT.map((c) => (
									<Category key={c[1]} c={c} />
								))}
							</ul>
						</div>
					) : (
						<ul className="sim-plain sim-grid sim-muted">
							<li>インターネット オプション</li>
							<li>資格情報マネージャー</li>
							<li>ユーザー アカウント</li>
							<li>プログラムと機能</li>
						</ul>
					)}
				</>
			) : null}
			{state === 'userAccounts' ? (
				<>
					<Crumbs path={['ユーザー アカウント']} />
					<ul className="sim-plain sim-cats-one">
						<Category c={[paths.person, 'ユーザー アカウント', 'アカウントの種類の変更']} />
						<Category c={[own.key, '資格情報マネージャー', '']}>
							<span className="sim-cat-sub">Web 資格情報の管理</span>
							<Lnk ev={{ type: 'cp.manageCredentials' }} className="sim-link sim-cat-sub" />
						</Category>
					</ul>
				</>
			) : null}
			{state === 'credentials' || state === 'confirmRemove' ? <Credentials confirming={state === 'confirmRemove'} /> : null}
		</Win>
	);
}
