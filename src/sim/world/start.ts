import { addonName, savedCredentialTarget, temporaryCertName } from '../../facts/certificates';
import { certServiceHttp, certServiceHttps } from '../../facts/urls';
import { addRequest, installClientCert, installRootCert, issueCert } from './ca';
import { periods, trustedSiteEntry } from './derive';
import { practiceAccount, type PracticeAccount } from './practice-account';
import { addDays, endOf, type IsoDateTime, type Period } from './time';
import type { Account, OsName, World } from './types';

/**
 * Starting worlds, as data. `newPc()` is a PC fresh from the shop with the practice office's
 * letters just arrived; the other functions each add what one procedure of chapter 2 leaves
 * behind, so a lesson can start where the previous one ended (`tests/unit/sim/start.test.ts`
 * checks them against the procedures played step by step). Fault worlds are in faults.ts.
 */

/** "Today" on a new PC (after the manual's edition of 2025/2/3). */
export const NEW_PC_CLOCK: IsoDateTime = '2025-04-01T09:00';
/** The day the practice letters were issued (アカウント発行日): the temporary password's 180 days start here. */
export const LETTERS_ISSUED: IsoDateTime = '2025-03-25T09:00';
/** A current Edge (1.1 asks for 105 or later). Our simulation's own number, not the manual's. */
export const CURRENT_EDGE_VERSION = '134.0.3124.93';
/** The first day of the CA certificate in this world (its 10 years run from here). */
const CA_FROM: IsoDateTime = '2022-04-01T00:00';
/**
 * How many days the 連合会 takes to approve a request in this world: the manual says 「数日」;
 * the journey's clock control moves on by more than this.
 */
export const APPROVAL_DAYS = 2;

const enabled = { activeScripting: 'enable', scriptSafeActiveX: 'enable', runActiveX: 'enable' } as const;

function account(a: PracticeAccount, issuedAt: IsoDateTime): Account {
	return { password: { kind: 'temporary', value: a.temporaryPassword, issuedAt }, failures: 0, lockedUntil: null };
}

export interface NewPcOptions {
	readonly os?: OsName;
	/** Now on the new PC; the letters arrived a week before. */
	readonly clock?: IsoDateTime;
	/** The offices whose letters arrived (certificate-issuance and login accounts). */
	readonly accounts?: readonly PracticeAccount[];
}

/** A new office PC: Windows 10 (or 11), a current Edge with its defaults, nothing set up yet. */
export function newPc(options: NewPcOptions = {}): World {
	const { os = 'Windows 10', clock = NEW_PC_CLOCK, accounts = [practiceAccount] } = options;
	const lettersIssued = clock === NEW_PC_CLOCK ? LETTERS_ISSUED : addDays(clock, -7);
	return {
		os,
		clock,
		edge: {
			version: CURRENT_EDGE_VERSION,
			update: null,
			javascript: true,
			ieModeReload: 'default',
			ieModeReloadApplied: 'default',
			ieModePages: [],
			favorites: [],
			passwords: { offerToSave: true, autofill: true, saved: [], never: [] },
			windows: [],
			session: { tls: {}, auth: {} },
		},
		internetOptions: {
			trustedSites: [],
			requireHttps: true,
			zones: { internet: enabled, trusted: enabled },
			advanced: { smartScreen: true, downloadNotify: true, enhancedProtectedMode: false },
		},
		reputation: { checkAppsAndFiles: true, edgeSmartScreen: true },
		addons: [],
		certificates: { personal: [], trustedRoots: [] },
		credentials: [],
		desktop: [],
		controlPanelView: 'icons',
		certService: {
			offices: Object.fromEntries(accounts.map((a) => [a.officeNumber, { password: a.certPassword }])),
			requests: [],
			caFrom: CA_FROM,
			approvalDays: APPROVAL_DAYS,
			nextSerial: 1,
		},
		kanagawa: { accounts: Object.fromEntries(accounts.map((a) => [a.officeNumber, account(a, lettersIssued)])) },
	};
}

export type WorldStep = (world: World) => World;

/** Applies builders left to right. */
export function build(world: World, ...steps: readonly WorldStep[]): World {
	return steps.reduce((w, step) => step(w), world);
}

