import { addonName, caName, temporaryCertName } from '../../facts/certificates';
import { clientCertValidityYears, ieModePageValidityDays, lockoutMinutes, passwordValidityDays, temporaryClientCertValidityDays, temporaryPasswordValidityDays, rootCertValidityYears } from '../../facts/periods';
import { certServiceHost, systemHost, systemLoginPath, trustedSitePathHidden } from '../../facts/urls';
import { endOf, isBefore, isWithin, type IsoDateTime } from './time';
import type { Account, CertRequest, IeModePage, PersonalCert, Tab, World } from './types';

/**
 * What the world implies: every screen and every behaviour reads these, so a fault shows
 * wherever it matters without a flag (no banner without a live IE-mode page, no picker
 * without a valid certificate, 発行済み 0 件 with the wrong NacaCertRequester …).
 */

/* ---------- Periods (the manual's, from src/facts) ---------- */

export const periods = {
	temporaryCert: { days: temporaryClientCertValidityDays.value },
	clientCert: { years: clientCertValidityYears.value },
	rootCert: { years: rootCertValidityYears.value },
	ieModePage: { days: ieModePageValidityDays.value },
	lockout: { minutes: lockoutMinutes.value },
	temporaryPassword: { days: temporaryPasswordValidityDays.value },
	password: { days: passwordValidityDays.value },
} as const;

/* ---------- Addresses ---------- */

export interface ParsedUrl {
	readonly protocol: 'http' | 'https';
	readonly host: string;
	readonly path: string;
	readonly origin: string;
}

/** An address as Edge reads it; without a scheme Edge tries https. Null if it is not a web address. */
export function parseUrl(text: string): ParsedUrl | null {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	return { protocol: url.protocol === 'http:' ? 'http' : 'https', host: url.hostname, path: url.pathname, origin: url.origin };
}

/**
 * The address Edge shows once a server has answered, the way the real PC treats what was typed
 * (issue 16 point 2): spaces around it and a line break pasted from the PDF are dropped, the host
 * is lower case, and the two servers add the final 「/」 of their directories (2.3.1 step 2 prints
 * the login URL without it; it is the same page). A path's letters, http for https or a missing
 * letter are kept: a different page (or none).
 */
