import * as labels from '../facts/labels';
import { rootCertName, savedCredentialTarget } from '../facts/certificates';
import { addonFailed, executionStatusTitle, ieModeBanner, logoutConfirmHeading } from '../facts/messages';
import { approvalTakesDays, lockoutMinutes } from '../facts/periods';
import type { PcEvent, PcEventOf, PcEventType } from './machines/events';
import type { PcContext } from './machines/context';
import { pageTitle } from './machines/web';
import type { Tab } from './world/types';

/**
 * The control a person uses for each event: its ARIA role and accessible name (the manual's
 * bracketed label, from src/facts), the dialog or region it sits in when the name repeats, and
 * what to do with it. Views name their controls from this table, scenario steps take their
 * targets from it, and end-to-end tests find them with
 * `within.getByRole(target.role, { name: target.name, exact: true })`.
 */

export type Role =
	| 'button'
	| 'link'
	| 'tab'
	| 'checkbox'
	| 'radio'
	| 'textbox'
	| 'combobox'
	| 'menuitem'
	| 'switch'
	| 'option'
	| 'cell'
	| 'row'
	| 'table'
	| 'group'
	| 'region'
	| 'dialog'
	| 'alertdialog'
	| 'menu'
	| 'listbox'
	/** Not an ARIA role: text on screen (`getByText(name)`), for steps that only ask to look. */
	| 'text';

export interface Locator {
	readonly role: Role;
	readonly name: string;
}

export interface Target extends Locator {
	/** The dialog, region, row … the control is in, when its name alone is not unique. */
	readonly within?: Locator;
	/** Among several controls with this name in `within`, which one, from the top (-1: the bottom one). */
	readonly nth?: number;
}

/**
 * What to do with the control: click it; fill a textbox with `value` (then press `press`);
 * select the option `value` of a combobox; check/uncheck a checkbox, switch or radio;
 * right-click; double-click; drag it onto `to`; or only look at it (`see`).
 */
export type Do = 'click' | 'fill' | 'select' | 'check' | 'uncheck' | 'rightClick' | 'dblclick' | 'drag' | 'see';

export interface Control {
	readonly target: Target;
	readonly do: Do;
	readonly value?: string;
	readonly press?: 'Enter';
	readonly to?: Locator;
}

const L = labels;
const at = (role: Role, name: string, within?: Locator, nth?: number): Target => ({
	role,
	name,
	...(within ? { within } : {}),
	...(nth === undefined ? {} : { nth }),
});
const click = (target: Target): Control => ({ target, do: 'click' });

/** Containers whose names the controls refer to. */
export const areas = {
	taskbar: { role: 'region', name: L.windowsShell.taskbar.value },
	desktop: { role: 'region', name: L.windowsShell.desktop.value },
	edge: { role: 'region', name: L.edge.app.value },
	edgeMenu: { role: 'menu', name: L.edge.menu.value },
	edgeSettings: { role: 'region', name: L.edge.settings.value },
	ieModePages: { role: 'region', name: L.edge.ieModePages.value },
	addPage: { role: 'dialog', name: L.edge.addPageDialog.value },
	favorites: { role: 'region', name: L.edge.favorites.value },
	passwords: { role: 'region', name: L.edge.passwords.value },
	internetOptions: { role: 'dialog', name: L.internetOptions.title.value },
	trustedSites: { role: 'dialog', name: L.trustedSitesDialog.title.value },
	customLevel: { role: 'dialog', name: L.securitySettings.trustedZoneTitle.value },
	basicAuth: { role: 'dialog', name: L.basicAuthDialog.title.value },
	certConfirm: { role: 'dialog', name: L.certPicker.confirmTitle.value },
	authCertSelect: { role: 'dialog', name: L.certPicker.authTitle.value },
	pickerList: { role: 'listbox', name: L.certPicker.more.value },
	authCertList: { role: 'listbox', name: L.certPicker.authTitle.value },
	certService: { role: 'region', name: L.certService.title.value },
	createRequest: { role: 'region', name: L.certService.createRequest.value },
	requestList: { role: 'table', name: L.certService.requestList.value },
	certInstall: { role: 'region', name: L.certService.certInstallScreen.value },
	installPopup: { role: 'dialog', name: L.certService.installPopup.value },
	securityWarning: { role: 'dialog', name: L.certService.securityWarning.value },
	rootDone: { role: 'dialog', name: rootCertName.value },
	temporaryDone: { role: 'dialog', name: L.certService.temporaryClientCert.value },
	clientDone: { role: 'dialog', name: L.certService.clientCert.value },
	executionStatus: { role: 'dialog', name: executionStatusTitle.value },
	controlPanel: { role: 'region', name: L.controlPanel.title.value },
	certManager: { role: 'dialog', name: L.certManager.title.value },
	startMenu: { role: 'menu', name: L.windows11.startButton.value },
	windows11: { role: 'region', name: L.windows11.settings.value },
	kanagawa: { role: 'region', name: L.kanagawaSystem.screenTitle.value },
	logoutConfirm: { role: 'dialog', name: logoutConfirmHeading.value },
} as const satisfies Record<string, Locator>;

