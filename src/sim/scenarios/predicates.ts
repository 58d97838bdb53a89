import { minEdgeVersion } from '../../facts/environment';
import { certServiceHttp, certServiceHttps } from '../../facts/urls';
import { certSession } from '../machines/web';
import type { PcSnapshot } from '../pc';
import { openDialogs, type Program } from '../screens';
import {
	activeTab,
	activeXAllowed,
	addonInstalled,
	hasValidClientCert,
	ieModeAllowed,
	isLocked,
	liveIeModePages,
	majorVersion,
	requestCounts,
	restartPending,
	rootInstalled,
	trustedSiteEntry,
	visibleRequests,
} from '../world/derive';
import type { World } from '../world/types';

/**
 * Goals and checks as data: a predicate is a name with its arguments (`['validClientCert',
 * '1419000001']`), or `{ all: […] }`. Scenarios stay plain JSON (saved, sent to a page, loaded
 * one at a time), and this small table is all the code they need.
 */
export type Pred = { readonly all: readonly Pred[] } | readonly [PredName, ...(string | number)[]];

const certUrls = [certServiceHttps.value, certServiceHttp.value];
const sorted = (xs: readonly string[]) => JSON.stringify([...xs].sort());

/** 2.2.1 done: reloading allowed and applied, both URLs live IE-mode pages and trusted sites. */
function ieModeReady(w: World): boolean {
	const pages = liveIeModePages(w).map((p) => p.url);
	return ieModeAllowed(w) && certUrls.every((u) => pages.includes(u) && w.internetOptions.trustedSites.includes(trustedSiteEntry(u)!));
}

