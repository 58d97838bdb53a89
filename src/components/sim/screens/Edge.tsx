import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ieModeBanner, notFound } from '../../../facts/messages';
import { areas, ownWords, tabTitle } from '../../../sim/controls';
import type { Page } from '../../../sim/world/types';
import { useControl, useEnv } from '../env';
import { useTakeFocus } from '../focus';
import { MenuItem } from '../menu';
import { Btn, Here, Lnk, Note, SITE_DRAG, Tag } from '../ui';
import { Tabs } from '../ui-tabs';

/**
 * Microsoft Edge: its tabs, the address bar (アドレス欄, 3.13), [サイト情報の表示] (dragged to the
 * desktop in 2.3.1 step 7), [このページをお気に入りに追加], [お気に入り], [...] and its menu, the
 * IE-mode banner under the address bar (2.2.2 step 2), Edge's offer to save a password (3.15),
 * and the page the tab shows. Pages of the certificate service, the system and the settings are
 * loaded when first shown.
 */

const EdgeSettings = lazy(() => import('./EdgeSettings'));
const CertServicePage = lazy(() => import('./CertService'));
const KanagawaPage = lazy(() => import('./Kanagawa'));
const WrongUrl = lazy(() => import('./WrongUrl'));

/** 練習: after a mistyped address, what differs from the one the step asks for (DESIGN.md "Advance by doing"). */
function Compare({ address }: { address: string }) {
	const { expectedUrl } = useEnv();
	return expectedUrl && expectedUrl !== address ? <WrongUrl typed={address} expected={expectedUrl} /> : null;
}

function AddressBar({ address, tabKey }: { address: string; tabKey: string }) {
	const { send } = useEnv();
	const c = useControl({ type: 'edge.navigate', url: address });
	const [draft, setDraft] = useState(address);
	// What the tab shows replaces what was typed (a navigation, another tab).
	useEffect(() => setDraft(address), [address, tabKey]);
	return (
		<>
			<input
				// A new window puts the cursor in the address bar, as Edge does (the screen moves it there).
				data-autofocus=""
				type="text"
				className="sim-address"
				aria-label={c.name}
				value={draft}
				autoComplete="off"
				spellCheck={false}
				data-here={c.marked || undefined}
				onChange={(e) => setDraft(e.currentTarget.value)}
				onKeyDown={(e) => {
					if (e.key === 'Enter') {
						e.preventDefault();
						send({ type: 'edge.navigate', url: draft });
					}
				}}
			/>
			<Here on={c.marked} />
		</>
	);
}

/** [サイト情報の表示]: dragged onto the desktop; pressed, it offers the same without dragging (WCAG 2.5.7). */
function SiteInfo({ webPage }: { webPage: boolean }) {
	const c = useControl({ type: 'edge.siteInfo.dragToDesktop' });
	const [open, setOpen] = useState(false);
	return (
		<span className="sim-siteinfo">
			{/* A span, not a <button>: form controls cannot be dragged in every browser. */}
			<span
				role="button"
				tabIndex={0}
				className="sim-tool"
				aria-label={c.name}
				aria-expanded={open}
				draggable={webPage}
				data-here={c.marked || undefined}
				onClick={() => setOpen(!open)}
				onKeyDown={(e) => {
					if (e.key === 'Enter' || e.key === ' ') {
						e.preventDefault();
						setOpen(!open);
					}
				}}
				onDragStart={(e) => {
					e.dataTransfer.setData(SITE_DRAG, 'site');
					e.dataTransfer.effectAllowed = 'link';
				}}
			>
				ⓘ
			</span>
			<Here on={c.marked} />
			{open && webPage ? (
				<span className="sim-flyout">
					<span className="sim-muted">デスクトップにドラッグすると、このページのショートカットを作れます。</span>
					<button
						type="button"
						className="sim-btn"
						onClick={() => {
							setOpen(false);
							c.send();
						}}
					>
						ドラッグせずにデスクトップへ作成
					</button>
				</span>
			) : null}
		</span>
	);
}

function EdgeMenu() {
	const { send } = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	useTakeFocus(ref);
	return (
		<div
			ref={ref}
			role="menu"
			aria-label={areas.edgeMenu.name}
			className="sim-popup sim-popup--menu"
			onKeyDown={(e) => {
				if (e.key === 'Escape') send({ type: 'edge.menu.close' });
			}}
		>
			<MenuItem ev={{ type: 'edge.settings.open' }} />
		</div>
	);
}