/** The clock moved on. */
export const later =
	(period: Period): WorldStep =>
	(w) => ({ ...w, clock: endOf(w.clock, period) });

/** Edge open with one new tab. */
export const edgeOpen: WorldStep = (w) => ({
	...w,
	edge: { ...w.edge, windows: [{ tabs: [{ address: '', ieMode: false, page: { kind: 'newTab' } }], active: 0 }] },
});

/** What 2.2.1 leaves: reloading in IE mode allowed (and restarted), both URLs as IE-mode pages and trusted sites. */
export const ieModeSetUp: WorldStep = (w) => ({
	...w,
	edge: {
		...w.edge,
		ieModeReload: 'allow',
		ieModeReloadApplied: 'allow',
		ieModePages: [
			{ url: certServiceHttps.value, added: w.clock },
			{ url: certServiceHttp.value, added: w.clock },
		],
	},
	internetOptions: {
		...w.internetOptions,
		trustedSites: [trustedSiteEntry(certServiceHttp.value)!, trustedSiteEntry(certServiceHttps.value)!],
		requireHttps: false,
	},
});

/** What 2.2.2 leaves: NaRAClientControl installed. */
export const addonInstalled: WorldStep = (w) => ({ ...w, addons: [...w.addons, addonName.value] });

/** What 2.2.3 leaves: the CA certificate among the trusted roots. */
export const rootCertInstalled: WorldStep = installRootCert;

/** 2.2.4 step 2 (1)–(2): a temporary certificate (NacaCertRequester) installed now. */
export const temporaryCertInstalled: WorldStep = (w) => issueCert(w, temporaryCertName.value, w.clock, periods.temporaryCert);

/** 2.2.4 step 2 (5)–(7): a client-certificate request made with the newest temporary certificate. */
export const clientCertRequested =
	(office: string): WorldStep =>
	(w) => {
		const temp = [...w.certificates.personal].reverse().find((c) => c.issuedTo === temporaryCertName.value);
		if (!temp) throw new Error('A client-certificate request needs a temporary certificate.');
		return addRequest(w, office, temp.serial);
	};

/** 2.2.4 step 3: the approved request's certificate installed (valid 3 years from its issue). */
export const clientCertInstalled =
	(office: string): WorldStep =>
	(w) => {
		const request = [...w.certService.requests].reverse().find((r) => r.office === office);
		if (!request) throw new Error('Nothing was requested for this office.');
		return installClientCert(w, request);
	};

/** 2.3.1 step 10: the temporary password changed to the real one now. */
export const passwordChanged =
	(a: PracticeAccount): WorldStep =>
	(w) => ({
		...w,
		kanagawa: {
			accounts: {
				...w.kanagawa.accounts,
				[a.officeNumber]: { password: { kind: 'real', value: a.newPassword, changedAt: w.clock }, failures: 0, lockedUntil: null },
			},
		},
	});

/** 資格情報を記憶する was ticked at the login dialog (3.9). */
export const credentialSaved =
	(a: PracticeAccount): WorldStep =>
	(w) => ({
		...w,
		credentials: [...w.credentials, { target: savedCredentialTarget.value, user: a.officeNumber, password: a.certPassword }],
	});

/** Chapter 2 up to an installed client certificate (2.2.1–2.2.4), with the days it takes. */
export function certificatesReady(a: PracticeAccount = practiceAccount): readonly WorldStep[] {
	return [
		ieModeSetUp,
		addonInstalled,
		rootCertInstalled,
		temporaryCertInstalled,
		clientCertRequested(a.officeNumber),
		later({ days: APPROVAL_DAYS }),
		clientCertInstalled(a.officeNumber),
	];
}

/** The whole of chapter 2 done for the practice office: the PC of someone who uses the system. */
export function readyPc(options: NewPcOptions = {}): World {
	return build(newPc(options), ...certificatesReady(), passwordChanged(practiceAccount));
}

/**
 * 3.8: another PC for the same office, fresh from the shop: the servers remember everything
 * (the real password carries over, 3.8 補足); the PC knows nothing.
 */
export function anotherPc(old: World, options: NewPcOptions = {}): World {
	const fresh = newPc({ clock: old.clock, ...options });
	return { ...fresh, certService: old.certService, kanagawa: old.kanagawa };
}