export function canonicalAddress(text: string): string {
	const joined = text.replace(/[\r\n\u2028\u2029\u0085]/gu, '').trim();
	const url = parseUrl(joined);
	if (!url || !/^https?:\/\//iu.test(joined)) return joined;
	const served = isCertServiceHost(url.host) || isSystemHost(url.host);
	const dirs: readonly string[] = [trustedSitePathHidden.value, systemLoginPath.value];
	const path = served && dirs.includes(`${url.path}/`) ? `${url.path}/` : url.path;
	const rest = joined.replace(/^[^?#]*/u, '');
	return `${url.origin}${path}${rest}`;
}

/** Two typed addresses that open the same page (issue 16 point 2). */
export function sameAddress(a: string, b: string): boolean {
	return canonicalAddress(a) === canonicalAddress(b);
}

export const isCertServiceHost = (host: string): boolean => host === certServiceHost.value;
export const isSystemHost = (host: string): boolean => host === systemHost.value;

/** The certificate service lives under /certsrv/ (the web server adds the final slash). */
export function isCertServicePath(path: string): boolean {
	const dir = trustedSitePathHidden.value;
	return path === dir.slice(0, -1) || path.startsWith(dir);
}

/** The login page: 3.11's correct path, or 2.3.1's printed form without the final slash. */
export function isSystemLoginPath(path: string): boolean {
	return path === systemLoginPath.value || `${path}/` === systemLoginPath.value;
}

/* ---------- Edge ---------- */

export function focusedWindowIndex(world: World): number {
	return world.edge.windows.length - 1;
}

export function activeTab(world: World): Tab | null {
	const win = world.edge.windows.at(-1);
	return win?.tabs[win.active] ?? null;
}

export const isEdgeRunning = (world: World): boolean => world.edge.windows.length > 0;

/** 2.2.1 step 5: the choice takes effect when Edge restarts. */
export const restartPending = (world: World): boolean => world.edge.ieModeReload !== world.edge.ieModeReloadApplied;

export const ieModeAllowed = (world: World): boolean => world.edge.ieModeReloadApplied === 'allow';

export function ieModePageExpires(page: IeModePage): IsoDateTime {
	return endOf(page.added, periods.ieModePage);
}

/** The entries Edge still lists: 「ページ追加日から 30 日間」 (lapsed ones are gone). */
export function liveIeModePages(world: World): readonly IeModePage[] {
	return world.edge.ieModePages.filter((p) => isWithin(world.clock, p.added, ieModePageExpires(p)));
}

/** A page opens in IE mode when reloading is allowed (and applied) and a live entry covers it. */
export function opensInIeMode(world: World, url: string): boolean {
	return ieModeAllowed(world) && liveIeModePages(world).some((p) => url.startsWith(p.url));
}

export function majorVersion(version: string): number {
	return Number.parseInt(version.split('.')[0] ?? '', 10);
}

/* ---------- Internet Options and the add-on ---------- */

export const addonInstalled = (world: World): boolean => world.addons.includes(addonName.value);

/**
 * Whether ActiveX may run on a page of this origin (3.1): the origin is a trusted site, the
 * trusted zone lets scripts and ActiveX controls run, and enhanced protected mode is off.
 * When it may not, the add-on answers 「アドオンが実行できませんでした」.
 */
export function activeXAllowed(world: World, origin: string): boolean {
	const io = world.internetOptions;
	const zone = io.zones.trusted;
	return (
		io.trustedSites.includes(origin) &&
		zone.activeScripting === 'enable' &&
		zone.scriptSafeActiveX === 'enable' &&
		zone.runActiveX === 'enable' &&
		!io.advanced.enhancedProtectedMode
	);
}

/** The trusted-sites list shows the origin of what was typed (補足 of 2.2.1 and 3.1). */
export function trustedSiteEntry(typed: string): string | null {
	const url = parseUrl(typed);
	return url ? url.origin : null;
}

/* ---------- Certificates ---------- */

export const isTemporaryCert = (cert: PersonalCert): boolean => cert.issuedTo === temporaryCertName.value;

export function isValidCert(cert: { from: IsoDateTime; to: IsoDateTime }, now: IsoDateTime): boolean {
	return isWithin(now, cert.from, cert.to);
}

/**
 * The certificates a picker offers: valid ones issued by the CA, newest installed first.
 * Expired ones are hidden (2.2.4 3(1) 補足, 2.3.1 step 3 補足); 3.18: the first installed is
 * at the bottom.
 */
export function pickerCandidates(world: World): readonly PersonalCert[] {
	return world.certificates.personal
		.filter((c) => c.issuer === caName.value && isValidCert(c, world.clock))
		.reverse();
}

export function findCert(world: World, serial: number | null | undefined): PersonalCert | undefined {
	return serial == null ? undefined : world.certificates.personal.find((c) => c.serial === serial);
}

export const rootInstalled = (world: World): boolean =>
	world.certificates.trustedRoots.some((r) => r.issuedTo === caName.value && isValidCert(r, world.clock));

/** A valid client certificate of this office (2.2.4 step 4 (5)). */
export const hasValidClientCert = (world: World, office: string): boolean =>
	world.certificates.personal.some((c) => c.issuedTo === office && c.issuer === caName.value && isValidCert(c, world.clock));

/* ---------- The certificate service ---------- */

export const isIssued = (request: CertRequest, now: IsoDateTime): boolean => !isBefore(now, request.approvesAt);

/** The requests the service shows: this office's, made with the certificate chosen now (3.18). */
export function visibleRequests(world: World, office: string, serial: number | null | undefined): readonly CertRequest[] {
	if (serial == null) return [];
	return world.certService.requests.filter((r) => r.office === office && r.madeWith === serial);
}

/** 【情報】 page: 【保留中:】 and 【発行済み:】 counts. */
export function requestCounts(world: World, office: string, serial: number | null | undefined): { pending: number; issued: number } {
	const seen = visibleRequests(world, office, serial);
	const issued = seen.filter((r) => isIssued(r, world.clock)).length;
	return { pending: seen.length - issued, issued };
}

/** The certificate a request produced, if installed on this PC. */
export function installedFromRequest(world: World, request: CertRequest): PersonalCert | undefined {
	const from = request.approvesAt;
	return world.certificates.personal.find((c) => c.issuedTo === request.office && c.from === from);
}

/* ---------- The かながわシステム ---------- */

export const isLocked = (account: Account, now: IsoDateTime): boolean =>
	account.lockedUntil !== null && isBefore(now, account.lockedUntil);

export function passwordExpiresAt(account: Account): IsoDateTime {
	const p = account.password;
	return p.kind === 'temporary' ? endOf(p.issuedAt, periods.temporaryPassword) : endOf(p.changedAt, periods.password);
}

export const isPasswordExpired = (account: Account, now: IsoDateTime): boolean => !isBefore(now, passwordExpiresAt(account));
