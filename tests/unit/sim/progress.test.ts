import { describe, expect, test } from 'vitest';
import { checkPassword } from '../../../src/tools/password-check';
import type { PcEvent } from '../../../src/sim/machines/events';
import { redactSecrets, restoreTrainer, saveTrainer, type SavedProgress } from '../../../src/sim/progress';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, createTrainer, currentStep, progressKey, startContext, stepStatuses, type TrainerContext } from '../../../src/sim/trainer';
import { practiceAccount as A } from '../../../src/sim/world/practice-account';

const changePassword = await loadScenario('2-3-1-change-password');
const ieMode = await loadScenario('2-2-1-ie-mode');

function follow(ctx: TrainerContext, n: number): TrainerContext {
	let c = ctx;
	for (let i = 0; i < n; i++) {
		const step = currentStep(c);
		if (step?.kind !== 'action') break;
		c = act(c, step.event);
	}
	return c;
}

describe('saved progress: snapshot → JSON → restore', () => {
	test('a lesson saved mid-way resumes at the same step, with the same PC and the same records', () => {
		let ctx = follow(startContext(ieMode, 'practice'), 6);
		ctx = act(ctx, { type: 'edge.tab.new' });
		const restored = restoreTrainer(saveTrainer(ctx), ieMode);
		expect(restored.ok).toBe(true);
		if (!restored.ok) return;
		expect(restored.context.index).toBe(ctx.index);
		expect(restored.context.steps).toEqual(ctx.steps);
		expect(stepStatuses(restored.context)).toEqual(stepStatuses(ctx));
		expect(progressKey(restored.context.pc)).toBe(progressKey(ctx.pc));
		expect(restored.context.pc.value).toEqual(ctx.pc.value);
	});

	test('the trainer actor resumes from a restored context and carries on', () => {
		const saved = saveTrainer(follow(startContext(ieMode, 'practice'), 3));
		const restored = restoreTrainer(saved, ieMode);
		if (!restored.ok) throw new Error(restored.reason);
		const actor = createTrainer(ieMode, 'practice', restored.context);
		actor.start();
		expect(actor.getSnapshot().value).toBe('practice');
		const step = currentStep(actor.getSnapshot().context)!;
		if (step.kind === 'action') actor.send({ type: 'act', event: step.event });
		expect(actor.getSnapshot().context.index).toBe(4);
		actor.stop();
	});

	test.each<[string, (s: SavedProgress) => unknown]>([
		['not JSON', () => '{'],
		['another lesson', (s) => ({ ...s, scenario: '2-2-2-naraclientcontrol' })],
		['another version', (s) => ({ ...s, v: 99 })],
		['a step list of another length', (s) => ({ ...s, steps: s.steps.slice(1) })],
		['an index past the end', (s) => ({ ...s, index: 1000 })],
		['a negative count', (s) => ({ ...s, steps: s.steps.map((x, i) => (i === 0 ? { ...x, mistakes: -1 } : x)) })],
		['an event the PC cannot take', (s) => ({ ...s, log: [{ type: 'io.ok' }, ...s.log] })],
		['an unknown mode', (s) => ({ ...s, mode: 'exam' })],
	])('refuses progress with %s, and says why', (_name, spoil) => {
		const saved = JSON.parse(saveTrainer(follow(startContext(ieMode, 'practice'), 3))) as SavedProgress;
		const spoiled = spoil(saved);
		const result = restoreTrainer(typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled), ieMode);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).not.toBe('');
	});
});

describe('typed passwords are never saved', () => {
	test('practice passwords stay; others become stand-ins that behave the same', () => {
		const log: PcEvent[] = [
			{ type: 'ks.input', field: 'password', value: A.temporaryPassword },
			{ type: 'ks.input', field: 'next', value: 'MyOwn-Secret9' },
			{ type: 'ks.input', field: 'confirm', value: 'MyOwn-Secret9' },
			{ type: 'ks.input', field: 'password', value: 'short' },
			{ type: 'ks.input', field: 'user', value: A.officeNumber },
		];
		const out = redactSecrets(log) as { value: string }[];
		expect(out[0]!.value).toBe(A.temporaryPassword);
		expect(out[1]!.value).not.toBe('MyOwn-Secret9');
		expect(out[2]!.value).toBe(out[1]!.value);
		expect(checkPassword(out[1]!.value).ok).toBe(true);
		expect(checkPassword(out[3]!.value).ok).toBe(false);
		expect(out[4]!.value).toBe(A.officeNumber);
		expect(JSON.stringify(out)).not.toContain('Secret');
	});

	test('a learner who chose their own new password resumes logged in, and nothing of it is in the JSON', () => {
		let ctx = startContext(changePassword, 'practice');
		while (currentStep(ctx)?.anchor !== 'step-10') {
			const step = currentStep(ctx)!;
			ctx = step.kind === 'action' ? act(ctx, step.event) : ctx;
		}
		for (const e of [
			{ type: 'ks.input', field: 'current', value: A.temporaryPassword },
			{ type: 'ks.input', field: 'next', value: 'Mine-Only42' },
			{ type: 'ks.input', field: 'confirm', value: 'Mine-Only42' },
			{ type: 'ks.change' },
		] as PcEvent[]) ctx = act(ctx, e);
		const json = saveTrainer(ctx);
		expect(json).not.toContain('Mine-Only42');
		const restored = restoreTrainer(json, changePassword);
		if (!restored.ok) throw new Error(restored.reason);
		const page = restored.context.pc.context.world.edge.windows.at(-1)!.tabs.at(-1)!.page;
		expect(page).toEqual({ kind: 'kanagawa', screen: 'portal' });
		expect(restored.context.pc.context.world.kanagawa.accounts[A.officeNumber]!.password.kind).toBe('real');
	});
});
