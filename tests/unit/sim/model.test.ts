import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { caName, certServiceHttp, certServiceHttps, lockoutFailures, systemLogin, temporaryCertName } from '../../../src/facts';
import type { PcEvent } from '../../../src/sim/machines/events';
import { certSession } from '../../../src/sim/machines/web';
import { pcInput, pcMachine, type PcSnapshot } from '../../../src/sim/pc';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { openDialogs } from '../../../src/sim/screens';
import { activeTab, ieModeAllowed, isLocked, isValidCert, liveIeModePages, requestCounts } from '../../../src/sim/world/derive';
import { edgeOnSystem } from '../../../src/sim/world/faults';
import { practiceAccount as A } from '../../../src/sim/world/practice-account';
import { build, newPc, readyPc } from '../../../src/sim/world/start';
import { addMinutes, isBefore } from '../../../src/sim/world/time';
import type { World } from '../../../src/sim/world/types';

/**
 * Model-based tests (xstate/graph): from a starting world and a set of things a person can do,
 * every reachable state of the PC is generated, and the invariants below are checked on every
 * state and every transition. Then the shortest paths to a goal are replayed on a live actor
 * (the "real thing") and compared with the model at every step.
 */

const key = (s: PcSnapshot) => JSON.stringify([s.value, s.context]);

function explore(world: World, events: readonly PcEvent[], stopWhen?: (s: PcSnapshot) => boolean, allow: (s: PcSnapshot, e: PcEvent) => boolean = () => true) {
	const wanted = new Set(events.map((e) => JSON.stringify(e)));
	return createTestModel(pcMachine, {
		input: pcInput(world),
		events,
		// Only the events listed (createTestModel would add bare ones for other types); one Edge window at a time.
		filterEvents: (s, e) =>
			wanted.has(JSON.stringify(e)) && !(e.type === 'edge.launch' && s.context.world.edge.windows.length > 0) && allow(s as PcSnapshot, e as PcEvent),
		serializeState: (s) => key(s as PcSnapshot),
		serializeTransition: () => '',
		...(stopWhen ? { stopWhen: (s: PcSnapshot) => stopWhen(s) } : {}),
	});
}

/** Every transition of the model the PC actually takes: (state, event, next state). */
function transitionsOf(model: ReturnType<typeof explore>) {
	const map = model.getAdjacencyMap();
	return Object.values(map)
		.flatMap((v) =>
			Object.values(v.transitions as Record<string, { event: PcEvent; state: PcSnapshot }>).map((t) => ({ from: v.state as PcSnapshot, event: t.event, to: t.state })),
		)
		.filter((t) => t.from.can(t.event));
}

/** Replays a path on a live actor and checks it shows what the model says at every step. */
async function replayOnActor(path: { test: (p: object) => Promise<unknown> }, world: World) {
	const actor = createActor(pcMachine, { input: pcInput(world) });
	actor.start();
	await path.test({
		events: new Proxy({}, { get: () => (step: { event: PcEvent }) => actor.send(step.event) }),
		states: { '*': (state: PcSnapshot) => expect(key(actor.getSnapshot())).toBe(key(state)) },
	});
	actor.stop();
}

/* ---------- Invariants over any state of the PC ---------- */

