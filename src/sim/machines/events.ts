import type { AdvancedOption, IeModeReload, SettingsPage, ZoneChoice, ZoneName, ZoneSetting } from '../world/types';

/**
 * Every event the virtual PC understands: what a person does, in the manual's terms
 * (`edge.settings.open`, never "button 3"). A view sends these; a scenario step expects one.
 * The prefix names the program whose control it is.
 */

export type ClockEvent = { type: 'clock.advance'; days?: number; minutes?: number };

export type ShellEvent =
	| { type: 'shell.search.open' }
	| { type: 'shell.search.input'; value: string }
	| { type: 'shell.search.choose'; app: 'internetOptions' | 'controlPanel' }
	| { type: 'shell.search.close' }
	| { type: 'shell.start.menu' }
	| { type: 'shell.start.settings' }
	| { type: 'shell.start.close' }
	| { type: 'desktop.shortcut.open'; index: number };

export type EdgeEvent =
	| { type: 'edge.launch' }
	| { type: 'edge.window.close' }
	| { type: 'edge.window.focus'; index: number }
	| { type: 'edge.tab.new' }
	| { type: 'edge.tab.select'; index: number }
	| { type: 'edge.tab.close'; index: number }
	| { type: 'edge.navigate'; url: string }
	| { type: 'edge.menu.open' }
	| { type: 'edge.menu.close' }
	| { type: 'edge.settings.open' }
	| { type: 'edge.settings.page'; page: SettingsPage }
	| { type: 'edge.restart' }
	| { type: 'edge.ieModeReload.set'; value: IeModeReload }
	| { type: 'edge.ieModePages.add' }
	| { type: 'edge.ieModePages.remove'; url: string }
	| { type: 'edge.addPage.input'; value: string }
	| { type: 'edge.addPage.confirm' }
	| { type: 'edge.addPage.cancel' }
	| { type: 'edge.javascript.set'; on: boolean }
	| { type: 'edge.passwords.set'; setting: 'offerToSave' | 'autofill'; on: boolean }
	| { type: 'edge.passwords.select'; site: string; checked: boolean }
	| { type: 'edge.passwords.delete' }
	| { type: 'edge.settings.internetOptions' }
	| { type: 'edge.settings.manageCertificates' }
	| { type: 'edge.favorite.add' }
	| { type: 'edge.favorite.folder'; folder: string }
	| { type: 'edge.favorite.done' }
	| { type: 'edge.favorite.cancel' }
	| { type: 'edge.favorites.open' }
	| { type: 'edge.favorites.close' }
	| { type: 'edge.favorites.go'; index: number }
	| { type: 'edge.siteInfo.dragToDesktop' }
	| { type: 'edge.passwordPrompt.never' }
	| { type: 'edge.passwordPrompt.save' };

export type InternetOptionsEvent =
	| { type: 'io.tab'; tab: 'security' | 'advanced' }
	| { type: 'io.zone'; zone: ZoneName }
	| { type: 'io.sites.open' }
	| { type: 'io.sites.input'; value: string }
	| { type: 'io.sites.requireHttps'; checked: boolean }
	| { type: 'io.sites.add' }
	| { type: 'io.sites.select'; site: string }
	| { type: 'io.sites.remove' }
	| { type: 'io.sites.close' }
	| { type: 'io.customLevel.open' }
	| { type: 'io.customLevel.set'; setting: ZoneSetting; value: ZoneChoice }
	| { type: 'io.customLevel.ok' }
	| { type: 'io.customLevel.cancel' }
	| { type: 'io.advanced.set'; option: AdvancedOption; checked: boolean }
	| { type: 'io.apply' }
	| { type: 'io.ok' }
	| { type: 'io.cancel' };

export type ControlPanelEvent =
	| { type: 'cp.viewBy'; value: 'category' | 'icons' }
	| { type: 'cp.userAccounts' }
	| { type: 'cp.manageCredentials' }
	| { type: 'cp.credential.expand'; target: string }
	| { type: 'cp.credential.remove'; target: string }
	| { type: 'cp.confirm.yes' }
	| { type: 'cp.confirm.no' }
	| { type: 'cp.close' };

export type CertManagerEvent = { type: 'cm.tab'; tab: 'personal' | 'trustedRoots' } | { type: 'cm.close' };

export type Windows11Page = 'privacy' | 'windowsSecurity' | 'appBrowser' | 'reputation';
export type Windows11Event =
	| { type: 'w11.page'; page: Windows11Page }
	| { type: 'w11.set'; setting: 'checkAppsAndFiles' | 'edgeSmartScreen'; on: boolean }
	| { type: 'w11.close' };

export type WindowsSecurityEvent =
	| { type: 'ws.basicAuth.input'; field: 'user' | 'password'; value: string }
	| { type: 'ws.basicAuth.remember'; checked: boolean }
	| { type: 'ws.basicAuth.ok' }
	| { type: 'ws.basicAuth.cancel' }
	| { type: 'ws.picker.more' }
	| { type: 'ws.picker.select'; serial: number }
	| { type: 'ws.picker.ok' }
	| { type: 'ws.picker.cancel' };

export type CertServiceEvent =
	| { type: 'cs.menu'; item: 'info' | 'certRequest' | 'certCheck' | 'download' }
	| { type: 'cs.caInstall' }
	| { type: 'cs.here' }
	| { type: 'cs.requestType'; kind: 'temporary' | 'client' }
	| { type: 'cs.createRequest.ok' }
	| { type: 'cs.task.install'; requestId: number }
	| { type: 'cs.install' }
	| { type: 'cs.bar.install' }
	| { type: 'cs.bar.menu' }
	| { type: 'cs.bar.installForAllUsers' }
	| { type: 'cs.installScreen.install' }
	| { type: 'cs.installDone.close' }
	| { type: 'cs.addonFailed.close' }
	| { type: 'cs.securityWarning.yes' }
	| { type: 'cs.securityWarning.no' }
	| { type: 'cs.status.ok' }
	| { type: 'cs.done.ok' };

export type KanagawaField = 'user' | 'password' | 'current' | 'next' | 'confirm';
export type KanagawaEvent =
	| { type: 'ks.input'; field: KanagawaField; value: string }
	| { type: 'ks.login' }
	| { type: 'ks.change' }
	| { type: 'ks.logout' }
	| { type: 'ks.logoutConfirm.ok' }
	| { type: 'ks.logoutConfirm.cancel' };

export type PcEvent =
	| ClockEvent
	| ShellEvent
	| EdgeEvent
	| InternetOptionsEvent
	| ControlPanelEvent
	| CertManagerEvent
	| Windows11Event
	| WindowsSecurityEvent
	| CertServiceEvent
	| KanagawaEvent;

export type PcEventType = PcEvent['type'];
export type PcEventOf<T extends PcEventType> = Extract<PcEvent, { type: T }>;

/** Fields that carry a secret the learner typed: never saved unless they are practice passwords. */
export function isSecretInput(event: PcEvent): boolean {
	return (
		(event.type === 'ws.basicAuth.input' && event.field === 'password') ||
		(event.type === 'ks.input' && event.field !== 'user')
	);
}

/** Typing events: the text of a field as it is now (sent as the learner types). */
export function isInputEvent(event: PcEvent): event is Extract<PcEvent, { value: string }> & { type: `${string}.input` } {
	return event.type.endsWith('.input');
}
