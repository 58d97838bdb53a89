import { describe, expect, test } from 'vitest';
import type { PcEvent } from '../../../src/sim/machines/events';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, answer, currentStep, score, startContext, type Mode, type TrainerContext } from '../../../src/sim/trainer';

/**
 * Issue 16 points 1 and 5: what the manual does not ask may be done or not, and a route that
 * brings the PC where the manual's step does counts as that step.
 */

/** Does the lesson's own steps, leaving out those `skip` names, and sends `extra` before step `at`. */
function play(ctx: TrainerContext, skip: (e: PcEvent) => boolean, extra: { at: (e: PcEvent) => boolean; events: readonly PcEvent[] } | null = null): TrainerContext {
	let c = ctx;
	let sent = false;
	for (const step of ctx.scenario.steps) {
		// An active check (2.2.2's IE-mode message): answered as the screen shows.
		if (step.kind === 'check' && step.ask && currentStep(c) === step) c = answer(c, step.ask.right);
		if (step.kind !== 'action' || skip(step.event)) continue;
		if (extra && !sent && extra.at(step.event)) {
			for (const e of extra.events) c = act(c, e);
			sent = true;
		}
		c = act(c, step.event);
	}
	return c;
}

const modes: readonly Mode[] = ['practice', 'test'];

describe('a message the section does not name may be left (point 1)', () => {
	test.each(modes)('3.1: 「アドオンが実行できませんでした」 left open; the browser’s [×] closes it with the window (%s)', async (mode) => {
		const lesson = await loadScenario('3-1-naraclientcontrol-cannot-install');
		const ctx = play(startContext(lesson, mode), (e) => e.type === 'cs.addonFailed.close');
		expect(ctx.finished).toBe(true);
		expect(ctx.steps.every((s) => s.mistakes === 0)).toBe(true);
		if (mode === 'test') expect(score(ctx).mistakes).toBe(0);
	});
});

/** Does the lesson's own steps until `until` holds for the current step. */
function until(ctx: TrainerContext, at: (c: TrainerContext) => boolean): TrainerContext {
	let c = ctx;
	while (!at(c)) {
		const step = currentStep(c);
		if (!step) throw new Error('ran out of steps');
		c = step.kind === 'action' ? act(c, step.event) : c;
		if (step.kind === 'check') throw new Error(`a check in the way: ${step.text}`);
	}
	return c;
}

/** The rest of the lesson's own steps. */
function finish(ctx: TrainerContext): TrainerContext {
	let c = ctx;
	for (let step = currentStep(c); step?.kind === 'action'; step = currentStep(c)) c = act(c, step.event);
	return c;
}

describe('other routes count (point 5)', () => {
	test.each(modes)('1.2.2 in the journey: [Cookie とサイトのアクセス許可] chosen in the settings 1.2.1 left open does steps 1–3 (%s)', async (mode) => {
		const journey = await loadScenario('journey');
		let ctx = startContext(journey, mode);
		// 1.2.1, its check answered as the screen shows.
		ctx = until(ctx, (c) => currentStep(c)?.kind === 'check');
		const check = currentStep(ctx)!;
		if (check.kind === 'check' && check.ask) ctx = answer(ctx, check.ask.right);
		expect(currentStep(ctx)).toMatchObject({ section: '1.2.2', event: { type: 'edge.menu.open' } });
		const direct = act(ctx, { type: 'edge.settings.page', page: 'cookies' });
		expect(direct.feedback).toEqual({ kind: 'advanced' });
		expect(currentStep(direct)).toMatchObject({ section: '1.2.2', event: { type: 'edge.settings.page', page: 'javascript' } });
		expect(direct.steps.slice(ctx.index, direct.index).every((s) => s.status === 'done' && s.mistakes === 0)).toBe(true);
	});

	test('the way there is skipped only when its screen is up: [Cookie …] with no settings open is not taken for it', async () => {
		const lesson = await loadScenario('1-2-2-javascript');
		const ctx = act(startContext(lesson, 'practice'), { type: 'edge.launch' });
		const tried = act(ctx, { type: 'edge.settings.page', page: 'cookies' });
		expect(tried.index).toBe(ctx.index);
		expect(tried.feedback?.kind).not.toBe('advanced');
	});

	test.each(modes)('3.9: Control Panel closed before the browser is no mistake, and the lesson completes (%s)', async (mode) => {
		const lesson = await loadScenario('3-9-login-dialog-missing');
		let ctx = until(startContext(lesson, mode), (c) => {
			const s = currentStep(c);
			return s?.kind === 'action' && s.event.type === 'edge.window.close';
		});
		ctx = act(ctx, { type: 'cp.close' });
		expect(ctx.feedback?.kind).not.toBe('mistake');
		expect(ctx.pc.context.world.edge.windows.length).toBeGreaterThan(0);
		ctx = finish(ctx);
		expect(ctx.finished).toBe(true);
		expect(ctx.steps.every((s) => s.mistakes === 0)).toBe(true);
	});

	test('closing what the current step needs is not taken for harmless (Control Panel before its [資格情報の管理]: back to step 1)', async () => {
		const lesson = await loadScenario('3-9-login-dialog-missing');
		const ctx = until(startContext(lesson, 'test'), (c) => {
			const s = currentStep(c);
			return s?.kind === 'action' && s.event.type === 'cp.manageCredentials';
		});
		const closed = act(ctx, { type: 'cp.close' });
		expect(closed.feedback).toEqual({ kind: 'backOnPath', to: 0 });
		expect(closed.steps.slice(0, ctx.index).every((s) => s.status === 'redo')).toBe(true);
	});
});