function invariants(s: PcSnapshot): void {
	const w = s.context.world;
	// No certificate of an office without a request of that office approved by now, issued at approval.
	for (const cert of w.certificates.personal) {
		expect(cert.issuer).toBe(caName.value);
		if (cert.issuedTo === temporaryCertName.value) continue;
		const request = w.certService.requests.find((r) => r.office === cert.issuedTo && r.approvesAt === cert.from);
		expect(request, `certificate ${cert.serial} without an approved request`).toBeDefined();
		expect(isBefore(w.clock, request!.approvesAt)).toBe(false);
	}
	// Every request was made with a temporary certificate this CA issued.
	for (const r of w.certService.requests) expect(w.certificates.personal.some((c) => c.serial === r.madeWith && c.issuedTo === temporaryCertName.value)).toBe(true);
	const tab = activeTab(w);
	// A page of the certificate service only behind a login at that origin.
	if (tab?.page.kind === 'certService') expect(certSession(w)).not.toBeNull();
	// A picker only offers valid certificates of the CA.
	if (openDialogs(s).windowsSecurity?.startsWith('picker')) {
		for (const serial of s.context.ui.picker.options) {
			const cert = w.certificates.personal.find((c) => c.serial === serial)!;
			expect(isValidCert(cert, w.clock)).toBe(true);
		}
	}
	// The install pop-up only in IE mode.
	if (openDialogs(s).certService === 'installBar') expect(tab?.ieMode).toBe(true);
	// The trusted-sites list holds origins only (no /certsrv/).
	for (const site of w.internetOptions.trustedSites) expect(new URL(site).origin).toBe(site);
	// The system's screens only with a client certificate chosen for the session.
	if (tab?.page.kind === 'kanagawa') expect(w.edge.session.tls['www.independence-support-kanagawa.jp']).not.toBeNull();
	// Never more than 2 failures on record: the third locks.
	for (const account of Object.values(w.kanagawa.accounts)) expect(account.failures).toBeLessThan(lockoutFailures.value);
}

/* ---------- The certificate service and Windows セキュリティ (3.18's world) ---------- */

describe('the certificate service with two NacaCertRequesters (3.18)', async () => {
	const lesson = await loadScenario('3-18-multiple-temporary-certificates');
	const world = lesson.start;
	const [first, second] = world.certificates.personal;
	const events: PcEvent[] = [
		{ type: 'edge.navigate', url: certServiceHttps.value },
		{ type: 'ws.picker.more' },
		{ type: 'ws.picker.select', serial: first!.serial },
		{ type: 'ws.picker.select', serial: second!.serial },
		{ type: 'ws.picker.ok' },
		{ type: 'ws.picker.cancel' },
		{ type: 'ws.basicAuth.input', field: 'user', value: A.officeNumber },
		{ type: 'ws.basicAuth.input', field: 'password', value: A.certPassword },
		{ type: 'ws.basicAuth.ok' },
		{ type: 'cs.menu', item: 'certCheck' },
		{ type: 'cs.task.install', requestId: 1 },
		{ type: 'cs.install' },
		{ type: 'cs.done.ok' },
		{ type: 'edge.window.close' },
		{ type: 'edge.launch' },
	];
	const model = explore(world, events);
	const all = transitionsOf(model);

	test('the model explores the dialogs: both pickers, the login, the pages and the install', () => {
		const seen = new Set(all.map((t) => JSON.stringify(openDialogs(t.to))));
		expect([...seen].some((s) => s.includes('picker.expanded'))).toBe(true);
		expect([...seen].some((s) => s.includes('basicAuth'))).toBe(true);
		expect([...seen].some((s) => s.includes('clientDone'))).toBe(true);
		expect(all.length).toBeGreaterThan(100);
	});

	test('no state breaks an invariant (no certificate without an approved request, no page without a login …)', () => {
		for (const t of all) invariants(t.to);
	});

	test('a client certificate is only ever installed in a session opened with the NacaCertRequester of the request', () => {
		for (const t of all) {
			const before = t.from.context.world.certificates.personal.length;
			const installed = t.to.context.world.certificates.personal.slice(before);
			if (installed.length === 0) continue;
			expect(t.to.context.world.edge.session.tls['cert.independence-support-kanagawa.jp']).toBe(first!.serial);
		}
	});

	test('with the second NacaCertRequester chosen, 【発行済み:】 and 【保留中:】 are both 0', () => {
		for (const t of all) {
			const s = certSession(t.to.context.world);
			if (s?.serial === second!.serial) expect(requestCounts(t.to.context.world, A.officeNumber, s.serial)).toEqual({ pending: 0, issued: 0 });
		}
	});

	test('the shortest ways to the client certificate choose the first one under その他, and a live PC agrees step by step', async () => {
		const paths = model.getShortestPaths({ toState: (s) => s.context.world.certificates.personal.some((c) => c.issuedTo === A.officeNumber) });
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) {
			expect(path.steps.map((s) => s.event)).toContainEqual({ type: 'ws.picker.select', serial: first!.serial });
			await replayOnActor(path as never, world);
		}
	});
});

