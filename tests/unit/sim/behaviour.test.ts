import { describe, expect, test } from 'vitest';
import {
	addonName,
	certServiceHttp,
	certServiceHttps,
	minEdgeVersion,
	savedCredentialTarget,
	systemLogin,
	trustedSiteHttp,
	trustedSiteHttps,
} from '../../../src/facts';
import type { PcEvent } from '../../../src/sim/machines/events';
import { canPc, startPc, stepPc } from '../../../src/sim/pc';
import { openDialogs } from '../../../src/sim/screens';
import { majorVersion, requestCounts } from '../../../src/sim/world/derive';
import { edgeOnSystem, javascriptOff, mistypedLoginUrl, oldEdge, zoneSettingsMissing } from '../../../src/sim/world/faults';
import { practiceAccount as A, secondPracticeAccount as B } from '../../../src/sim/world/practice-account';
import {
	addonInstalled,
	build,
	credentialSaved,
	edgeOpen,
	ieModeSetUp,
	newPc,
	readyPc,
	rootCertInstalled,
	temporaryCertInstalled,
} from '../../../src/sim/world/start';
import type { World } from '../../../src/sim/world/types';
import { play, tab } from './helpers';

const launch: PcEvent = { type: 'edge.launch' };
const go = (url: string): PcEvent => ({ type: 'edge.navigate', url });
const certLogin = (a = A): PcEvent[] => [
	{ type: 'ws.basicAuth.input', field: 'user', value: a.officeNumber },
	{ type: 'ws.basicAuth.input', field: 'password', value: a.certPassword },
	{ type: 'ws.basicAuth.ok' },
];
const toCaInstall: PcEvent[] = [{ type: 'cs.menu', item: 'download' }, { type: 'cs.caInstall' }];
const certReady = build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled);

describe('Edge and IE mode (2.2.1, 2.2.2, 3.17)', () => {
	test('without 2.2.1 there is no IE-mode banner, so [こちらを] brings no install pop-up', () => {
		const pc = play(newPc(), [launch, go(certServiceHttp.value), ...certLogin(), ...toCaInstall, { type: 'cs.here' }]);
		expect(tab(pc)?.ieMode).toBe(false);
		expect(tab(pc)?.page).toEqual({ kind: 'certService', view: 'addonPreparing' });
		expect(openDialogs(pc).certService).toBeNull();
	});

	test('許可 chosen but Edge not restarted: still no IE mode, and [再起動] is offered', () => {
		const pc = play(newPc(), [
			launch,
			{ type: 'edge.menu.open' },
			{ type: 'edge.settings.open' },
			{ type: 'edge.settings.page', page: 'defaultBrowser' },
			{ type: 'edge.ieModeReload.set', value: 'allow' },
			{ type: 'edge.ieModePages.add' },
			{ type: 'edge.addPage.input', value: certServiceHttp.value },
			{ type: 'edge.addPage.confirm' },
		]);
		expect(canPc(pc, { type: 'edge.restart' })).toBe(true);
		expect(tab(play(pc, [{ type: 'edge.tab.new' }, go(certServiceHttp.value)]))?.ieMode).toBe(false);
		expect(tab(play(pc, [{ type: 'edge.restart' }, { type: 'edge.tab.new' }, go(certServiceHttp.value)]))?.ieMode).toBe(true);
	});

	test('an address that is not the entry (a mistyped path) gets no IE mode', () => {
		const pc = play(build(newPc(), ieModeSetUp, edgeOpen), [go(certServiceHttp.value.replace('certsrv', 'certsvr'))]);
		expect(tab(pc)?.ieMode).toBe(false);
		expect(tab(pc)?.page).toEqual({ kind: 'notFound' });
	});

	test('the trusted-sites list shows the host only, and refuses http while https is required', () => {
		const open: PcEvent[] = [
			{ type: 'shell.search.open' },
			{ type: 'shell.search.input', value: 'インターネット' },
			{ type: 'shell.search.choose', app: 'internetOptions' },
			{ type: 'io.tab', tab: 'security' },
			{ type: 'io.zone', zone: 'trusted' },
			{ type: 'io.sites.open' },
		];
		const refused = play(newPc(), [...open, { type: 'io.sites.input', value: certServiceHttp.value }, { type: 'io.sites.add' }]);
		expect(refused.context.world.internetOptions.trustedSites).toEqual([]);
		expect(refused.context.ui.io.siteError).toBe('httpsRequired');
		const added = play(refused, [
			{ type: 'io.sites.input', value: certServiceHttps.value },
			{ type: 'io.sites.add' },
			{ type: 'io.sites.input', value: certServiceHttp.value },
			{ type: 'io.sites.requireHttps', checked: false },
			{ type: 'io.sites.add' },
		]);
		expect(added.context.world.internetOptions.trustedSites).toEqual([trustedSiteHttp.value, trustedSiteHttps.value]);
	});
});