const table = {
	/** The active tab shows a page: `['page', 'certService', 'info']`, `['page', 'notFound']`. */
	page: (pc: PcSnapshot, kind: string, detail?: string) => {
		const p = activeTab(pc.context.world)?.page as Record<string, unknown> | undefined;
		return !!p && p.kind === kind && (detail === undefined || p.page === detail || p.view === detail || p.screen === detail);
	},
	/** A program shows a dialog state (see screens.ts): `['dialog', 'certManager', 'trustedRoots']`. */
	dialog: (pc: PcSnapshot, program: string, state: string) => openDialogs(pc)[program as Program] === state,
	edgeUpToDate: (pc: PcSnapshot) => majorVersion(pc.context.world.edge.version) >= minEdgeVersion.value,
	javascriptOn: (pc: PcSnapshot) => pc.context.world.edge.javascript,
	/** [許可] chosen and applied (no [再起動] pending). */
	ieModeReloadAllowed: (pc: PcSnapshot) => pc.context.world.edge.ieModeReload === 'allow' && !restartPending(pc.context.world),
	ieModeReady: (pc: PcSnapshot) => ieModeReady(pc.context.world),
	/** 3.17: the IE-mode pages and trusted sites are exactly the two correct ones. */
	ieModeExactly: (pc: PcSnapshot) => {
		const w = pc.context.world;
		return (
			ieModeReady(w) &&
			sorted(liveIeModePages(w).map((p) => p.url)) === sorted(certUrls) &&
			sorted(w.internetOptions.trustedSites) === sorted(certUrls.map((u) => trustedSiteEntry(u)!))
		);
	},
	inIeMode: (pc: PcSnapshot) => activeTab(pc.context.world)?.ieMode === true,
	addonInstalled: (pc: PcSnapshot) => addonInstalled(pc.context.world),
	/** 3.1 steps 4–17: both sites trusted, the zone's levels enabled, the advanced options as asked. */
	zoneSettingsFixed: (pc: PcSnapshot) => {
		const w = pc.context.world;
		const a = w.internetOptions.advanced;
		return certUrls.every((u) => activeXAllowed(w, trustedSiteEntry(u)!)) && a.smartScreen && a.downloadNotify && !a.enhancedProtectedMode;
	},
	rootInstalled: (pc: PcSnapshot) => rootInstalled(pc.context.world),
	edgeClosed: (pc: PcSnapshot) => pc.context.world.edge.windows.length === 0,
	edgeOpen: (pc: PcSnapshot) => pc.context.world.edge.windows.length > 0,
	validClientCert: (pc: PcSnapshot, office: string) => hasValidClientCert(pc.context.world, office),
	/** 【要求一覧】 lists a request for this session. */
	requestListed: (pc: PcSnapshot) => {
		const s = certSession(pc.context.world);
		return !!s && visibleRequests(pc.context.world, s.office, s.serial).length > 0;
	},
	/** 【発行済み:】 shows this many. */
	issued: (pc: PcSnapshot, n: number) => {
		const s = certSession(pc.context.world);
		return !!s && requestCounts(pc.context.world, s.office, s.serial).issued === n;
	},
	/** 【保留中:】 shows this many. */
	pending: (pc: PcSnapshot, n: number) => {
		const s = certSession(pc.context.world);
		return !!s && requestCounts(pc.context.world, s.office, s.serial).pending === n;
	},
	certLoggedIn: (pc: PcSnapshot) => certSession(pc.context.world) !== null,
	/**
	 * 3.18: the NacaCertRequester the office's request was made with is the one chosen: selected in the
	 * open picker, or the one this browser session already uses.
	 */
	requestCertChosen: (pc: PcSnapshot, office: string) => {
		const { world, ui } = pc.context;
		const made = world.certService.requests.find((r) => r.office === office)?.madeWith;
		if (made === undefined) return false;
		if (openDialogs(pc).windowsSecurity?.startsWith('picker')) return ui.picker.selected === made;
		return Object.values(world.edge.session.tls).includes(made);
	},
	noSavedCredential: (pc: PcSnapshot) => pc.context.world.credentials.length === 0,
	/** A Windows credential is saved (資格情報を記憶する was ticked: the fault of 3.9). */
	credentialSaved: (pc: PcSnapshot) => pc.context.world.credentials.length > 0,
	/** [信頼済みサイト] refused an address (an http one while the https box is ticked, 2.2.1 step 8 (2)). */
	siteRefused: (pc: PcSnapshot) => pc.context.ui.io.siteError !== null,
	realPassword: (pc: PcSnapshot, office: string) => pc.context.world.kanagawa.accounts[office]?.password.kind === 'real',
	notLocked: (pc: PcSnapshot, office: string) => {
		const a = pc.context.world.kanagawa.accounts[office];
		return !!a && !isLocked(a, pc.context.world.clock);
	},
	/** The system's login screen shows this text in a field (the user ID left after a refused login, 3.5). */
	loginField: (pc: PcSnapshot, field: string, value: string) => {
		const page = activeTab(pc.context.world)?.page;
		return page?.kind === 'kanagawa' && page.screen === 'login' && (pc.context.ui.ks as unknown as Record<string, string>)[field] === value;
	},
	loginFavourite: (pc: PcSnapshot) => pc.context.world.edge.favorites.some((f) => f.screen === 'login'),
	loginShortcut: (pc: PcSnapshot) => pc.context.world.desktop.some((s) => s.screen === 'login'),
	reputationOn: (pc: PcSnapshot) => pc.context.world.reputation.checkAppsAndFiles && pc.context.world.reputation.edgeSmartScreen,
	passwordSavingOff: (pc: PcSnapshot) => {
		const p = pc.context.world.edge.passwords;
		return !p.offerToSave && !p.autofill && p.saved.length === 0;
	},
} satisfies Record<string, (pc: PcSnapshot, ...args: never[]) => boolean>;

export type PredName = keyof typeof table;

export function holds(pred: Pred, pc: PcSnapshot): boolean {
	if ('all' in pred) return pred.all.every((p) => holds(p, pc));
	const [name, ...args] = pred;
	const fn = table[name] as (pc: PcSnapshot, ...a: (string | number)[]) => boolean;
	return fn(pc, ...args);
}

/** Typed constructors for authors: `P.page('kanagawa', 'portal')`. */
export const P = {
	all: (...all: Pred[]): Pred => ({ all }),
	page: (kind: string, detail?: string): Pred => (detail === undefined ? ['page', kind] : ['page', kind, detail]),
	dialog: (program: Program, state: string): Pred => ['dialog', program, state],
	is: (name: Exclude<PredName, 'page' | 'dialog'>, ...args: (string | number)[]): Pred => [name, ...args],
};