/* ---------- The login and the lockout (3.5) ---------- */

describe('logging in to the かながわシステム: no login while locked', () => {
	const world = build(readyPc(), edgeOnSystem(systemLogin.value, 'login'));
	const events: PcEvent[] = [
		{ type: 'ks.input', field: 'user', value: A.officeNumber },
		{ type: 'ks.input', field: 'password', value: A.newPassword },
		{ type: 'ks.input', field: 'password', value: 'Wrong-Pass1' },
		{ type: 'ks.login' },
		{ type: 'clock.advance', minutes: 10 },
	];
	const end = addMinutes(world.clock, 60);
	const model = explore(world, events, (s) => !isBefore(s.context.world.clock, end));
	const all = transitionsOf(model);

	test('no login succeeds while the account is locked, and every state keeps the invariants', () => {
		let lockedTries = 0;
		for (const t of all) {
			invariants(t.to);
			const account = t.from.context.world.kanagawa.accounts[A.officeNumber]!;
			if (t.event.type !== 'ks.login' || !isLocked(account, t.from.context.world.clock)) continue;
			lockedTries++;
			expect(activeTab(t.to.context.world)?.page).toEqual({ kind: 'kanagawa', screen: 'login' });
			expect(t.to.context.ui.ks.error).toBe('locked');
		}
		expect(lockedTries).toBeGreaterThan(0);
	});

	test('the shortest way to a lockout is three wrong logins in a row', () => {
		const [path] = model.getShortestPaths({ toState: (s) => s.context.world.kanagawa.accounts[A.officeNumber]!.lockedUntil !== null });
		expect(path!.steps.filter((s) => s.event.type === 'ks.login')).toHaveLength(lockoutFailures.value);
	});
});

/* ---------- IE mode (2.2.1, 2.2.2, 3.17) ---------- */

