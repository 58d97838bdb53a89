import * as labels from '../../../src/facts/labels';
import { controlFor, type Control } from '../../../src/sim/controls';
import { FAVORITES_BAR } from '../../../src/sim/machines/context';
import type { PcEvent } from '../../../src/sim/machines/events';
import { canPc, type PcSnapshot } from '../../../src/sim/pc';
import type { AdvancedOption, SettingsPage, ZoneChoice, ZoneSetting } from '../../../src/sim/world/types';

/**
 * Everything a person can do on the PC as it is now: every event a control on screen would send
 * (the PC takes it), with that control (its role and accessible name, as the views name it).
 * Typing events carry the text given in `typed` (what the learner would type); clicks and choices
 * are enumerated from the world (each tab, each listed site, each certificate in the picker …).
 * The manual-text test reads the screen through this; the no-dead-end test explores with it.
 */

export interface OnScreen {
	readonly event: PcEvent;
	readonly control: Control;
}

const settingsPages: readonly SettingsPage[] = ['home', 'profiles', 'passwords', 'privacy', 'cookies', 'javascript', 'defaultBrowser', 'about'];
const zoneSettings: readonly ZoneSetting[] = ['activeScripting', 'scriptSafeActiveX', 'runActiveX'];
const zoneChoices: readonly ZoneChoice[] = ['enable', 'prompt', 'disable'];
const advancedOptions: readonly AdvancedOption[] = ['smartScreen', 'downloadNotify', 'enhancedProtectedMode'];
const both = [true, false] as const;

