import { describe, expect, test, vi } from 'vitest';
import { onFinish, onStep, restore } from '../../../src/components/sim/progress-hooks';
import { recordStore } from '../../../src/practice/browser';
import { PASS_MARK } from '../../../src/practice/record';
import { restoreTrainer, toSaved, type SavedProgress } from '../../../src/sim/progress';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, askHint, createTrainer, currentStep, score, startContext, type TrainerContext } from '../../../src/sim/trainer';
import { practiceAccount } from '../../../src/sim/world/practice-account';

/**
 * The island's progress hooks write the training record (here in memory: Node has no
 * localStorage, which is also what a browser with storage switched off gets).
 */
const changePassword = await loadScenario('2-3-1-change-password');

function follow(ctx: TrainerContext, n: number): TrainerContext {
	let c = ctx;
	for (let i = 0; i < n; i++) {
		const step = currentStep(c);
		if (step?.kind !== 'action') break;
		c = act(c, step.event);
	}
	return c;
}

describe('progress hooks', () => {
	test('a step is kept, and restoring gives progress the engine resumes at the same step', () => {
		recordStore.clear();
		const ctx = follow(startContext(changePassword, 'practice'), 4);
		onStep('2-3-1-change-password', toSaved(ctx));
		expect(recordStore.getState().record.lessons['2-3-1-change-password']?.status).toBe('started');
		const saved = restore('2-3-1-change-password');
		expect(saved).not.toBeNull();
		const back = restoreTrainer(JSON.stringify(saved), changePassword);
		expect(back.ok && back.context.index).toBe(ctx.index);
		expect(restore('2-3-2-logout')).toBeNull();
	});

	test('progress timed as the island times it (performance.now(): fractions of a millisecond) still resumes', () => {
		recordStore.clear();
		const trainer = createTrainer(changePassword, 'practice');
		trainer.start();
		let at = 100.25;
		for (const step of changePassword.steps.slice(0, 5)) if (step.kind === 'action') trainer.send({ type: 'act', event: step.event, at: (at += 1234.567) });
		const ctx = trainer.getSnapshot().context;
		trainer.stop();
		expect(Number.isInteger(ctx.elapsedMs)).toBe(false);
		onStep('2-3-1-change-password', toSaved(ctx));
		const back = restoreTrainer(JSON.stringify(restore('2-3-1-change-password')), changePassword);
		expect(back.ok && back.context.index).toBe(ctx.index);
		expect(back.ok && back.context.elapsedMs).toBe(Math.round(ctx.elapsedMs));
	});

	test('no typed password reaches the record, even if handed over as typed (a practice password is kept as a reference)', () => {
		recordStore.clear();
		const ctx = startContext(changePassword, 'practice');
		const leaky: SavedProgress = { ...toSaved(ctx), log: [{ type: 'ks.input', field: 'next', value: 'MyRealSecret-2025' }] };
		onStep('2-3-1-change-password', leaky);
		const text = JSON.stringify(recordStore.getState().record);
		expect(text).not.toContain('MyRealSecret-2025');
		onStep('2-3-1-change-password', { ...leaky, log: [{ type: 'ks.input', field: 'password', value: practiceAccount.temporaryPassword }] });
		expect(JSON.stringify(recordStore.getState().record)).not.toContain(practiceAccount.temporaryPassword);
		expect(JSON.stringify(recordStore.getState().record)).toContain('練習用パスワード:');
	});

	test('finishing in 練習 completes the lesson; a テスト keeps the engine’s score and weak steps', () => {
		recordStore.clear();
		onFinish('2-3-2-logout', { mode: 'practice' });
		expect(recordStore.getState().record.lessons['2-3-2-logout']?.status).toBe('practised');
		const ctx = follow(askHint(startContext(changePassword, 'test')), changePassword.steps.length);
		const s = score(ctx);
		onFinish('2-3-1-change-password', { mode: 'test', score: s });
		const lesson = recordStore.getState().record.lessons['2-3-1-change-password']!;
		expect(lesson.lastTest?.points).toBe(s.points);
		expect(lesson.bestTestScore).toBe(s.points);
		expect(lesson.weakSteps).toHaveLength(s.weakSteps.length);
		expect(lesson.status).toBe(s.points >= PASS_MARK ? 'passed' : 'practised');
	});
});

describe('the record’s message in the simulation', () => {
	test('the calm message when the record cannot be kept, until dismissed', async () => {
		// A fresh page: a new record store, read for the first time.
		vi.resetModules();
		const { problemNotice, dismissProblem } = await import('../../../src/components/sim/progress-hooks');
		const { problemMessages, problemTitle } = await import('../../../src/practice/messages');
		// Node has no localStorage: the record lives in memory, as with storage switched off.
		const notice = problemNotice();
		expect(notice).toEqual({ title: problemTitle, text: problemMessages.unavailable });
		dismissProblem();
		expect(problemNotice()).toBeNull();
	});
});
