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

describe('time from performance.now() (fractions of a millisecond)', () => {
	test('a trainer timed with fractional times is saved in whole milliseconds and restored', () => {
		const actor = createTrainer(ieMode, 'practice');
		actor.start();
		const times = [1_000.25, 2_345.678, 3_999.9];
		for (const [i, at] of times.entries()) {
			const step = currentStep(actor.getSnapshot().context)!;
			if (step.kind === 'action') actor.send({ type: 'act', event: step.event, at });
			expect(actor.getSnapshot().context.index, `step ${i + 1}`).toBe(i + 1);
		}
		const ctx = actor.getSnapshot().context;
		actor.stop();
		expect(Number.isInteger(ctx.elapsedMs)).toBe(false);
		const saved = JSON.parse(saveTrainer(ctx)) as SavedProgress;
		expect(saved.elapsedMs).toBe(Math.round(times[2]! - times[0]!));
		const restored = restoreTrainer(JSON.stringify(saved), ieMode);
		if (!restored.ok) throw new Error(restored.reason);
		expect(restored.context.elapsedMs).toBe(3_000);
		expect(restored.context.index).toBe(3);
	});

	test('progress stored with a fractional elapsedMs (before saving rounded) is read, rounded', () => {
		const saved = JSON.parse(saveTrainer(follow(startContext(ieMode, 'practice'), 3))) as SavedProgress;
		const restored = restoreTrainer(JSON.stringify({ ...saved, elapsedMs: 1234.5678 }), ieMode);
		if (!restored.ok) throw new Error(restored.reason);
		expect(restored.context.elapsedMs).toBe(1235);
	});

	test.each(['-1', 'null', '"12"', '1e999'])('elapsedMs %s is refused', (raw) => {
		const saved = JSON.parse(saveTrainer(follow(startContext(ieMode, 'practice'), 3))) as SavedProgress;
		const json = JSON.stringify({ ...saved, elapsedMs: 0 }).replace('"elapsedMs":0', `"elapsedMs":${raw}`);
		expect(restoreTrainer(json, ieMode).ok).toBe(false);
	});
});

describe('saved progress of version 1 (before lessons had a prelude)', () => {
	test('is read for a lesson without a prelude: its log meant the same', () => {
		const ctx = follow(startContext(ieMode, 'practice'), 4);
		const v1 = { ...(JSON.parse(saveTrainer(ctx)) as SavedProgress), v: 1 };
		const restored = restoreTrainer(JSON.stringify(v1), ieMode);
		if (!restored.ok) throw new Error(restored.reason);
		expect(progressKey(restored.context.pc)).toBe(progressKey(ctx.pc));
	});

	test('is refused, with the reason, for a lesson that now opens on its fault', async () => {
		const locked = await loadScenario('3-5-password-locked');
		expect(locked.prelude?.length).toBeGreaterThan(0);
		const v1 = { ...(JSON.parse(saveTrainer(startContext(locked, 'practice'))) as SavedProgress), v: 1 };
		const result = restoreTrainer(JSON.stringify(v1), locked);
		expect(result).toEqual({ ok: false, reason: expect.stringContaining('version 1') });
		const v2 = restoreTrainer(saveTrainer(startContext(locked, 'practice')), locked);
		expect(v2.ok).toBe(true);
	});
});

describe('typed passwords are never saved', () => {
	test('practice passwords become references to them; others become stand-ins that behave the same', () => {
		const log: PcEvent[] = [
			{ type: 'ks.input', field: 'password', value: A.temporaryPassword },
			{ type: 'ks.input', field: 'next', value: 'MyOwn-Secret9' },
			{ type: 'ks.input', field: 'confirm', value: 'MyOwn-Secret9' },
			{ type: 'ks.input', field: 'password', value: 'short' },
			{ type: 'ks.input', field: 'user', value: A.officeNumber },
		];
		const out = redactSecrets(log) as { value: string }[];
		expect(out[0]!.value).not.toBe(A.temporaryPassword);
		expect(out[0]!.value).toMatch(/^練習用パスワード:\d+$/u);
		// Redacting again changes nothing (the island's hooks redact what the engine already did).
		expect(redactSecrets(out as unknown as PcEvent[])).toEqual(out);
		expect(out[1]!.value).not.toBe('MyOwn-Secret9');
		expect(out[2]!.value).toBe(out[1]!.value);
		expect(checkPassword(out[1]!.value).ok).toBe(true);
		expect(checkPassword(out[3]!.value).ok).toBe(false);
		expect(out[4]!.value).toBe(A.officeNumber);
		expect(JSON.stringify(out)).not.toContain('Secret');
	});

	test('a lesson saved after typing the practice passwords resumes logged in, and no password is in the JSON', () => {
		let ctx = startContext(changePassword, 'practice');
		while (currentStep(ctx) && currentStep(ctx)!.anchor !== 'step-11') {
			const step = currentStep(ctx)!;
			if (step.kind !== 'action') break;
			ctx = act(ctx, step.event);
		}
		const json = saveTrainer(ctx);
		for (const secret of [A.temporaryPassword, A.newPassword]) expect(json).not.toContain(secret);
		const restored = restoreTrainer(json, changePassword);
		if (!restored.ok) throw new Error(restored.reason);
		expect(progressKey(restored.context.pc)).toBe(progressKey(ctx.pc));
		expect(restored.context.pc.context.world.kanagawa.accounts[A.officeNumber]!.password.kind).toBe('real');
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