function Favorites() {
	const { pc, send } = useEnv();
	const ref = useRef<HTMLElement>(null);
	useTakeFocus(ref);
	const favorites = pc.context.world.edge.favorites;
	return (
		<section
			ref={ref}
			aria-label={areas.favorites.name}
			className="sim-popup sim-popup--favorites"
			onKeyDown={(e) => {
				if (e.key === 'Escape') send({ type: 'edge.favorites.close' });
			}}
		>
			<p className="sim-strong">{areas.favorites.name}</p>
			{favorites.length === 0 ? <p className="sim-muted">お気に入りはまだありません。</p> : null}
			<ul className="sim-plain">
				{favorites.map((f, index) => (
					<li key={`${index}-${f.url}`}>
						<span className="sim-muted">{f.folder} › </span>
						<Lnk ev={{ type: 'edge.favorites.go', index }} />
					</li>
				))}
			</ul>
		</section>
	);
}

function PasswordPrompt() {
	const { pc } = useEnv();
	const prompt = pc.context.ui.passwordPrompt;
	if (!prompt) return null;
	return (
		<div className="sim-flyout sim-flyout--password">
			<p>
				<span className="sim-strong">{prompt.site}</span> のパスワードを保存しますか?（ユーザー名: {prompt.user}）
			</p>
			<p className="sim-row">
				<Btn ev={{ type: 'edge.passwordPrompt.save' }} />
				<Btn ev={{ type: 'edge.passwordPrompt.never' }} />
			</p>
		</div>
	);
}

/** What the tab shows. */
function Content({ page, address }: { page: Page; address: string }) {
	switch (page.kind) {
		case 'newTab':
			return <p className="sim-muted sim-center">{ownWords.newTab}</p>;
		case 'settings':
			return <EdgeSettings page={page.page} />;
		case 'certService':
			return <CertServicePage view={page.view} requestId={page.requestId} />;
		case 'kanagawa':
			return <KanagawaPage screen={page.screen} />;
		case 'loading':
			return <p className="sim-muted sim-center">読み込んでいます…</p>;
		case 'notFound':
			return (
				<>
					<p className="sim-server">{notFound.value}</p>
					<Compare address={address} />
				</>
			);
		case 'unauthorized':
			return (
				<>
					<p className="sim-server">401 Unauthorized</p>
					<Note>ログイン画面で [キャンセル] を押したため、証明書サービスは表示されません。もう一度アドレス欄から開き直します。</Note>
				</>
			);
		case 'certError':
			return (
				<>
					<p className="sim-server">このページは表示できません</p>
					<Note>クライアント証明書が選ばれなかったため、かながわシステムは表示されません（3.2、3.4）。</Note>
				</>
			);
		case 'unreachable':
			return (
				<>
					<p className="sim-server">このサイトにアクセスできません</p>
					<Note>練習用のパソコンは、マニュアルに出てくる 2 つのサイトにだけつながります。入力した「{address}」を確かめてください。</Note>
					<Compare address={address} />
				</>
			);
	}
}

export default function Edge() {
	const { pc } = useEnv();
	const world = pc.context.world;
	const win = world.edge.windows.at(-1);
	const popup = pc.value.edge;
	if (!win) return null;
	const tab = win.tabs[win.active]!;
	const webPage = tab.page.kind !== 'settings' && tab.page.kind !== 'newTab' && tab.address !== '';
	return (
		<section aria-label={areas.edge.name} className="sim-win sim-edge">
			<div className="sim-titlebar">
				<Tabs
					label="タブ"
					choices={win.tabs.map((t, index) => ({ key: `${index}`, ev: { type: 'edge.tab.select', index }, selected: index === win.active, text: tabTitle(t) }))}
				/>
				<Btn ev={{ type: 'edge.tab.new' }} show="+" className="sim-tool" />
				<Tag />
				<span className="sim-titlebar-end">
					<Btn ev={{ type: 'edge.window.close' }} show="×" className="sim-tool sim-close" />
				</span>
			</div>
			<div className="sim-toolbar">
				<SiteInfo webPage={webPage} />
				{tab.ieMode ? (
					<span className="sim-ie" title="Internet Explorer モード">
						IE
					</span>
				) : null}
				<AddressBar address={tab.address} tabKey={`${world.edge.windows.length}-${win.active}`} />
				<Btn ev={{ type: 'edge.favorite.add' }} show="☆" className="sim-tool" disabled={!webPage} />
				<Btn ev={popup === 'favorites' ? { type: 'edge.favorites.close' } : { type: 'edge.favorites.open' }} show="★" className="sim-tool" />
				<Btn ev={popup === 'menu' ? { type: 'edge.menu.close' } : { type: 'edge.menu.open' }} className="sim-tool" />
				{popup === 'menu' ? <EdgeMenu /> : null}
				{popup === 'favorites' ? <Favorites /> : null}
				<PasswordPrompt />
			</div>
			{tab.ieMode ? <p className="sim-banner">{ieModeBanner.value}</p> : null}
			<div className="sim-page">
				<Suspense fallback={<p className="sim-muted sim-center">読み込んでいます…</p>}>
					<Content page={tab.page} address={tab.address} />
				</Suspense>
			</div>
		</section>
	);
}