describe('NaRAClientControl (2.2.2, 3.1)', () => {
	test('with 2.2.1 done, the install pop-up appears and the add-on installs', () => {
		const pc = play(build(newPc(), ieModeSetUp), [
			launch,
			go(certServiceHttp.value),
			...certLogin(),
			...toCaInstall,
			{ type: 'cs.here' },
			{ type: 'cs.bar.menu' },
			{ type: 'cs.bar.installForAllUsers' },
			{ type: 'cs.installScreen.install' },
			{ type: 'cs.installDone.close' },
		]);
		expect(pc.context.world.addons).toContain(addonName.value);
		expect(tab(pc)?.page).toEqual({ kind: 'certService', view: 'caInstall' });
	});

	test('with 3.1’s zone settings missing, [インストール] answers 「アドオンが実行できませんでした」', () => {
		const pc = play(build(newPc(), ieModeSetUp, zoneSettingsMissing), [launch, go(certServiceHttp.value), ...certLogin(), ...toCaInstall, { type: 'cs.here' }, { type: 'cs.bar.install' }]);
		expect(openDialogs(pc).certService).toBe('addonFailed');
		expect(pc.context.world.addons).toEqual([]);
	});
});

describe('the login dialog and saved credentials (2.2.2 step 3, 3.9)', () => {
	test('a wrong password brings the dialog back; the system password is not the certificate password', () => {
		const pc = play(certReady, [
			launch,
			go(certServiceHttps.value),
			{ type: 'ws.basicAuth.input', field: 'user', value: A.officeNumber },
			{ type: 'ws.basicAuth.input', field: 'password', value: A.temporaryPassword },
			{ type: 'ws.basicAuth.ok' },
		]);
		expect(openDialogs(pc).windowsSecurity).toBe('basicAuth');
		expect(pc.context.ui.basicAuth.failed).toBe(true);
	});

	test('ticking 資格情報を記憶する saves the credential; next time there is no login dialog', () => {
		const first = play(certReady, [
			launch,
			go(certServiceHttps.value),
			...certLogin().slice(0, 2),
			{ type: 'ws.basicAuth.remember', checked: true },
			{ type: 'ws.basicAuth.ok' },
			{ type: 'edge.window.close' },
		]);
		expect(first.context.world.credentials.map((c) => c.target)).toEqual([savedCredentialTarget.value]);
		const next = play(first, [launch, go(certServiceHttps.value)]);
		expect(openDialogs(next).windowsSecurity).toBeNull();
		expect(tab(next)?.page).toEqual({ kind: 'certService', view: 'info' });
	});

	test('with a saved credential, a second office cannot log in: the service opens as the saved one (3.9, 3.10)', () => {
		const w = build(newPc({ accounts: [A, B] }), ieModeSetUp, addonInstalled, rootCertInstalled, credentialSaved(A));
		const pc = play(w, [launch, go(certServiceHttps.value)]);
		expect(pc.context.world.edge.session.auth).toEqual({ 'https://cert.independence-support-kanagawa.jp': A.officeNumber });
		expect(canPc(pc, { type: 'ws.basicAuth.input', field: 'user', value: B.officeNumber })).toBe(false);
	});
});

