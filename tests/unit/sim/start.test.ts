import { describe, expect, test } from 'vitest';
import { canPc, startPc, stepPc } from '../../../src/sim/pc';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import type { Scenario } from '../../../src/sim/scenarios/types';
import { addonInstalled, build, ieModeSetUp, newPc, rootCertInstalled } from '../../../src/sim/world/start';
import type { World } from '../../../src/sim/world/types';
import { minEdgeVersion } from '../../../src/facts';
import { majorVersion } from '../../../src/sim/world/derive';

/**
 * The starting worlds of later lessons are written as "what a procedure leaves behind"
 * (start.ts). Each must be what playing that procedure actually leaves, so a lesson starts
 * where the previous one really ended.
 */
function after(scenario: Scenario): World {
	let pc = startPc(scenario.start);
	for (const step of scenario.steps) if (step.kind === 'action' && canPc(pc, step.event)) pc = stepPc(pc, step.event);
	return pc.context.world;
}

/** The lasting part of a world: settings, stores and servers, not the open windows or the clock. */
function lasting(w: World) {
	const { windows: _w, session: _s, ...edge } = w.edge;
	const { clock: _c, edge: _e, ...rest } = w;
	return { ...rest, edge: { ...edge, ieModePages: edge.ieModePages.map((p) => p.url) } };
}

describe('what a procedure leaves behind', () => {
	test('a new PC meets 1.1: Windows 10 or 11, Edge 105 or later, JavaScript on, nothing set up', () => {
		for (const w of [newPc(), newPc({ os: 'Windows 11' })]) {
			expect(['Windows 10', 'Windows 11']).toContain(w.os);
			expect(majorVersion(w.edge.version)).toBeGreaterThanOrEqual(minEdgeVersion.value);
			expect(w.edge.javascript).toBe(true);
			expect([w.addons, w.certificates.personal, w.certificates.trustedRoots, w.edge.ieModePages, w.credentials]).toEqual([[], [], [], [], []]);
		}
	});

	test('2.2.1 leaves ieModeSetUp', async () => {
		expect(lasting(after(await loadScenario('2-2-1-ie-mode')))).toEqual(lasting(build(newPc(), ieModeSetUp)));
	});

	test('2.2.2 leaves addonInstalled', async () => {
		expect(lasting(after(await loadScenario('2-2-2-naraclientcontrol')))).toEqual(lasting(build(newPc(), ieModeSetUp, addonInstalled)));
	});

	test('2.2.3 leaves rootCertInstalled', async () => {
		expect(lasting(after(await loadScenario('2-2-3-root-certificate')))).toEqual(lasting(build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled)));
	});

	test('2.2.4 leaves a temporary and a client certificate, and the request made with the temporary one', async () => {
		const w = after(await loadScenario('2-2-4-client-certificate'));
		const [temp, client] = w.certificates.personal;
		expect(temp?.issuedTo).toBe('NacaCertRequester');
		expect(client?.issuedTo).toBe('1419000001');
		expect(w.certService.requests).toEqual([expect.objectContaining({ office: '1419000001', madeWith: temp!.serial })]);
		expect(client?.from).toBe(w.certService.requests[0]!.approvesAt);
	});
});
