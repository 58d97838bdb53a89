import type { IsoDateTime } from './time';

/**
 * The world: one virtual office PC and the two servers it talks to, as plain JSON data.
 * Everything that lasts across dialogs and lessons lives here (DESIGN.md "One virtual PC");
 * the machines change it only in answer to events. What a screen shows is derived from it
 * (see derive.ts), so a fault is a fact of the world (a saved credential, an expired entry),
 * never a flag that says "broken".
 */
export interface World {
	/** 1.1: Windows 10 or 11 (the manual's screens are Windows 10; 3.14 is Windows 11 only). */
	readonly os: OsName;
	/** Now, on this PC and on the servers. Moved only by `clock.advance`. */
	readonly clock: IsoDateTime;
	readonly edge: Edge;
	readonly internetOptions: InternetOptions;
	/** Windows 11 評価ベースの保護 (3.14). */
	readonly reputation: { readonly checkAppsAndFiles: boolean; readonly edgeSmartScreen: boolean };
	/** Installed add-ons, by name (NaRAClientControl, 2.2.2). */
	readonly addons: readonly string[];
	readonly certificates: CertificateStores;
	/** Windows 資格情報 (Credential Manager, 3.9). */
	readonly credentials: readonly SavedCredential[];
	readonly desktop: readonly Shortcut[];
	/** Control Panel's 表示方法 (3.9 step 3 switches it to カテゴリ). */
	readonly controlPanelView: 'category' | 'icons';
	readonly certService: CertServiceServer;
	readonly kanagawa: KanagawaServer;
}

export type OsName = 'Windows 10' | 'Windows 11';

/* ---------- Microsoft Edge ---------- */

/** Edge's three choices for 「Internet Explorer モード (IE モード) でサイトの再読み込みを許可」. */
export type IeModeReload = 'default' | 'allow' | 'deny';

export interface Edge {
	/** `105.0.1343.27`: 1.1 asks for 105 or later. */
	readonly version: string;
	/** The version the about page would update to (1.2.1), or null when up to date. */
	readonly update: string | null;
	/** 1.2.2 [JavaScript] — [許可 (推奨)]. */
	readonly javascript: boolean;
	/** The setting as chosen on 既定のブラウザ (2.2.1 step 4). */
	readonly ieModeReload: IeModeReload;
	/** The setting the running browser uses: a restart applies the choice (2.2.1 step 5). */
	readonly ieModeReloadApplied: IeModeReload;
	/** Internet Explorer モード ページ, each with its 追加日; an entry lapses 30 days later. */
	readonly ieModePages: readonly IeModePage[];
	readonly favorites: readonly Favorite[];
	readonly passwords: EdgePasswords;
	/** Open browser windows, the focused one last. */
	readonly windows: readonly BrowserWindow[];
	/** What the browser process remembers until every window is closed (3.12). */
	readonly session: EdgeSession;
}

export interface IeModePage {
	readonly url: string;
	readonly added: IsoDateTime;
}

export interface Favorite {
	readonly title: string;
	readonly url: string;
	readonly folder: string;
	/** The system screen the address pointed at when saved (2.3.1 注意: only the login screen works). */
	readonly screen: KanagawaScreen | null;
}

/** 3.15: プロフィール — パスワード. */
export interface EdgePasswords {
	readonly offerToSave: boolean;
	readonly autofill: boolean;
	readonly saved: readonly SavedPassword[];
	/** Sites answered [なし] (never save). */
	readonly never: readonly string[];
}

export interface SavedPassword {
	readonly site: string;
	readonly user: string;
	readonly password: string;
}

export interface BrowserWindow {
	readonly tabs: readonly Tab[];
	readonly active: number;
}

export interface Tab {
	/** What the address bar shows (アドレス欄, 3.13). Empty for a new tab and for settings. */
	readonly address: string;
	/** Whether the page is shown in Internet Explorer mode (the banner of 2.2.2 step 2). */
	readonly ieMode: boolean;
	readonly page: Page;
}

export type SettingsPage = 'home' | 'profiles' | 'passwords' | 'privacy' | 'cookies' | 'javascript' | 'defaultBrowser' | 'about';

/** The certificate service's pages (2.2.2–2.2.4). */
export type CertServiceView =
	| 'info'
	| 'certRequest'
	| 'createTemporary'
	| 'createClient'
	| 'certCheck'
	| 'download'
	| 'caInstall'
	| 'addonPreparing'
	| 'clientInstall';

export type KanagawaScreen = 'login' | 'aa041' | 'portal' | 'loggedOut' | 'forcedLogout';