describe('temporary certificates and requests (2.2.4, 3.18)', () => {
	/** A request made with the first NacaCertRequester, then a second one installed. */
	function twoTemporaryCerts(): World {
		const first = play(build(certReady, edgeOpen), [
			go(certServiceHttps.value),
			...certLogin(),
			{ type: 'cs.menu', item: 'certRequest' },
			{ type: 'cs.createRequest.ok' },
			{ type: 'cs.done.ok' },
			{ type: 'edge.window.close' },
			launch,
			go(certServiceHttps.value),
			{ type: 'ws.picker.ok' },
			...certLogin(),
			{ type: 'cs.menu', item: 'certRequest' },
			{ type: 'cs.requestType', kind: 'client' },
			{ type: 'cs.createRequest.ok' },
			{ type: 'cs.status.ok' },
			{ type: 'cs.menu', item: 'certRequest' },
			{ type: 'cs.requestType', kind: 'temporary' },
			{ type: 'cs.createRequest.ok' },
			{ type: 'cs.done.ok' },
			{ type: 'edge.window.close' },
			{ type: 'clock.advance', days: 3 },
			launch,
		]);
		return first.context.world;
	}

	test('the picker selects the newest; その他 lists them newest on top, the first installed at the bottom', () => {
		const w = twoTemporaryCerts();
		const [first, second] = w.certificates.personal;
		const pc = play(w, [go(certServiceHttps.value), { type: 'ws.picker.more' }]);
		expect(pc.context.ui.picker.options).toEqual([second!.serial, first!.serial]);
		expect(pc.context.ui.picker.selected).toBe(second!.serial);
	});

	test('the wrong NacaCertRequester shows 発行済み 0 件 and 保留中 0 件; the one used for the request shows 1', () => {
		const w = twoTemporaryCerts();
		const [first] = w.certificates.personal;
		const wrong = play(w, [go(certServiceHttps.value), { type: 'ws.picker.ok' }, ...certLogin()]);
		const s = wrong.context.world.edge.session.tls['cert.independence-support-kanagawa.jp'];
		expect(requestCounts(wrong.context.world, A.officeNumber, s)).toEqual({ pending: 0, issued: 0 });
		const right = play(w, [go(certServiceHttps.value), { type: 'ws.picker.more' }, { type: 'ws.picker.select', serial: first!.serial }, { type: 'ws.picker.ok' }, ...certLogin()]);
		expect(requestCounts(right.context.world, A.officeNumber, first!.serial)).toEqual({ pending: 0, issued: 1 });
	});

	test('typing http in 2.2.4 changes what follows: no picker, and 証明書要求 only offers a new temporary certificate', () => {
		const w = build(certReady, temporaryCertInstalled, edgeOpen);
		const pc = play(w, [go(certServiceHttp.value), ...certLogin(), { type: 'cs.menu', item: 'certRequest' }]);
		expect(tab(pc)?.page).toEqual({ kind: 'certService', view: 'createTemporary' });
		expect(canPc(pc, { type: 'cs.requestType', kind: 'client' })).toBe(false);
	});

	test('closing only one of two windows keeps the browser session: the picker does not come back (3.12)', () => {
		const w = build(certReady, temporaryCertInstalled, edgeOpen);
		const pc = play(w, [launch, go(certServiceHttps.value), { type: 'ws.picker.ok' }, ...certLogin(), { type: 'edge.window.close' }, go(certServiceHttps.value)]);
		expect(openDialogs(pc).windowsSecurity).toBeNull();
		const all = play(pc, [{ type: 'edge.window.close' }, launch, go(certServiceHttps.value)]);
		expect(openDialogs(all).windowsSecurity).toBe('picker.collapsed');
	});
});