describe('IE mode: no banner without a live IE-mode page and the reload permission', () => {
	const world = newPc();
	const events: PcEvent[] = [
		{ type: 'edge.launch' },
		{ type: 'edge.menu.open' },
		{ type: 'edge.settings.open' },
		{ type: 'edge.settings.page', page: 'defaultBrowser' },
		{ type: 'edge.ieModeReload.set', value: 'allow' },
		{ type: 'edge.ieModeReload.set', value: 'default' },
		{ type: 'edge.restart' },
		{ type: 'edge.ieModePages.add' },
		{ type: 'edge.addPage.input', value: certServiceHttp.value },
		{ type: 'edge.addPage.confirm' },
		{ type: 'edge.navigate', url: certServiceHttp.value },
		{ type: 'edge.window.close' },
		{ type: 'clock.advance', days: 31 },
	];
	const model = explore(
		world,
		events,
		(s) => s.context.world.edge.windows.some((w) => w.tabs.length > 2),
		// Time passes once (31 days), and only once the page has been added.
		(s, e) => e.type !== 'clock.advance' || (s.context.world.clock === world.clock && s.context.world.edge.ieModePages.length > 0),
	);
	const all = transitionsOf(model);

	test('every navigation that shows the banner has reloading allowed (and applied) and a live entry for the address', () => {
		let banners = 0;
		for (const t of all) {
			if (t.event.type !== 'edge.navigate') continue;
			const tab = activeTab(t.to.context.world)!;
			if (!tab.ieMode) continue;
			banners++;
			expect(ieModeAllowed(t.to.context.world)).toBe(true);
			expect(liveIeModePages(t.to.context.world).some((p) => tab.address.startsWith(p.url))).toBe(true);
		}
		expect(banners).toBeGreaterThan(0);
	});

	test('31 days after the page was added, navigating shows no banner until it is added again', () => {
		let checked = 0;
		for (const t of all) {
			const w = t.to.context.world;
			if (t.event.type !== 'edge.navigate' || w.clock === world.clock) continue;
			if (w.edge.ieModePages.every((p) => p.added === world.clock)) {
				checked++;
				expect(activeTab(w)!.ieMode).toBe(false);
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	test('the shortest way to the banner is 2.2.1’s: 許可, 再起動, the page added, then the address', async () => {
		const [path] = model.getShortestPaths({ toState: (s) => activeTab(s.context.world)?.ieMode === true });
		const types = path!.steps.map((s) => s.event.type);
		expect(types).toEqual(expect.arrayContaining(['edge.ieModeReload.set', 'edge.restart', 'edge.addPage.confirm', 'edge.navigate']));
		expect(types.indexOf('edge.restart')).toBeGreaterThan(types.indexOf('edge.ieModeReload.set'));
		await replayOnActor(path as never, world);
	});
});

/* ---------- Internet Options (3.1) ---------- */

describe('Internet Options from 3.1’s fault world', async () => {
	const lesson = await loadScenario('3-1-naraclientcontrol-cannot-install');
	const { startPc, stepPc } = await import('../../../src/sim/pc');
	const { activeXAllowed, trustedSiteEntry } = await import('../../../src/sim/world/derive');
	const opened = [
		{ type: 'shell.search.open' },
		{ type: 'shell.search.input', value: 'インターネット オプション' },
		{ type: 'shell.search.choose', app: 'internetOptions' },
	] as PcEvent[];
	const fromState = opened.reduce(stepPc, startPc(lesson.start));
	const events: PcEvent[] = [
		{ type: 'io.tab', tab: 'security' },
		{ type: 'io.tab', tab: 'advanced' },
		{ type: 'io.zone', zone: 'trusted' },
		{ type: 'io.customLevel.open' },
		{ type: 'io.customLevel.set', setting: 'activeScripting', value: 'enable' },
		{ type: 'io.customLevel.set', setting: 'scriptSafeActiveX', value: 'enable' },
		{ type: 'io.customLevel.set', setting: 'runActiveX', value: 'enable' },
		{ type: 'io.customLevel.ok' },
		{ type: 'io.customLevel.cancel' },
		{ type: 'io.advanced.set', option: 'enhancedProtectedMode', checked: false },
		{ type: 'io.apply' },
		{ type: 'io.ok' },
		{ type: 'io.cancel' },
	];
	const wanted = new Set(events.map((e) => JSON.stringify(e)));
	const model = createTestModel(pcMachine, {
		fromState,
		events,
		filterEvents: (_s, e) => wanted.has(JSON.stringify(e)),
		serializeState: (s) => key(s as PcSnapshot),
		serializeTransition: () => '',
	});
	const all = transitionsOf(model as never);
	const http = trustedSiteEntry(certServiceHttp.value)!;

	test('[キャンセル] commits nothing: neither a custom level nor an advanced option', () => {
		for (const t of all) {
			if (t.event.type === 'io.customLevel.cancel' || t.event.type === 'io.cancel') {
				expect(t.to.context.world.internetOptions).toEqual(t.from.context.world.internetOptions);
			}
		}
	});

	test('the shortest way to let the add-on run sets 3.1’s three levels with [OK] and unticks enhanced protected mode with [適用] or [OK]', () => {
		const [path] = model.getShortestPaths({ toState: (s) => activeXAllowed(s.context.world, http) });
		const steps = path!.steps.map((s) => JSON.stringify(s.event));
		for (const setting of ['activeScripting', 'scriptSafeActiveX', 'runActiveX']) expect(steps.join()).toContain(setting);
		expect(steps.join()).toContain('enhancedProtectedMode');
		expect(steps.join()).toContain('io.customLevel.ok');
	});
});