/** Every event the PC could be sent now, before asking whether it takes it. */
function allEvents(pc: PcSnapshot, typed: readonly string[], extra: readonly PcEvent[]): PcEvent[] {
	const { world, ui } = pc.context;
	const win = world.edge.windows.at(-1);
	const out: PcEvent[] = [...extra];
	const push = (...e: PcEvent[]) => out.push(...e);
	push(
		{ type: 'shell.search.open' },
		{ type: 'shell.search.close' },
		{ type: 'shell.search.choose', app: 'internetOptions' },
		{ type: 'shell.search.choose', app: 'controlPanel' },
		{ type: 'shell.start.menu' },
		{ type: 'shell.start.settings' },
		{ type: 'shell.start.close' },
	);
	world.desktop.forEach((_s, index) => push({ type: 'desktop.shortcut.open', index }));
	push({ type: 'edge.launch' }, { type: 'edge.window.close' }, { type: 'edge.tab.new' }, { type: 'edge.menu.open' }, { type: 'edge.menu.close' }, { type: 'edge.settings.open' });
	world.edge.windows.forEach((_w, index) => push({ type: 'edge.window.focus', index }));
	win?.tabs.forEach((_t, index) => push({ type: 'edge.tab.select', index }, { type: 'edge.tab.close', index }));
	for (const page of settingsPages) push({ type: 'edge.settings.page', page });
	push({ type: 'edge.restart' }, { type: 'edge.ieModeReload.set', value: 'allow' }, { type: 'edge.ieModeReload.set', value: 'default' }, { type: 'edge.ieModeReload.set', value: 'deny' });
	push({ type: 'edge.ieModePages.add' }, { type: 'edge.addPage.confirm' }, { type: 'edge.addPage.cancel' });
	for (const p of world.edge.ieModePages) push({ type: 'edge.ieModePages.remove', url: p.url });
	for (const on of both) push({ type: 'edge.javascript.set', on }, { type: 'edge.passwords.set', setting: 'offerToSave', on }, { type: 'edge.passwords.set', setting: 'autofill', on });
	for (const s of world.edge.passwords.saved) for (const checked of both) push({ type: 'edge.passwords.select', site: s.site, checked });
	push({ type: 'edge.passwords.delete' }, { type: 'edge.settings.internetOptions' }, { type: 'edge.settings.manageCertificates' });
	push({ type: 'edge.favorite.add' }, { type: 'edge.favorite.done' }, { type: 'edge.favorite.cancel' }, { type: 'edge.favorites.open' }, { type: 'edge.favorites.close' });
	for (const folder of [FAVORITES_BAR, labels.edge.otherFavorites.value]) push({ type: 'edge.favorite.folder', folder });
	world.edge.favorites.forEach((_f, index) => push({ type: 'edge.favorites.go', index }));
	push({ type: 'edge.siteInfo.dragToDesktop' }, { type: 'edge.passwordPrompt.never' }, { type: 'edge.passwordPrompt.save' });

	push({ type: 'io.tab', tab: 'security' }, { type: 'io.tab', tab: 'advanced' }, { type: 'io.zone', zone: 'trusted' }, { type: 'io.zone', zone: 'internet' });
	push({ type: 'io.sites.open' }, { type: 'io.sites.add' }, { type: 'io.sites.remove' }, { type: 'io.sites.close' });
	for (const checked of both) push({ type: 'io.sites.requireHttps', checked });
	for (const site of world.internetOptions.trustedSites) push({ type: 'io.sites.select', site });
	push({ type: 'io.customLevel.open' }, { type: 'io.customLevel.ok' }, { type: 'io.customLevel.cancel' });
	for (const setting of zoneSettings) for (const value of zoneChoices) push({ type: 'io.customLevel.set', setting, value });
	for (const option of advancedOptions) for (const checked of both) push({ type: 'io.advanced.set', option, checked });
	push({ type: 'io.apply' }, { type: 'io.ok' }, { type: 'io.cancel' });

	push({ type: 'cp.viewBy', value: 'category' }, { type: 'cp.viewBy', value: 'icons' }, { type: 'cp.userAccounts' }, { type: 'cp.manageCredentials' });
	for (const c of world.credentials) push({ type: 'cp.credential.expand', target: c.target }, { type: 'cp.credential.remove', target: c.target });
	push({ type: 'cp.confirm.yes' }, { type: 'cp.confirm.no' }, { type: 'cp.close' });
	push({ type: 'cm.tab', tab: 'personal' }, { type: 'cm.tab', tab: 'trustedRoots' }, { type: 'cm.close' });
	for (const page of ['privacy', 'windowsSecurity', 'appBrowser', 'reputation'] as const) push({ type: 'w11.page', page });
	for (const on of both) push({ type: 'w11.set', setting: 'checkAppsAndFiles', on }, { type: 'w11.set', setting: 'edgeSmartScreen', on });
	push({ type: 'w11.close' });

	for (const checked of both) push({ type: 'ws.basicAuth.remember', checked });
	push({ type: 'ws.basicAuth.ok' }, { type: 'ws.basicAuth.cancel' }, { type: 'ws.picker.more' }, { type: 'ws.picker.ok' }, { type: 'ws.picker.cancel' });
	for (const serial of ui.picker.options) push({ type: 'ws.picker.select', serial });

	for (const item of ['info', 'certRequest', 'certCheck', 'download'] as const) push({ type: 'cs.menu', item });
	push({ type: 'cs.caInstall' }, { type: 'cs.here' }, { type: 'cs.requestType', kind: 'temporary' }, { type: 'cs.requestType', kind: 'client' }, { type: 'cs.createRequest.ok' });
	for (const r of world.certService.requests) push({ type: 'cs.task.install', requestId: r.id });
	push(
		{ type: 'cs.install' },
		{ type: 'cs.bar.install' },
		{ type: 'cs.bar.menu' },
		{ type: 'cs.bar.installForAllUsers' },
		{ type: 'cs.installScreen.install' },
		{ type: 'cs.installDone.close' },
		{ type: 'cs.addonFailed.close' },
		{ type: 'cs.securityWarning.yes' },
		{ type: 'cs.securityWarning.no' },
		{ type: 'cs.status.ok' },
		{ type: 'cs.done.ok' },
	);
	push({ type: 'ks.login' }, { type: 'ks.change' }, { type: 'ks.logout' }, { type: 'ks.logoutConfirm.ok' }, { type: 'ks.logoutConfirm.cancel' });

	for (const value of typed) {
		push({ type: 'shell.search.input', value }, { type: 'edge.navigate', url: value }, { type: 'edge.addPage.input', value }, { type: 'io.sites.input', value });
		push({ type: 'ws.basicAuth.input', field: 'user', value }, { type: 'ws.basicAuth.input', field: 'password', value });
		for (const field of ['user', 'password', 'current', 'next', 'confirm'] as const) push({ type: 'ks.input', field, value });
	}
	return out;
}

/** What the screen offers now: each event the PC takes, with its control. */
export function onScreen(pc: PcSnapshot, typed: readonly string[] = [], extra: readonly PcEvent[] = []): OnScreen[] {
	const seen = new Set<string>();
	const out: OnScreen[] = [];
	for (const event of allEvents(pc, typed, extra)) {
		const key = JSON.stringify(event);
		if (seen.has(key) || !canPc(pc, event)) continue;
		seen.add(key);
		out.push({ event, control: controlFor(event, pc.context) });
	}
	return out;
}

/**
 * Whether a control on screen now has `target`: `onScreen(…).some(…)` with the same answer, but the
 * PC is asked (the costly part) only about events of a control with that target. The no-dead-ends
 * exploration asks this in every state it reaches.
 */
export function targetOnScreen(pc: PcSnapshot, target: Control['target'], typed: readonly string[] = [], extra: readonly PcEvent[] = []): boolean {
	const wanted = JSON.stringify(target);
	for (const event of allEvents(pc, typed, extra)) {
		let control: Control;
		try {
			control = controlFor(event, pc.context);
		} catch (error) {
			// onScreen names only events the PC takes: an event it would not take has no control to compare.
			if (canPc(pc, event)) throw error;
			continue;
		}
		if (JSON.stringify(control.target) === wanted && canPc(pc, event)) return true;
	}
	return false;
}