describe('the かながわシステム (2.3.1, 2.3.2, 3.4, 3.11)', () => {
	const onLogin = build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled, temporaryCertInstalled, edgeOnSystem(systemLogin.value, 'login'));

	test('a mistyped path gives Not Found (3.11)', () => {
		const pc = play(build(readyPc(), edgeOpen), [go(mistypedLoginUrl), { type: 'ws.picker.ok' }]);
		expect(tab(pc)?.page).toEqual({ kind: 'notFound' });
	});

	test('AA041 keeps the password policy: too weak, not confirmed, or a wrong current password are refused', () => {
		const aa041 = play(onLogin, [
			{ type: 'ks.input', field: 'user', value: A.officeNumber },
			{ type: 'ks.input', field: 'password', value: A.temporaryPassword },
			{ type: 'ks.login' },
		]);
		expect(tab(aa041)?.page).toEqual({ kind: 'kanagawa', screen: 'aa041' });
		const change = (current: string, next: string, confirm: string): PcEvent[] => [
			{ type: 'ks.input', field: 'current', value: current },
			{ type: 'ks.input', field: 'next', value: next },
			{ type: 'ks.input', field: 'confirm', value: confirm },
			{ type: 'ks.change' },
		];
		expect(play(aa041, change(A.temporaryPassword, 'abcdefgh', 'abcdefgh')).context.ui.ks.error).toBe('policy');
		expect(play(aa041, change(A.temporaryPassword, A.newPassword, `${A.newPassword}x`)).context.ui.ks.error).toBe('confirmMismatch');
		expect(play(aa041, change('nope', A.newPassword, A.newPassword)).context.ui.ks.error).toBe('currentWrong');
		const done = play(aa041, change(A.temporaryPassword, A.newPassword, A.newPassword));
		expect(tab(done)?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
		expect(done.context.world.kanagawa.accounts[A.officeNumber]?.password).toEqual({ kind: 'real', value: A.newPassword, changedAt: onLogin.clock });
	});

	test('a favourite saved after login leads to 「不正操作が行われたためログアウトしました。」; one of the login screen works', () => {
		const portal = build(readyPc(), edgeOnSystem(systemLogin.value, 'portal'));
		const pc = play(portal, [
			{ type: 'edge.favorite.add' },
			{ type: 'edge.favorite.done' },
			{ type: 'edge.favorites.open' },
			{ type: 'edge.favorites.go', index: 0 },
		]);
		expect(tab(pc)?.page).toEqual({ kind: 'kanagawa', screen: 'forcedLogout' });
		const login = build(readyPc(), edgeOnSystem(systemLogin.value, 'login'));
		const ok = play(login, [{ type: 'edge.favorite.add' }, { type: 'edge.favorite.done' }, { type: 'edge.favorites.open' }, { type: 'edge.favorites.go', index: 0 }]);
		expect(tab(ok)?.page).toEqual({ kind: 'kanagawa', screen: 'login' });
	});

	test('without JavaScript the login button does nothing (3.4)', () => {
		const pc = startPc(build(readyPc(), javascriptOff, edgeOnSystem(systemLogin.value, 'login')));
		expect(canPc(pc, { type: 'ks.login' })).toBe(false);
	});

	test('logout asks 「ログアウトします。よろしいですか?」 first; キャンセル stays on the portal', () => {
		const portal = startPc(build(readyPc(), edgeOnSystem(systemLogin.value, 'portal')));
		const asked = stepPc(portal, { type: 'ks.logout' });
		expect(openDialogs(asked).kanagawa).toBe('logoutConfirm');
		expect(tab(stepPc(asked, { type: 'ks.logoutConfirm.cancel' }))?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
		expect(tab(stepPc(asked, { type: 'ks.logoutConfirm.ok' }))?.page).toEqual({ kind: 'kanagawa', screen: 'loggedOut' });
	});

	test('with no valid certificate the system cannot be reached (3.2’s screen)', () => {
		const pc = play(build(newPc(), edgeOpen), [go(systemLogin.value)]);
		expect(tab(pc)?.page).toEqual({ kind: 'certError' });
	});
});

describe('Edge versions (1.1, 1.2.1)', () => {
	test('an old Edge shows its version below 105 and updates with [再起動] on the about page', () => {
		const pc = play(build(newPc(), oldEdge), [launch, { type: 'edge.menu.open' }, { type: 'edge.settings.open' }, { type: 'edge.settings.page', page: 'about' }]);
		expect(majorVersion(pc.context.world.edge.version)).toBeLessThan(minEdgeVersion.value);
		const updated = play(pc, [{ type: 'edge.restart' }]);
		expect(majorVersion(updated.context.world.edge.version)).toBeGreaterThanOrEqual(minEdgeVersion.value);
	});
});

describe('the world is plain data', () => {
	test.each([
		['a new PC', newPc()],
		['a new Windows 11 PC', newPc({ os: 'Windows 11' })],
		['a PC after chapter 2', readyPc()],
	] as const)('%s survives a JSON round trip, and the PC behaves the same from the copy', (_name, world) => {
		const copy = JSON.parse(JSON.stringify(world)) as World;
		expect(copy).toEqual(world);
		const events: PcEvent[] = [launch, go(systemLogin.value)];
		const a = events.reduce((s, e) => stepPc(s, e), startPc(world));
		const b = events.reduce((s, e) => stepPc(s, e), startPc(copy));
		expect(JSON.stringify(b.context)).toBe(JSON.stringify(a.context));
	});

	test('a PC snapshot’s context survives a JSON round trip mid-lesson', () => {
		const pc = play(certReady, [launch, go(certServiceHttps.value), ...certLogin()]);
		expect(JSON.parse(JSON.stringify(pc.context))).toEqual(pc.context);
	});
});