/** The simulation's own clock controls (not the manual's): how a lesson lets days or minutes pass. */
export const clockControls = {
	days: (days: number) => `${days === 1 ? '1日' : days > 1 && days < 10 ? approvalTakesDays.value : `${days}日`}後へ進む`,
	minutes: (minutes: number) => `${minutes === lockoutMinutes.value ? lockoutMinutes.value : minutes}分後へ進む`,
};

/** Credential Manager shows a long target cut short (3.9 step 5). */
export function credentialShownAs(target: string): string {
	return target === savedCredentialTarget.value ? L.controlPanel.savedCredentialTruncated.value : target;
}

/**
 * Not the manual's words: Windows' and Edge's own, for the few controls the manual never names
 * (no lesson step uses them; views show them as they are).
 */
export const ownWords = {
	newTab: '新しいタブ',
	ieModeReloadDefault: '既定',
	ieModeReloadDeny: '許可しない',
	largeIcons: '大きいアイコン',
	no: 'いいえ',
	save: '保存',
	internetZone: 'インターネット',
	/** セキュリティ設定's other two choices beside [有効にする] (3.1 steps 10–13 choose 有効にする). */
	disable: '無効にする',
	prompt: 'ダイアログを表示する',
} as const;

const settingsLinks = {
	home: L.edge.settings.value,
	profiles: L.edge.profiles.value,
	passwords: L.edge.passwords.value,
	privacy: L.edge.privacySearchServices.value,
	cookies: L.edge.cookiesAndPermissions.value,
	javascript: L.edge.javascript.value,
	defaultBrowser: L.edge.defaultBrowser.value,
	about: L.edge.aboutEdge.value,
} as const;

const w11Links = {
	privacy: L.windows11.privacyAndSecurity.value,
	windowsSecurity: L.windows11.windowsSecurity.value,
	appBrowser: L.windows11.appAndBrowserControl.value,
	reputation: L.windows11.reputationProtectionSettings.value,
} as const;

const zoneNames = { trusted: L.internetOptions.trustedSitesZone.value, internet: ownWords.internetZone } as const;

const customLevelGroups = {
	activeScripting: L.securitySettings.activeScripting.value,
	scriptSafeActiveX: L.securitySettings.scriptSafeActiveX.value,
	runActiveX: L.securitySettings.runActiveX.value,
} as const;

const advancedBoxes = {
	smartScreen: L.internetOptions.smartScreen.value,
	downloadNotify: L.internetOptions.notifyDownloadComplete.value,
	enhancedProtectedMode: L.internetOptions.enhancedProtectedMode.value,
} as const;