export type Page =
	| { readonly kind: 'newTab' }
	| { readonly kind: 'settings'; readonly page: SettingsPage }
	/** Waiting for Windows セキュリティ (a certificate picker or the login dialog). */
	| { readonly kind: 'loading'; readonly deepLink?: KanagawaScreen }
	| { readonly kind: 'certService'; readonly view: CertServiceView; readonly requestId?: number }
	| { readonly kind: 'kanagawa'; readonly screen: KanagawaScreen }
	/** 3.11: 「Not Found」. */
	| { readonly kind: 'notFound' }
	/** The login dialog was cancelled (no access to the certificate service). */
	| { readonly kind: 'unauthorized' }
	/** The system asked for a client certificate and none was given (3.2's screen). */
	| { readonly kind: 'certError' }
	/** A site the simulation does not have (no request ever leaves the site). */
	| { readonly kind: 'unreachable' };

export interface EdgeSession {
	/** Per host: the client certificate (serial) chosen in a picker, or null for none. */
	readonly tls: Readonly<Record<string, number | null>>;
	/** Per origin: the office number logged in with basic authentication. */
	readonly auth: Readonly<Record<string, string>>;
}

/* ---------- Internet Options ---------- */

export type ZoneName = 'internet' | 'trusted';
/** The three custom-level settings of 3.1 steps 10–13. */
export type ZoneSetting = 'activeScripting' | 'scriptSafeActiveX' | 'runActiveX';
export type ZoneChoice = 'enable' | 'prompt' | 'disable';
/** The three advanced options of 3.1 steps 14–16. */
export type AdvancedOption = 'smartScreen' | 'downloadNotify' | 'enhancedProtectedMode';

export interface InternetOptions {
	/** 信頼済みサイト, as listed: origins only (補足 of 2.2.1 and 3.1: no /certsrv/). */
	readonly trustedSites: readonly string[];
	/** このゾーンのサイトにはすべてサーバーの確認 (https:) を必要とする. */
	readonly requireHttps: boolean;
	readonly zones: Readonly<Record<ZoneName, Readonly<Record<ZoneSetting, ZoneChoice>>>>;
	readonly advanced: Readonly<Record<AdvancedOption, boolean>>;
}

/* ---------- Certificates, credentials, desktop ---------- */

export interface CertificateStores {
	/** 個人, in install order (3.18: 「インストールされた順に下から表示されます」). */
	readonly personal: readonly PersonalCert[];
	/** 信頼されたルート証明機関 (3.16). */
	readonly trustedRoots: readonly RootCert[];
}

export interface PersonalCert {
	readonly serial: number;
	/** 発行先: NacaCertRequester for a temporary certificate, else the office number. */
	readonly issuedTo: string;
	/** 発行者. */
	readonly issuer: string;
	readonly from: IsoDateTime;
	readonly to: IsoDateTime;
}

export interface RootCert {
	readonly issuedTo: string;
	readonly issuer: string;
	readonly from: IsoDateTime;
	readonly to: IsoDateTime;
}

export interface SavedCredential {
	/** As Credential Manager names it (3.9 step 6). */
	readonly target: string;
	readonly user: string;
	readonly password: string;
}

export interface Shortcut {
	readonly title: string;
	readonly url: string;
	readonly screen: KanagawaScreen | null;
}

/* ---------- The servers ---------- */

export interface CertServiceServer {
	/** Per office number: its certificate-issuance password (証明書発行用パスワード). */
	readonly offices: Readonly<Record<string, { readonly password: string }>>;
	readonly requests: readonly CertRequest[];
	/** The CA's own certificate (the root of 2.2.3), valid for 10 years from `caFrom`. */
	readonly caFrom: IsoDateTime;
	/** How long the 連合会 takes to approve a request in this world (「数日」, 2.2.4 ポイント). */
	readonly approvalDays: number;
	/** The next serial number the CA gives a certificate. */
	readonly nextSerial: number;
}

export interface CertRequest {
	readonly id: number;
	readonly office: string;
	/** The temporary certificate (serial) the request was made with (3.18). */
	readonly madeWith: number;
	readonly requestedAt: IsoDateTime;
	/** Approval arrives when the clock reaches this point; the certificate is issued then. */
	readonly approvesAt: IsoDateTime;
}

export interface KanagawaServer {
	readonly accounts: Readonly<Record<string, Account>>;
}

export type AccountPassword =
	| { readonly kind: 'temporary'; readonly value: string; readonly issuedAt: IsoDateTime }
	| { readonly kind: 'real'; readonly value: string; readonly changedAt: IsoDateTime };

export interface Account {
	readonly password: AccountPassword;
	/** Failed logins in a row (3.5). */
	readonly failures: number;
	readonly lockedUntil: IsoDateTime | null;
}
