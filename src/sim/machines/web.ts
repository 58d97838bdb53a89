import * as labels from '../../facts/labels';
import { savedCredentialTarget } from '../../facts/certificates';
import {
	activeTab,
	canonicalAddress,
	findCert,
	isCertServiceHost,
	isCertServicePath,
	isSystemHost,
	isSystemLoginPath,
	isTemporaryCert,
	isValidCert,
	opensInIeMode,
	parseUrl,
	pickerCandidates,
	type ParsedUrl,
} from '../world/derive';
import type { KanagawaScreen, Page, SavedCredential, World } from '../world/types';
import { emptyKs, withActiveTab, withEdge, withUi, type PcContext } from './context';

/**
 * What the two servers answer when Edge asks for an address, and which Windows セキュリティ
 * dialog stands in between. A navigation leaves the tab `loading` while a dialog is needed; the
 * windowsSecurity region opens it (its `always` transitions read `pendingPrompt`), and each
 * answer calls `proceed` again until the page can be shown:
 *
 * 1. https to either server, no certificate chosen yet in this browser session, and a valid
 *    certificate of the CA on the PC → a certificate picker (2.2.4 [証明書の確認], 2.3.1
 *    [認証用の証明書の選択]). Over http there is no picker: that is what "typing http changes
 *    what follows" (2.2.4 補足) means here — the session has no NacaCertRequester, so the
 *    service only offers a new temporary certificate and never shows the requests.
 * 2. The certificate service, not logged in yet at this origin → the login dialog, unless a
 *    Windows credential is saved for it (3.9): then it logs in silently with that.
 * 3. The page.
 */

export type Prompt = 'picker' | 'basicAuth';

function savedLogin(world: World): SavedCredential | undefined {
	return world.credentials.find((c) => c.target === savedCredentialTarget.value);
}

/** A saved credential that the service accepts (else the dialog shows again, 3.9). */
function acceptedSavedLogin(world: World): SavedCredential | undefined {
	const saved = savedLogin(world);
	return saved && world.certService.offices[saved.user]?.password === saved.password ? saved : undefined;
}

function promptFor(world: World, url: ParsedUrl): Prompt | null {
	const serves = isCertServiceHost(url.host) || isSystemHost(url.host);
	if (!serves) return null;
	if (url.protocol === 'https' && !(url.host in world.edge.session.tls) && pickerCandidates(world).length > 0) return 'picker';
	if (isCertServiceHost(url.host) && isCertServicePath(url.path) && !(url.origin in world.edge.session.auth) && !acceptedSavedLogin(world)) {
		return 'basicAuth';
	}
	return null;
}

/** The dialog the active tab is waiting for, if any. */
export function pendingPrompt(world: World): Prompt | null {
	const tab = activeTab(world);
	if (!tab || tab.page.kind !== 'loading') return null;
	const url = parseUrl(tab.address);
	return url ? promptFor(world, url) : null;
}

/** The active tab's address, parsed. */
export function activeUrl(world: World): ParsedUrl | null {
	const tab = activeTab(world);
	return tab ? parseUrl(tab.address) : null;
}

/** The page a server shows once no dialog is needed. */
function pageFor(world: World, url: ParsedUrl | null, deepLink: KanagawaScreen | undefined): Page {
	if (!url) return { kind: 'unreachable' };
	if (isCertServiceHost(url.host)) {
		if (!isCertServicePath(url.path)) return { kind: 'notFound' };
		return url.origin in world.edge.session.auth ? { kind: 'certService', view: 'info' } : { kind: 'unauthorized' };
	}
	if (isSystemHost(url.host)) {
		if (url.protocol !== 'https') return { kind: 'unreachable' };
		if (world.edge.session.tls[url.host] == null) return { kind: 'certError' };
		if (!isSystemLoginPath(url.path)) return { kind: 'notFound' };
		// 2.3.1 注意: a favourite or shortcut saved after login cannot be used.
		if (deepLink && deepLink !== 'login') return { kind: 'kanagawa', screen: 'forcedLogout' };
		return { kind: 'kanagawa', screen: 'login' };
	}
	return { kind: 'unreachable' };
}

/** Moves the active tab's navigation on: opens the next dialog, or shows the page. */
export function proceed(ctx: PcContext, deepLink?: KanagawaScreen): PcContext {
	const world = ctx.world;
	const url = activeUrl(world);
	const prompt = url ? promptFor(world, url) : null;
	if (prompt) return withActiveTab(ctx, (t) => ({ ...t, page: { kind: 'loading', ...(deepLink ? { deepLink } : {}) } as Page }));
	let next = ctx;
	if (url && (isCertServiceHost(url.host) || isSystemHost(url.host))) {
		const session = world.edge.session;
		let tls = session.tls;
		let auth = session.auth;
		if (url.protocol === 'https' && !(url.host in tls)) tls = { ...tls, [url.host]: null };
		const saved = acceptedSavedLogin(world);
		if (isCertServiceHost(url.host) && isCertServicePath(url.path) && !(url.origin in auth) && saved) auth = { ...auth, [url.origin]: saved.user };
		if (tls !== session.tls || auth !== session.auth) next = withEdge(next, { session: { tls, auth } });
	}
	const page = pageFor(next.world, url, deepLink);
	next = withActiveTab(next, (t) => ({ ...t, page }));
	if (page.kind === 'kanagawa' && page.screen === 'login') next = withUi(next, { ks: autofilled(next.world) });
	return next;
}

/** Edge fills the login form with a saved password when autofill is on (2.3.1's notice, 3.15). */
function autofilled(world: World): PcContext['ui']['ks'] {
	const p = world.edge.passwords;
	const saved = p.autofill ? p.saved.find((s) => isSystemHost(s.site)) : undefined;
	return saved ? { ...emptyKs, user: saved.user, password: saved.password } : emptyKs;
}

/** The address bar: go to an address in the active tab. */
export function navigate(ctx: PcContext, address: string, deepLink?: KanagawaScreen): PcContext {
	const shown = canonicalAddress(address);
	const next = withActiveTab(ctx, () => ({ address: shown, ieMode: opensInIeMode(ctx.world, shown), page: { kind: 'loading' } }));
	return proceed(withUi(next, { passwordPrompt: null }), deepLink);
}

/** The deep link a loading tab carries (a favourite saved inside the system). */
export function loadingDeepLink(world: World): KanagawaScreen | undefined {
	const page = activeTab(world)?.page;
	return page?.kind === 'loading' ? page.deepLink : undefined;
}

/* ---------- What the certificate service knows about this browser session ---------- */

export interface CertSession {
	readonly origin: string;
	readonly office: string;
	/** The client certificate chosen for this session (https only). */
	readonly serial: number | null;
}

export function certSession(world: World): CertSession | null {
	const url = activeUrl(world);
	if (!url || !isCertServiceHost(url.host)) return null;
	const office = world.edge.session.auth[url.origin];
	if (!office) return null;
	const serial = url.protocol === 'https' ? (world.edge.session.tls[url.host] ?? null) : null;
	return { origin: url.origin, office, serial };
}

/** The session's certificate, if it is a valid NacaCertRequester (needed to request a client certificate). */
export function sessionTemporaryCert(world: World): number | null {
	const s = certSession(world);
	const cert = findCert(world, s?.serial);
	return cert && isTemporaryCert(cert) && isValidCert(cert, world.clock) ? cert.serial : null;
}

/** The page title Edge gives a favourite or a shortcut. */
export function pageTitle(page: Page, address: string): string {
	return page.kind === 'kanagawa' ? labels.kanagawaSystem.screenTitle.value : address;
}
