import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ieModeBanner, notFound } from '../../../facts/messages';
import { areas, ownWords, tabTitle } from '../../../sim/controls';
import type { Page } from '../../../sim/world/types';
import { useControl, useEnv } from '../env';
import { useTakeFocus } from '../focus';
import { Caption, G, paths } from '../glyphs';
import { Btn, Here, Lnk, SITE_DRAG } from '../ui';
import { Tabs } from '../ui-tabs';

/**
 * Microsoft Edge: its tabs, the address bar (アドレス欄, 3.13), [サイト情報の表示] (dragged to the
 * desktop in 2.3.1 step 7), [このページをお気に入りに追加], [お気に入り], [...] and its menu, the
 * IE-mode banner under the address bar (2.2.2 step 2), Edge's offer to save a password (3.15),
 * and the page the tab shows. Pages of the certificate service, the system and the settings are
 * loaded when first shown.
 */

/** Edge's own toolbar and menu glyphs (our drawings). */
const E = {
	back: 'M13 8H3M7 4L3 8l4 4',
	fwd: 'M3 8h10M9 4l4 4-4 4',
	reload: 'M13 8a5 5 0 1 1-1.6-3.7M13.5 2v3h-3',
	star: 'M8 2l1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.4l-3.7 2.1.8-4.2L2 6.4l4.2-.5z',
	favs: 'M6 2.5l1.3 2.8 3 .4-2.2 2 .6 3L6 9.2l-2.7 1.5.6-3-2.2-2 3-.4zM10.5 10h4M10.5 12.5h4M7 15h7.5',
	more: 'M3 8h.1M8 8h.1M13 8h.1',
	lock: 'M4.5 7.5h7v6h-7zM6 7.5v-2a2 2 0 0 1 4 0v2',
	info: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM8 7.3V11M8 5v.1',
	ie: 'M4.5 8.5h7a3.5 3.5 0 1 0-1 2.5M1.5 12.5c1 1.5 6-1 10-6s4.5-7 2.5-6.5',
	plus: 'M8 3v10M3 8h10',
	page: 'M4 1.5h5l3 3v10H4zM9 1.5v3h3',
} as const;

const EdgeSettings = lazy(() => import('./EdgeSettings'));
const EdgeMenu = lazy(() => import('./EdgeMenu'));
const CertServicePage = lazy(() => import('./CertService'));
const KanagawaPage = lazy(() => import('./Kanagawa'));

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
				placeholder="検索または Web アドレスを入力"
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
			<Here on={c.here} />
		</>
	);
}

/** [サイト情報の表示]: dragged onto the desktop; pressed, it offers the same without dragging (WCAG 2.5.7). */
function SiteInfo({ webPage, https }: { webPage: boolean; https: boolean }) {
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
				<G d={https ? E.lock : E.info} />
			</span>
			<Here on={c.here} />
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
function Content({ page }: { page: Page }) {
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
		// What the browser shows, and nothing else: what it means is said beside the screen (notes.tsx).
		case 'notFound':
			return <p className="sim-server">{notFound.value}</p>;
		case 'unauthorized':
			return <p className="sim-server">401 Unauthorized</p>;
		case 'certError':
			return <p className="sim-server">このページは表示できません</p>;
		case 'unreachable':
			return <p className="sim-server">このサイトにアクセスできません</p>;
	}
}

export default function Edge() {
	const { pc, send } = useEnv();
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
					choices={win.tabs.map((t, index) => ({
						key: `${index}`,
						ev: { type: 'edge.tab.select', index },
						selected: index === win.active,
						text: (
							<>
								<G d={t.page.kind === 'settings' ? paths.gear : E.page} />
								<span className="sim-tab-title">{tabTitle(t)}</span>
								{/* The tab's ×: by mouse (Ctrl+W on the real one); the window's × below is the manual's. */}
								<span
									className="sim-tab-x"
									aria-hidden="true"
									onClick={(e) => {
										e.stopPropagation();
										send({ type: 'edge.tab.close', index });
									}}
								>
									<G d={paths.close} size={12} />
								</span>
							</>
						),
					}))}
				/>
				<Btn ev={{ type: 'edge.tab.new' }} show={<G d={E.plus} />} className="sim-tool sim-newtab" />
				<Caption close={<Btn ev={{ type: 'edge.window.close' }} show={<G d={paths.close} size={10} />} className="sim-btn" />} />
			</div>
			<div className="sim-toolbar">
				{/* ← → ⟳ are drawn as Edge has them; the lessons never use them (no history to go back to). */}
				<button type="button" className="sim-tool" aria-label="戻る" disabled>
					<G d={E.back} />
				</button>
				<button type="button" className="sim-tool" aria-label="進む" disabled>
					<G d={E.fwd} />
				</button>
				<button type="button" className="sim-tool" aria-label="最新の情報に更新" disabled={!webPage}>
					<G d={E.reload} />
				</button>
				<span className="sim-omnibox">
					{tab.ieMode ? (
						<span className="sim-ie" title="Internet Explorer モード" role="img" aria-label="Internet Explorer モード">
							<G d={E.ie} />
						</span>
					) : null}
					<SiteInfo webPage={webPage} https={tab.address.startsWith('https:')} />
					<AddressBar address={tab.address} tabKey={`${world.edge.windows.length}-${win.active}`} />
					<Btn ev={{ type: 'edge.favorite.add' }} show={<G d={E.star} />} className="sim-tool" disabled={!webPage} />
				</span>
				<Btn ev={popup === 'favorites' ? { type: 'edge.favorites.close' } : { type: 'edge.favorites.open' }} show={<G d={E.favs} />} className="sim-tool" />
				<Btn ev={popup === 'menu' ? { type: 'edge.menu.close' } : { type: 'edge.menu.open' }} show={<G d={E.more} />} className="sim-tool sim-tool--more" />
				{popup === 'menu' ? (
					<Suspense fallback={null}>
						<EdgeMenu />
					</Suspense>
				) : null}
				{popup === 'favorites' ? <Favorites /> : null}
				<PasswordPrompt />
			</div>
			{tab.ieMode ? (
				<p className="sim-banner">
					<G d={E.info} />
					{ieModeBanner.value}
				</p>
			) : null}
			<div className="sim-page">
				<Suspense fallback={<p className="sim-muted sim-center">読み込んでいます…</p>}>
					<Content page={tab.page} />
				</Suspense>
			</div>
		</section>
	);
}

