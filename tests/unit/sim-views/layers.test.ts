import { describe, expect, test } from 'vitest';
import { layout, needsAccount } from '../../../src/components/sim/layers';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { playSteps } from '../../../src/sim/scenarios/define';
import type { Scenario } from '../../../src/sim/scenarios/types';

/** The PC before the first step whose event has this type. */
function before(scenario: Scenario, type: string) {
	const i = scenario.steps.findIndex((s) => s.kind === 'action' && s.event.type === type);
	if (i < 0) throw new Error(`${scenario.id} has no ${type}`);
	return playSteps(scenario)[i]!;
}

describe('what the screen shows, bottom to top', () => {
	test('a new PC: the desktop alone, nothing modal', async () => {
		const s = await loadScenario('2-2-1-ie-mode');
		expect(layout(playSteps(s)[0]!)).toEqual({ windows: [], dialogs: [], shell: null, edgePopup: null, modalFrom: -1 });
	});
	test('Internet Options is a window of its own (the browser stays usable); 信頼済みサイト is modal over it', async () => {
		const s = await loadScenario('2-2-1-ie-mode');
		const io = layout(before(s, 'io.sites.open'));
		expect(io.windows).toEqual(['edge']);
		expect(io.dialogs).toEqual([{ kind: 'internetOptions', state: 'open.security', modal: false }]);
		expect(io.modalFrom).toBe(-1);
		const sites = layout(before(s, 'io.sites.input'));
		expect(sites.dialogs.map((d) => d.kind)).toEqual(['internetOptions', 'trustedSites']);
		expect(sites.modalFrom).toBe(1);
	});
	test('the login dialog blocks the browser beneath; the practice account is shown beside it', async () => {
		const s = await loadScenario('2-2-2-naraclientcontrol');
		const pc = before(s, 'ws.basicAuth.input');
		expect(layout(pc).dialogs).toEqual([{ kind: 'basicAuth', state: 'basicAuth', modal: true }]);
		expect(needsAccount(pc)).toBe('certService');
		expect(needsAccount(playSteps(s)[0]!)).toBeNull();
	});
	test('pop-ups of the taskbar and of Edge', async () => {
		const search = await loadScenario('3-9-login-dialog-missing');
		expect(layout(before(search, 'shell.search.input')).shell).toBe('search');
		const ie = await loadScenario('2-2-1-ie-mode');
		expect(layout(before(ie, 'edge.settings.open')).edgePopup).toBe('menu');
	});
	test('the system\'s login and AA041 ask for a password', async () => {
		const s = await loadScenario('2-3-1-change-password');
		expect(needsAccount(before(s, 'ks.login'))).toBe('system');
		expect(needsAccount(before(s, 'ks.change'))).toBe('system');
	});
});
