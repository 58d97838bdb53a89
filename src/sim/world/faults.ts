import { temporaryCertName } from '../../facts/certificates';
import { certServiceHttp, certServiceHttps, systemHost, systemLogin, systemLoginPath, systemLoginTypoPath } from '../../facts/urls';
import { addRequest, issueCert } from './ca';
import { periods, trustedSiteEntry } from './derive';
import type { PracticeAccount } from './practice-account';
import type { WorldStep } from './start';
import { endOf } from './time';
import type { CertServiceView, KanagawaScreen } from './types';
import { opensInIeMode, parseUrl } from './derive';

/**
 * Faults, as facts of the world: each is what a real PC or server would hold when the problem
 * of a chapter-3 section happens. The machines know nothing of them; the screens follow.
 */

/** 1.2.2: JavaScript not allowed. */
export const javascriptOff: WorldStep = (w) => ({ ...w, edge: { ...w.edge, javascript: false } });

/** 1.1/1.2.1: an Edge older than 105 (the about page offers the update). Our own version numbers. */
export const oldEdge: WorldStep = (w) => ({ ...w, edge: { ...w.edge, version: '104.0.1293.70', update: w.edge.version } });

/** 3.1: the trusted zone forbids scripts and ActiveX, and enhanced protected mode is on, SmartScreen and download notices off. */
export const zoneSettingsMissing: WorldStep = (w) => ({
	...w,
	internetOptions: {
		...w.internetOptions,
		zones: { ...w.internetOptions.zones, trusted: { activeScripting: 'disable', scriptSafeActiveX: 'disable', runActiveX: 'disable' } },
		advanced: { smartScreen: false, downloadNotify: false, enhancedProtectedMode: true },
	},
});

/** 3.14: Windows 11 reputation-based protection switched off. */
export const reputationOff: WorldStep = (w) => ({ ...w, reputation: { checkAppsAndFiles: false, edgeSmartScreen: false } });

/** 3.17's IE-mode pages, added with a mistyped path (certsrv → certsvr); its page's picture marks the first. */
export const mistypedIeModePageUrls = [certServiceHttps.value, certServiceHttp.value].map((url) => url.replace('certsrv', 'certsvr'));

/**
 * 3.17: the IE-mode pages were added with a mistyped path, so the certificate service never opens
 * in IE mode, and only the https site was trusted.
 */
export const mistypedIeModePages: WorldStep = (w) => ({
	...w,
	edge: {
		...w.edge,
		ieModeReload: 'allow',
		ieModeReloadApplied: 'allow',
		ieModePages: mistypedIeModePageUrls.map((url) => ({ url, added: w.clock })),
	},
	internetOptions: { ...w.internetOptions, trustedSites: [trustedSiteEntry(certServiceHttps.value)!], requireHttps: true },
});

/** The IE-mode pages re-added now (someone renewed them), e.g. before renewing a certificate. */
export const ieModePagesRenewed: WorldStep = (w) => ({
	...w,
	edge: { ...w.edge, ieModePages: w.edge.ieModePages.map((p) => ({ ...p, added: w.clock })) },
});

/**
 * 3.18: a second NacaCertRequester installed after a client certificate was requested with the
 * first (for example by typing http in 2.2.4, or by repeating step 2). Both carry the same name.
 */
export const secondTemporaryCert: WorldStep = (w) => issueCert(w, temporaryCertName.value, w.clock, periods.temporaryCert);

/** A request made now with the first (oldest) NacaCertRequester on the PC. */
export const requestedWithFirstTemporaryCert =
	(office: string): WorldStep =>
	(w) => {
		const first = w.certificates.personal.find((c) => c.issuedTo === temporaryCertName.value);
		if (!first) throw new Error('No temporary certificate on this PC.');
		return addRequest(w, office, first.serial);
	};

/** 3.5: three failed logins in a row just now: locked for 30 minutes. */
export const accountLocked =
	(a: PracticeAccount): WorldStep =>
	(w) => {
		const account = w.kanagawa.accounts[a.officeNumber]!;
		return {
			...w,
			kanagawa: { accounts: { ...w.kanagawa.accounts, [a.officeNumber]: { ...account, failures: 0, lockedUntil: endOf(w.clock, periods.lockout) } } },
		};
	};

/** 3.15: Edge saved the password typed at the first login (the temporary one) and fills it in. */
export const oldPasswordSaved =
	(a: PracticeAccount): WorldStep =>
	(w) => ({
		...w,
		edge: {
			...w.edge,
			passwords: { ...w.edge.passwords, offerToSave: true, autofill: true, saved: [{ site: systemHost.value, user: a.officeNumber, password: a.temporaryPassword }] },
		},
	});

/** 3.11: the login address typed with one k missing after the slash. */
export const mistypedLoginUrl = systemLogin.value.replace(systemLoginPath.value, systemLoginTypoPath.value);

/**
 * Edge open on a page of the system, the client certificate already chosen in this session
 * (the newest valid one, as the picker's default).
 */
export const edgeOnSystem =
	(address: string, screen: KanagawaScreen | 'notFound'): WorldStep =>
	(w) => {
		const cert = [...w.certificates.personal].reverse().find((c) => c.issuedTo !== temporaryCertName.value);
		return {
			...w,
			edge: {
				...w.edge,
				ieModeReloadApplied: w.edge.ieModeReload,
				session: { tls: { [systemHost.value]: cert?.serial ?? null }, auth: {} },
				windows: [
					{ tabs: [{ address, ieMode: false, page: screen === 'notFound' ? { kind: 'notFound' } : { kind: 'kanagawa', screen } }], active: 0 },
				],
			},
		};
	};

/**
 * Edge open on a page of the certificate service, logged in as the office (with no certificate
 * chosen): what the screen shows when a problem was met there (3.1, 3.9).
 */
export const edgeOnCertService =
	(address: string, view: CertServiceView, a: PracticeAccount): WorldStep =>
	(w) => {
		const url = parseUrl(address)!;
		const applied = { ...w, edge: { ...w.edge, ieModeReloadApplied: w.edge.ieModeReload } };
		return {
			...applied,
			edge: {
				...applied.edge,
				session: { tls: url.protocol === 'https' ? { [url.host]: null } : {}, auth: { [url.origin]: a.officeNumber } },
				windows: [{ tabs: [{ address, ieMode: opensInIeMode(applied, address), page: { kind: 'certService', view } }], active: 0 }],
			},
		};
	};
