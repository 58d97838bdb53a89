import { and } from 'xstate';
import { activeTab, liveIeModePages, opensInIeMode, parseUrl, restartPending } from '../world/derive';
import type { BrowserWindow, Favorite, KanagawaScreen, Page, SettingsPage, Tab } from '../world/types';
import { effect, newTab, withEdge, withFocusedWindow, withPage, withUi, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { navigate, pageTitle } from './web';

/**
 * Microsoft Edge: windows and tabs, the [...] menu, the settings pages of 1.2.1, 1.2.2, 2.2.1,
 * 2.2.4 step 4, 3.15–3.17, favourites and the desktop shortcut of 2.3.1. Tabs and what they
 * show are world data; this region's states are the overlays (menu, ページの追加, お気に入り).
 * While a Windows セキュリティ dialog, a certificate-service pop-up, the logout confirmation or
 * the certificate manager is open, the browser underneath does not respond (`browserFree`).
 */

type Args = { context: PcContext; event: PcEvent };

/** The settings pages reachable from the left menu; the others sit one level down. */
const menuPages: readonly SettingsPage[] = ['home', 'profiles', 'privacy', 'cookies', 'defaultBrowser', 'about'];
/** 1.2.2 step 4: JavaScript is under Cookie とサイトのアクセス許可; 3.15: パスワード is under プロフィール. */
const subPages: Partial<Record<SettingsPage, SettingsPage>> = { javascript: 'cookies', passwords: 'profiles' };

function settingsPage(ctx: PcContext): SettingsPage | null {
	const page = activeTab(ctx.world)?.page;
	return page?.kind === 'settings' ? page.page : null;
}

function kanagawaScreen(page: Page): KanagawaScreen | null {
	return page.kind === 'kanagawa' ? page.screen : null;
}

const isWebPage = (tab: Tab | null): boolean => !!tab && tab.page.kind !== 'settings' && tab.page.kind !== 'newTab' && tab.address !== '';

export const edgeGuards = {
	running: ({ context }: Args) => context.world.edge.windows.length > 0,
	onPage: ({ context }: Args, params: { page: SettingsPage }) => settingsPage(context) === params.page,
	settingsLinkShown: ({ context, event }: Args) => {
		if (event.type !== 'edge.settings.page') return false;
		const current = settingsPage(context);
		if (current === null) return false;
		return menuPages.includes(event.page) || subPages[event.page] === current;
	},
	restartOffered: ({ context }: Args) => {
		const page = settingsPage(context);
		return (page === 'defaultBrowser' && restartPending(context.world)) || (page === 'about' && context.world.edge.update !== null);
	},
	/** The IE-mode pages list can be edited once reloading is set to 許可 (2.2.1 step 4 before step 6). */
	ieModePagesEditable: ({ context }: Args) => settingsPage(context) === 'defaultBrowser' && context.world.edge.ieModeReload === 'allow',
	addPageValid: ({ context }: Args) => parseUrl(context.ui.addPage) !== null && /^https?:\/\//iu.test(context.ui.addPage.trim()),
	ieModePageListed: ({ context, event }: Args) =>
		event.type === 'edge.ieModePages.remove' && settingsPage(context) === 'defaultBrowser' && liveIeModePages(context.world).some((p) => p.url === event.url),
	passwordListed: ({ context, event }: Args) =>
		event.type === 'edge.passwords.select' && settingsPage(context) === 'passwords' && context.world.edge.passwords.saved.some((p) => p.site === event.site),
	passwordsChosen: ({ context }: Args) => settingsPage(context) === 'passwords' && context.ui.passwordsSelected.length > 0,
	onWebPage: ({ context }: Args) => isWebPage(activeTab(context.world)),
	windowExists: ({ context, event }: Args) => event.type === 'edge.window.focus' && event.index >= 0 && event.index < context.world.edge.windows.length,
	tabExists: ({ context, event }: Args) => {
		const win = context.world.edge.windows.at(-1);
		return !!win && (event.type === 'edge.tab.select' || event.type === 'edge.tab.close') && event.index >= 0 && event.index < win.tabs.length;
	},
	favoriteExists: ({ context, event }: Args) => event.type === 'edge.favorites.go' && event.index >= 0 && event.index < context.world.edge.favorites.length,
	shortcutExists: ({ context, event }: Args) => event.type === 'desktop.shortcut.open' && event.index >= 0 && event.index < context.world.desktop.length,
	passwordOffered: ({ context }: Args) => context.ui.passwordPrompt !== null,
};

/** Starts Edge when it is not running: the IE-mode choice made before takes effect now. */
function launch(ctx: PcContext): PcContext {
	const edge = ctx.world.edge;
	const starting = edge.windows.length === 0;
	const window: BrowserWindow = { tabs: [newTab()], active: 0 };
	return withEdge(ctx, {
		windows: [...edge.windows, window],
		...(starting ? { ieModeReloadApplied: edge.ieModeReload, session: { tls: {}, auth: {} } } : {}),
	});
}

/** Closing the last window ends the browser session (3.12: close every window). */
function closeFocusedWindow(ctx: PcContext): PcContext {
	const windows = ctx.world.edge.windows.slice(0, -1);
	const next = withEdge(ctx, { windows });
	return windows.length === 0 ? withUi(withEdge(next, { session: { tls: {}, auth: {} } }), { passwordPrompt: null }) : next;
}

function openTab(ctx: PcContext, tab: Tab): PcContext {
	return withFocusedWindow(ctx, (w) => ({ tabs: [...w.tabs, tab], active: w.tabs.length }));
}

export const edgeActions = {
	launch: effect(launch),
	closeWindow: effect(closeFocusedWindow),
	focusWindow: effect((c, e) => {
		if (e.type !== 'edge.window.focus') return c;
		const windows = c.world.edge.windows;
		const chosen = windows[e.index]!;
		return withEdge(c, { windows: [...windows.filter((_, i) => i !== e.index), chosen] });
	}),
	newTab: effect((c) => openTab(c, newTab())),
	selectTab: effect((c, e) => (e.type === 'edge.tab.select' ? withFocusedWindow(c, (w) => ({ ...w, active: e.index })) : c)),
	closeTab: effect((c, e) => {
		if (e.type !== 'edge.tab.close') return c;
		const win = c.world.edge.windows.at(-1)!;
		if (win.tabs.length === 1) return closeFocusedWindow(c);
		return withFocusedWindow(c, (w) => {
			const tabs = w.tabs.filter((_, i) => i !== e.index);
			const active = w.active > e.index || w.active === tabs.length ? w.active - 1 : w.active;
			return { tabs, active };
		});
	}),
	navigate: effect((c, e) => (e.type === 'edge.navigate' ? navigate(c, e.url) : c)),
	openSettings: effect((c) => openTab(c, { address: '', ieMode: false, page: { kind: 'settings', page: 'home' } })),
	showSettingsPage: effect((c, e) => (e.type === 'edge.settings.page' ? withPage(c, { kind: 'settings', page: e.page }) : c)),
	/** 2.2.1 step 5 and the about page's update: Edge restarts with its windows and tabs. */
	restart: effect((c) => {
		const edge = c.world.edge;
		const onAbout = settingsPage(c) === 'about' && edge.update !== null;
		const restarted = withEdge(c, {
			...(onAbout ? { version: edge.update!, update: null } : {}),
			ieModeReloadApplied: edge.ieModeReload,
			session: { tls: {}, auth: {} },
		});
		const windows = restarted.world.edge.windows.map((w) => ({
			...w,
			tabs: w.tabs.map((t) => ({ ...t, ieMode: t.address !== '' && opensInIeMode(restarted.world, t.address) })),
		}));
		return withUi(withEdge(restarted, { windows }), { passwordPrompt: null });
	}),
	setIeModeReload: effect((c, e) => (e.type === 'edge.ieModeReload.set' ? withEdge(c, { ieModeReload: e.value }) : c)),
	startAddPage: effect((c) => withUi(c, { addPage: '' })),
	typeAddPage: effect((c, e) => (e.type === 'edge.addPage.input' ? withUi(c, { addPage: e.value }) : c)),
	/** 2.2.1 step 7: the page is listed with today's date; adding it again renews the date. */
	addIeModePage: effect((c) => {
		const url = c.ui.addPage.trim();
		const pages = c.world.edge.ieModePages.filter((p) => p.url !== url);
		return withUi(withEdge(c, { ieModePages: [...pages, { url, added: c.world.clock }] }), { addPage: '' });
	}),
	removeIeModePage: effect((c, e) =>
		e.type === 'edge.ieModePages.remove' ? withEdge(c, { ieModePages: c.world.edge.ieModePages.filter((p) => p.url !== e.url) }) : c,
	),
	setJavascript: effect((c, e) => (e.type === 'edge.javascript.set' ? withEdge(c, { javascript: e.on }) : c)),
	setPasswordSetting: effect((c, e) =>
		e.type === 'edge.passwords.set' ? withEdge(c, { passwords: { ...c.world.edge.passwords, [e.setting]: e.on } }) : c,
	),
	selectPassword: effect((c, e) => {
		if (e.type !== 'edge.passwords.select') return c;
		const others = c.ui.passwordsSelected.filter((s) => s !== e.site);
		return withUi(c, { passwordsSelected: e.checked ? [...others, e.site] : others });
	}),
	deleteSelectedPasswords: effect((c) => {
		const p = c.world.edge.passwords;
		const saved = p.saved.filter((s) => !c.ui.passwordsSelected.includes(s.site));
		return withUi(withEdge(c, { passwords: { ...p, saved } }), { passwordsSelected: [] });
	}),
	setFolder: effect((c, e) => (e.type === 'edge.favorite.folder' ? withUi(c, { favoriteFolder: e.folder }) : c)),
	saveFavorite: effect((c) => {
		const tab = activeTab(c.world)!;
		const favorite: Favorite = { title: pageTitle(tab.page, tab.address), url: tab.address, folder: c.ui.favoriteFolder, screen: kanagawaScreen(tab.page) };
		return withEdge(c, { favorites: [...c.world.edge.favorites, favorite] });
	}),
	openFavorite: effect((c, e) => {
		if (e.type !== 'edge.favorites.go') return c;
		const fav = c.world.edge.favorites[e.index]!;
		return navigate(c, fav.url, fav.screen ?? undefined);
	}),
	/** 2.3.1 step 7: the site-information icon dragged onto the desktop. */
	addShortcut: effect((c) => {
		const tab = activeTab(c.world)!;
		const shortcut = { title: pageTitle(tab.page, tab.address), url: tab.address, screen: kanagawaScreen(tab.page) };
		return { ...c, world: { ...c.world, desktop: [...c.world.desktop, shortcut] } };
	}),
	openShortcut: effect((c, e) => {
		if (e.type !== 'desktop.shortcut.open') return c;
		const shortcut = c.world.desktop[e.index]!;
		return navigate(launch(c), shortcut.url, shortcut.screen ?? undefined);
	}),
	neverSavePassword: effect((c) => {
		const prompt = c.ui.passwordPrompt!;
		const p = c.world.edge.passwords;
		return withUi(withEdge(c, { passwords: { ...p, never: [...p.never.filter((s) => s !== prompt.site), prompt.site] } }), { passwordPrompt: null });
	}),
	savePassword: effect((c) => {
		const prompt = c.ui.passwordPrompt!;
		const p = c.world.edge.passwords;
		const saved = [...p.saved.filter((s) => s.site !== prompt.site), prompt];
		return withUi(withEdge(c, { passwords: { ...p, saved } }), { passwordPrompt: null });
	}),
};

/** Edge answers only when no dialog of its own or of Windows is waiting for an answer. */
const ready = 'browserFree' as const;

export const edgeRegion = {
	initial: 'idle',
	on: {
		'edge.launch': { guard: ready, target: '.idle', actions: 'launch' },
		'desktop.shortcut.open': { guard: and([ready, 'shortcutExists']), target: '.idle', actions: 'openShortcut' },
	},
	states: {
		idle: {
			on: {
				'edge.window.close': [
					{ guard: and([ready, 'running']), actions: 'closeWindow' },
					{ guard: and(['onlyAddonMessage', 'running']), actions: 'closeWindow' },
				],
				'edge.window.focus': { guard: and([ready, 'windowExists']), actions: 'focusWindow' },
				'edge.tab.new': { guard: and([ready, 'running']), actions: 'newTab' },
				'edge.tab.select': { guard: and([ready, 'tabExists']), actions: 'selectTab' },
				'edge.tab.close': { guard: and([ready, 'tabExists']), actions: 'closeTab' },
				'edge.navigate': { guard: and([ready, 'running']), actions: 'navigate' },
				'edge.menu.open': { guard: and([ready, 'running']), target: 'menu' },
				'edge.settings.page': { guard: and([ready, 'settingsLinkShown']), actions: 'showSettingsPage' },
				'edge.restart': { guard: and([ready, 'restartOffered']), actions: 'restart' },
				'edge.ieModeReload.set': { guard: and([ready, { type: 'onPage', params: { page: 'defaultBrowser' } } as const]), actions: 'setIeModeReload' },
				'edge.ieModePages.add': { guard: and([ready, 'ieModePagesEditable']), target: 'addPage', actions: 'startAddPage' },
				'edge.ieModePages.remove': { guard: and([ready, 'ieModePageListed']), actions: 'removeIeModePage' },
				'edge.javascript.set': { guard: and([ready, { type: 'onPage', params: { page: 'javascript' } } as const]), actions: 'setJavascript' },
				'edge.passwords.set': { guard: and([ready, { type: 'onPage', params: { page: 'passwords' } } as const]), actions: 'setPasswordSetting' },
				'edge.passwords.select': { guard: and([ready, 'passwordListed']), actions: 'selectPassword' },
				'edge.passwords.delete': { guard: and([ready, 'passwordsChosen']), actions: 'deleteSelectedPasswords' },
				'edge.favorite.add': { guard: and([ready, 'onWebPage']), target: 'addFavorite' },
				'edge.favorites.open': { guard: and([ready, 'running']), target: 'favorites' },
				'edge.siteInfo.dragToDesktop': { guard: and([ready, 'onWebPage']), actions: 'addShortcut' },
				'edge.passwordPrompt.never': { guard: and([ready, 'passwordOffered']), actions: 'neverSavePassword' },
				'edge.passwordPrompt.save': { guard: and([ready, 'passwordOffered']), actions: 'savePassword' },
			},
		},
		menu: {
			on: {
				'edge.menu.close': 'idle',
				'edge.menu.open': 'idle',
				'edge.favorites.open': 'favorites',
				'edge.settings.open': { target: 'idle', actions: 'openSettings' },
				'edge.window.close': { target: 'idle', actions: 'closeWindow' },
			},
		},
		addPage: {
			on: {
				'edge.addPage.input': { actions: 'typeAddPage' },
				'edge.addPage.confirm': { guard: 'addPageValid', target: 'idle', actions: 'addIeModePage' },
				'edge.addPage.cancel': 'idle',
			},
		},
		addFavorite: {
			on: {
				'edge.favorite.folder': { actions: 'setFolder' },
				'edge.favorite.done': { target: 'idle', actions: 'saveFavorite' },
				'edge.favorite.cancel': 'idle',
			},
		},
		favorites: {
			on: {
				'edge.favorites.close': 'idle',
				'edge.favorites.open': 'idle',
				// The favourites list is a flyout: a click on [...] closes it and opens the menu (issue 16: no dead end after [★]).
				'edge.menu.open': 'menu',
				'edge.favorites.go': { guard: 'favoriteExists', target: 'idle', actions: 'openFavorite' },
				'edge.siteInfo.dragToDesktop': { guard: 'onWebPage', target: 'idle', actions: 'addShortcut' },
			},
		},
	},
} satisfies RegionConfig;