const ksFields = {
	user: L.kanagawaSystem.userId.value,
	password: L.kanagawaSystem.password.value,
	current: L.kanagawaSystem.currentPassword.value,
	next: L.kanagawaSystem.newPassword.value,
	confirm: L.kanagawaSystem.newPasswordConfirm.value,
} as const;


const ieModeReloadChoices = { allow: L.edge.allow.value, default: ownWords.ieModeReloadDefault, deny: ownWords.ieModeReloadDeny } as const;

/** A tab's accessible name: its page's title. */
export function tabTitle(tab: Tab): string {
	if (tab.page.kind === 'settings') return L.edge.settings.value;
	if (tab.page.kind === 'newTab') return ownWords.newTab;
	if (tab.page.kind === 'certService') return L.certService.title.value;
	return pageTitle(tab.page, tab.address);
}

type ControlOf = { [T in PcEventType]: (event: PcEventOf<T>, ctx: PcContext) => Control };

const controls: ControlOf = {
	'clock.advance': (e) => click(at('button', e.days ? clockControls.days(e.days) : clockControls.minutes(e.minutes ?? 0))),

	'shell.search.open': () => click(at('button', L.controlPanel.searchIcon.value, areas.taskbar)),
	'shell.search.input': (e) => ({ target: at('textbox', L.windowsShell.searchBox.value), do: 'fill', value: e.value }),
	'shell.search.choose': (e) =>
		click(at('option', e.app === 'internetOptions' ? L.controlPanel.searchTermInternetOptions.value : L.controlPanel.title.value)),
	'shell.search.close': () => click(at('button', L.controlPanel.searchIcon.value, areas.taskbar)),
	'shell.start.menu': () => ({ target: at('button', L.windows11.startButton.value, areas.taskbar), do: 'rightClick' }),
	'shell.start.settings': () => click(at('menuitem', L.windows11.settings.value, areas.startMenu)),
	'shell.start.close': () => click(at('button', L.windows11.startButton.value, areas.taskbar)),
	'desktop.shortcut.open': (e, c) => ({ target: at('link', c.world.desktop[e.index]?.title ?? '', areas.desktop), do: 'dblclick' }),

	'edge.launch': () => click(at('button', L.edge.app.value, areas.taskbar)),
	'edge.window.close': () => click(at('button', L.edge.close.value, areas.edge)),
	'edge.window.focus': (e) => click(at('button', L.edge.app.value, areas.taskbar, e.index)),
	'edge.tab.new': () => click(at('button', ownWords.newTab, areas.edge)),
	'edge.tab.select': (e, c) => {
		const tab = c.world.edge.windows.at(-1)?.tabs[e.index];
		return click(at('tab', tab ? tabTitle(tab) : '', areas.edge));
	},
	'edge.tab.close': (e, c) => {
		const tab = c.world.edge.windows.at(-1)?.tabs[e.index];
		return click(at('button', L.edge.close.value, { role: 'tab', name: tab ? tabTitle(tab) : '' }));
	},
	'edge.navigate': (e) => ({ target: at('textbox', L.edge.addressBar.value, areas.edge), do: 'fill', value: e.url, press: 'Enter' }),
	'edge.menu.open': () => click(at('button', L.edge.menu.value, areas.edge)),
	'edge.menu.close': () => click(at('button', L.edge.menu.value, areas.edge)),
	'edge.settings.open': () => click(at('menuitem', L.edge.settings.value, areas.edgeMenu)),
	'edge.settings.page': (e) => click(at('link', settingsLinks[e.page], areas.edgeSettings)),
	'edge.restart': () => click(at('button', L.edge.restart.value, areas.edgeSettings)),
	'edge.ieModeReload.set': (e) => ({ target: at('combobox', L.edge.ieModeReload.value), do: 'select', value: ieModeReloadChoices[e.value] }),
	'edge.ieModePages.add': () => click(at('button', L.edge.add.value, areas.ieModePages)),
	'edge.ieModePages.remove': (e) => click(at('button', L.edge.removePage.value, { role: 'row', name: e.url })),
	'edge.addPage.input': (e) => ({ target: at('textbox', L.edge.addPageDialog.value, areas.addPage), do: 'fill', value: e.value }),
	'edge.addPage.confirm': () => click(at('button', L.edge.add.value, areas.addPage)),
	'edge.addPage.cancel': () => click(at('button', L.basicAuthDialog.cancel.value, areas.addPage)),
	'edge.javascript.set': (e) => ({ target: at('switch', L.edge.allowedRecommended.value), do: e.on ? 'check' : 'uncheck' }),
	'edge.passwords.set': (e) => ({
		target: at('switch', e.setting === 'offerToSave' ? L.edge.offerToSavePasswords.value : L.edge.autofillPasswords.value),
		do: e.on ? 'check' : 'uncheck',
	}),
	'edge.passwords.select': (e) => ({ target: at('checkbox', e.site, areas.passwords), do: e.checked ? 'check' : 'uncheck' }),
	'edge.passwords.delete': () => click(at('button', L.controlPanel.remove.value, areas.passwords)),
	'edge.settings.internetOptions': () => click(at('button', L.edge.internetOptions.value, areas.edgeSettings)),
	'edge.settings.manageCertificates': () => click(at('button', L.edge.manageCertificates.value, areas.edgeSettings)),
	'edge.favorite.add': () => click(at('button', L.edge.addToFavorites.value, areas.edge)),
	'edge.favorite.folder': (e) => ({ target: at('combobox', L.edge.favoritesFolder.value), do: 'select', value: e.folder }),
	'edge.favorite.done': () => click(at('button', L.edge.done.value)),
	'edge.favorite.cancel': () => click(at('button', L.basicAuthDialog.cancel.value)),
	'edge.favorites.open': () => click(at('button', L.edge.favorites.value, areas.edge)),
	'edge.favorites.close': () => click(at('button', L.edge.favorites.value, areas.edge)),
	'edge.favorites.go': (e, c) => click(at('link', c.world.edge.favorites[e.index]?.title ?? '', areas.favorites)),
	'edge.siteInfo.dragToDesktop': () => ({ target: at('button', L.edge.siteInfo.value, areas.edge), do: 'drag', to: areas.desktop }),
	'edge.passwordPrompt.never': () => click(at('button', L.edge.never.value, areas.edge)),
	'edge.passwordPrompt.save': () => click(at('button', ownWords.save, areas.edge)),

	'io.tab': (e) => click(at('tab', e.tab === 'security' ? L.internetOptions.securityTab.value : L.internetOptions.advancedTab.value, areas.internetOptions)),
	'io.zone': (e) => click(at('option', zoneNames[e.zone], areas.internetOptions)),
	'io.sites.open': () => click(at('button', L.internetOptions.sites.value, areas.internetOptions)),
	'io.sites.input': (e) => ({ target: at('textbox', L.trustedSitesDialog.addThisSite.value, areas.trustedSites), do: 'fill', value: e.value }),
	'io.sites.requireHttps': (e) => ({ target: at('checkbox', L.trustedSitesDialog.requireHttps.value, areas.trustedSites), do: e.checked ? 'check' : 'uncheck' }),
	'io.sites.add': () => click(at('button', L.trustedSitesDialog.add.value, areas.trustedSites)),
	'io.sites.select': (e) => click(at('option', e.site, areas.trustedSites)),
	'io.sites.remove': () => click(at('button', L.trustedSitesDialog.remove.value, areas.trustedSites)),
	'io.sites.close': () => click(at('button', L.trustedSitesDialog.close.value, areas.trustedSites)),
	'io.customLevel.open': () => click(at('button', L.internetOptions.customLevel.value, areas.internetOptions)),
	'io.customLevel.set': (e) => ({
		target: at('radio', e.value === 'enable' ? L.securitySettings.enable.value : ownWords[e.value], { role: 'group', name: customLevelGroups[e.setting] }),
		do: 'check',
	}),
	'io.customLevel.ok': () => click(at('button', L.internetOptions.ok.value, areas.customLevel)),
	'io.customLevel.cancel': () => click(at('button', L.basicAuthDialog.cancel.value, areas.customLevel)),
	'io.advanced.set': (e) => ({ target: at('checkbox', advancedBoxes[e.option], areas.internetOptions), do: e.checked ? 'check' : 'uncheck' }),
	'io.apply': () => click(at('button', L.internetOptions.apply.value, areas.internetOptions)),
	'io.ok': () => click(at('button', L.internetOptions.ok.value, areas.internetOptions)),
	'io.cancel': () => click(at('button', L.basicAuthDialog.cancel.value, areas.internetOptions)),

	'cp.viewBy': (e) => ({ target: at('combobox', L.controlPanel.viewBy.value, areas.controlPanel), do: 'select', value: e.value === 'category' ? L.controlPanel.category.value : ownWords.largeIcons }),
	'cp.userAccounts': () => click(at('link', L.controlPanel.userAccounts.value, areas.controlPanel)),
	'cp.manageCredentials': () => click(at('link', L.controlPanel.manageWindowsCredentials.value, areas.controlPanel)),
	'cp.credential.expand': (e) => click(at('button', L.controlPanel.expand.value, { role: 'group', name: credentialShownAs(e.target) })),
	'cp.credential.remove': (e) => click(at('button', L.controlPanel.remove.value, { role: 'group', name: credentialShownAs(e.target) })),
	'cp.confirm.yes': () => click(at('button', L.controlPanel.yes.value, areas.controlPanel)),
	'cp.confirm.no': () => click(at('button', ownWords.no, areas.controlPanel)),
	'cp.close': () => click(at('button', L.trustedSitesDialog.close.value, areas.controlPanel)),

	'cm.tab': (e) => click(at('tab', e.tab === 'personal' ? L.certManager.personalTab.value : L.certManager.trustedRootsTab.value, areas.certManager)),
	'cm.close': () => click(at('button', L.certManager.close.value, areas.certManager)),

	'w11.page': (e) => click(at('link', w11Links[e.page], areas.windows11)),
	'w11.set': (e) => ({
		target: at('switch', e.setting === 'checkAppsAndFiles' ? L.windows11.checkAppsAndFiles.value : L.windows11.edgeSmartScreen.value, areas.windows11),
		do: e.on ? 'check' : 'uncheck',
	}),
	'w11.close': () => click(at('button', L.trustedSitesDialog.close.value, areas.windows11)),

	'ws.basicAuth.input': (e) => ({
		target: at('textbox', e.field === 'user' ? L.basicAuthDialog.userName.value : L.basicAuthDialog.password.value, areas.basicAuth),
		do: 'fill',
		value: e.value,
	}),
	'ws.basicAuth.remember': (e) => ({ target: at('checkbox', L.basicAuthDialog.remember.value, areas.basicAuth), do: e.checked ? 'check' : 'uncheck' }),
	'ws.basicAuth.ok': () => click(at('button', L.basicAuthDialog.ok.value, areas.basicAuth)),
	'ws.basicAuth.cancel': () => click(at('button', L.basicAuthDialog.cancel.value, areas.basicAuth)),
	'ws.picker.more': (_e, c) => click(at('button', L.certPicker.more.value, pickerArea(c))),
	'ws.picker.select': (e, c) => {
		const certs = c.ui.picker.options.map((serial) => c.world.certificates.personal.find((x) => x.serial === serial));
		const name = certs.find((x) => x?.serial === e.serial)?.issuedTo ?? '';
		// 3.18: certificates of one name are told apart by position, newest on top.
		const same = certs.filter((x) => x?.issuedTo === name);
		const nth = same.length > 1 ? same.findIndex((x) => x?.serial === e.serial) : undefined;
		return click(at('option', name, c.ui.picker.kind === 'confirm' ? areas.pickerList : areas.authCertList, nth));
	},
	'ws.picker.ok': (_e, c) => click(at('button', L.certPicker.ok.value, pickerArea(c))),
	'ws.picker.cancel': (_e, c) => click(at('button', L.certPicker.cancel.value, pickerArea(c))),

	'cs.menu': (e) => click(at('link', { info: L.certService.info, certRequest: L.certService.certRequest, certCheck: L.certService.certCheck, download: L.certService.download }[e.item].value, areas.certService)),
	'cs.caInstall': () => click(at('link', L.certService.caCertInstall.value, areas.certService)),
	'cs.here': () => click(at('link', L.certService.here.value, areas.certService)),
	'cs.requestType': (e) => click(at('link', e.kind === 'temporary' ? L.certService.temporaryClientCert.value : L.certService.clientCert.value, areas.certService)),
	'cs.createRequest.ok': () => click(at('button', L.certService.ok.value, areas.createRequest)),
	'cs.task.install': () => click(at('button', L.certService.install.value, areas.requestList)),
	'cs.install': () => click(at('button', L.certService.install.value, areas.certInstall)),
	'cs.bar.install': () => click(at('button', L.certService.install.value, areas.installPopup)),
	'cs.bar.menu': () => click(at('button', L.certService.installMenu.value, areas.installPopup)),
	'cs.bar.installForAllUsers': () => click(at('menuitem', L.certService.installForAllUsers.value, areas.installPopup)),
	'cs.installScreen.install': () => click(at('button', L.certService.installConfirm.value)),
	'cs.installDone.close': () => click(at('button', L.certService.closeX.value)),
	'cs.addonFailed.close': () => click(at('button', L.certService.ok.value, { role: 'alertdialog', name: addonFailed.value })),
	'cs.securityWarning.yes': () => click(at('button', L.certService.securityWarningYes.value, areas.securityWarning)),
	'cs.securityWarning.no': () => click(at('button', ownWords.no, areas.securityWarning)),
	'cs.status.ok': () => click(at('button', L.certService.ok.value, areas.executionStatus)),
	'cs.done.ok': (_e, c) => click(at('button', L.certService.ok.value, doneArea(c))),

	'ks.input': (e) => ({ target: at('textbox', ksFields[e.field], areas.kanagawa), do: 'fill', value: e.value }),
	'ks.login': () => click(at('button', L.kanagawaSystem.login.value, areas.kanagawa)),
	'ks.change': () => click(at('button', L.kanagawaSystem.changeAndLogin.value, areas.kanagawa)),
	'ks.logout': () => click(at('link', L.kanagawaSystem.logout.value, areas.kanagawa)),
	'ks.logoutConfirm.ok': () => click(at('button', L.kanagawaSystem.ok.value, areas.logoutConfirm)),
	'ks.logoutConfirm.cancel': () => click(at('button', L.basicAuthDialog.cancel.value, areas.logoutConfirm)),
};

/** 2.2.4's [証明書の確認] for the certificate service, 2.3.1's [認証用の証明書の選択] for the system. */
function pickerArea(ctx: PcContext): Locator {
	return ctx.ui.picker.kind === 'confirm' ? areas.certConfirm : areas.authCertSelect;
}

/** The completion dialog of what was just installed. */
function doneArea(ctx: PcContext): Locator {
	const installing = ctx.ui.csInstalling;
	return installing === 'root' ? areas.rootDone : installing === 'client' ? areas.clientDone : areas.temporaryDone;
}

/** The control for an event, in the world as it is when the event is sent. */
export function controlFor(event: PcEvent, ctx: PcContext): Control {
	const make = controls[event.type] as (e: PcEvent, c: PcContext) => Control;
	return make(event, ctx);
}

/** Check steps look at these. */
export const seeTargets = {
	ieModeBanner: at('text', ieModeBanner.value, areas.edge),
} as const;
