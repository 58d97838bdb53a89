import { describe, expect, test } from 'vitest';
import type { PcEvent } from '../../../src/sim/machines/events';
import { startPc, stepPc } from '../../../src/sim/pc';
import { openDialogs } from '../../../src/sim/screens';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import type { Scenario } from '../../../src/sim/scenarios/types';
import {
	act,
	answer,
	askHint,
	createTrainer,
	currentStep,
	MAX_GAP_MS,
	score,
	SCORE,
	startContext,
	stepStatuses,
	summary,
	watchTo,
	type TrainerContext,
} from '../../../src/sim/trainer';
import { practiceAccount as A } from '../../../src/sim/world/practice-account';

const ieMode = await loadScenario('2-2-1-ie-mode');
const clientCert = await loadScenario('2-2-4-client-certificate');
const twoTemps = await loadScenario('3-18-multiple-temporary-certificates');

/** Follows the trainer's steps until `until` holds (or to the end). */
function followUntil(ctx: TrainerContext, until: (c: TrainerContext) => boolean): TrainerContext {
	let c = ctx;
	while (!until(c)) {
		const step = currentStep(c);
		if (!step || step.kind !== 'action') throw new Error('ran out of steps');
		c = act(c, step.event);
	}
	return c;
}

/** Does a scenario's own steps from the trainer's current step on. */
function followSteps(ctx: TrainerContext, count = Infinity): TrainerContext {
	let c = ctx;
	for (let n = 0; n < count && !c.finished; n++) {
		const step = currentStep(c);
		// An active check (issue 16 point 6) is answered as the screen shows.
		if (step?.kind === 'check' && step.ask) c = answer(c, step.ask.right);
		else if (!step || step.kind !== 'action') break;
		else c = act(c, step.event);
	}
	return c;
}

const actAll = (ctx: TrainerContext, events: readonly PcEvent[]) => events.reduce(act, ctx);

describe('見る: the scenario’s own steps, forward and back', () => {
	test('each step forward shows the PC those steps make; back replays from the start', () => {
		const start = startContext(ieMode, 'watch');
		const three = watchTo(start, 3);
		const expected = ieMode.steps.slice(0, 3).reduce((pc, s) => (s.kind === 'action' ? stepPc(pc, s.event) : pc), startPc(ieMode.start));
		expect(three.pc.context).toEqual(expected.context);
		expect(stepStatuses(three).slice(0, 5)).toEqual(['done', 'done', 'done', 'current', 'todo']);
		const back = watchTo(three, 2);
		expect(back.pc.context).toEqual(watchTo(start, 2).pc.context);
		expect(back.log).toHaveLength(2);
	});

	test('the summary says where the learner is: 「全 N ステップ中 M ステップ目」', () => {
		const ctx = watchTo(startContext(ieMode, 'watch'), 3);
		expect(summary(ctx)).toBe(`全 ${ieMode.steps.length} ステップ中 4 ステップ目`);
		expect(summary(watchTo(ctx, ieMode.steps.length))).toBe(`全 ${ieMode.steps.length} ステップ完了`);
	});

	test('in 見る the learner’s own clicks do nothing', () => {
		const ctx = startContext(ieMode, 'watch');
		expect(act(ctx, { type: 'edge.launch' }).pc).toBe(ctx.pc);
	});

	test('the current step is always known, with its anchor, so the page can highlight it', () => {
		const ctx = watchTo(startContext(ieMode, 'watch'), 4);
		expect(currentStep(ctx)).toMatchObject({ section: '2.2.1', anchor: 'step-4' });
	});
});

describe('練習: act, and get hints after wrong actions', () => {
	test('the step’s own action advances it', () => {
		const ctx = act(startContext(ieMode, 'practice'), { type: 'edge.launch' });
		expect(ctx.index).toBe(1);
		expect(ctx.feedback).toEqual({ kind: 'advanced' });
		expect(stepStatuses(ctx).slice(0, 2)).toEqual(['done', 'current']);
	});

	test('a wrong action is applied as on a real PC, and shows the step’s text with its target marked', () => {
		const launched = act(startContext(ieMode, 'practice'), { type: 'edge.launch' });
		const first = act(launched, { type: 'edge.tab.new' });
		expect(first.pc.context.world.edge.windows[0]!.tabs).toHaveLength(2);
		// Issue 16: the feedback names the control used and the one the step names, and where it is.
		expect(first.feedback).toEqual({ kind: 'mistake', say: '[新しいタブ] を操作しました。この手順で使うのは [...]（Microsoft Edge の中）です。' });
		expect(first.hint).toBe(2);
		expect(first.steps[1]!.mistakes).toBe(1);
		const second = act(first, { type: 'edge.favorites.open' });
		expect(second.hint).toBe(2);
		expect(second.index).toBe(1);
		expect(openDialogs(second.pc).edge).toBe('favorites');
	});

	test('undoing the wrong action brings the learner back on the path', () => {
		const launched = act(startContext(ieMode, 'practice'), { type: 'edge.launch' });
		const off = act(launched, { type: 'edge.tab.new' });
		const back = act(off, { type: 'edge.tab.close', index: 1 });
		expect(back.feedback).toEqual({ kind: 'backOnPath', to: 1 });
		expect(back.index).toBe(1);
		expect(followSteps(back).finished).toBe(true);
	});

	test('an action the PC cannot take now does nothing and costs nothing', () => {
		const ctx = startContext(ieMode, 'practice');
		const after = act(ctx, { type: 'io.ok' });
		expect(after.pc).toBe(ctx.pc);
		expect(after.feedback).toEqual({ kind: 'ignored' });
		expect(after.steps[0]!.mistakes).toBe(0);
	});

	test('typing is not a mistake; the typing step is done when the field holds its text', () => {
		const atTyping = followSteps(startContext(ieMode, 'practice'), 7);
		expect(currentStep(atTyping)).toMatchObject({ do: 'fill' });
		const value = (currentStep(atTyping) as { value: string }).value;
		const partial = act(atTyping, { type: 'edge.addPage.input', value: value.slice(0, 10) });
		expect(partial.feedback).toEqual({ kind: 'typing' });
		expect(partial.index).toBe(atTyping.index);
		const full = act(partial, { type: 'edge.addPage.input', value });
		expect(full.index).toBe(atTyping.index + 1);
		expect(full.steps.every((s) => s.mistakes === 0)).toBe(true);
	});

	test('a step that only asks to look is passed as soon as it holds (2.2.2 step 7: the install pop-up); an active one waits for the answer (step 2: the banner)', async () => {
		const addon = await loadScenario('2-2-2-naraclientcontrol');
		const ctx = followSteps(startContext(addon, 'practice'), 2);
		expect(addon.steps[2]!.kind).toBe('check');
		expect(ctx.index).toBe(2);
		const answered = answer(ctx, 'はい');
		expect(answered.index).toBe(3);
		const popup = addon.steps.findIndex((s) => s.kind === 'check' && s.anchor === 'step-7');
		const before = followSteps(answered, popup - 3);
		expect(before.index).toBe(popup + 1);
		expect(before.steps[popup]!.status).toBe('done');
	});

	test('reaching the goal finishes the lesson', () => {
		const done = followSteps(startContext(ieMode, 'practice'));
		expect(done.finished).toBe(true);
		expect(stepStatuses(done).every((s) => s === 'done')).toBe(true);
		expect(summary(done)).toBe(`全 ${ieMode.steps.length} ステップ完了`);
	});
});

describe('the manual’s way back counts', () => {
	test('資格情報を記憶する ticked (2.2.4) → no login dialog later → 3.9’s deletion and closing the browser → back on the path', () => {
		let ctx = startContext(clientCert, 'practice');
		ctx = followUntil(ctx, (c) => (currentStep(c) as { event?: PcEvent })?.event?.type === 'ws.basicAuth.ok');
		ctx = act(ctx, { type: 'ws.basicAuth.remember', checked: true });
		expect(ctx.steps[ctx.index]!.mistakes).toBe(1);
		// On through the temporary certificate, closing the browser, and back to the service.
		ctx = followUntil(ctx, (c) => currentStep(c)?.anchor === 'step-2-4');
		expect(openDialogs(ctx.pc).windowsSecurity).toBeNull();
		expect(currentStep(ctx)).toMatchObject({ event: { type: 'ws.basicAuth.input' } });
		const stuckAt = ctx.index;
		const target = 'Microsoft_winInet_cert.independence-support-kanagawa.jp:443/Login - LDAP';
		ctx = actAll(ctx, [
			{ type: 'shell.search.open' },
			{ type: 'shell.search.input', value: 'コントロール パネル' },
			{ type: 'shell.search.choose', app: 'controlPanel' },
			{ type: 'cp.viewBy', value: 'category' },
			{ type: 'cp.userAccounts' },
			{ type: 'cp.manageCredentials' },
			{ type: 'cp.credential.expand', target },
			{ type: 'cp.credential.remove', target },
			{ type: 'cp.confirm.yes' },
			{ type: 'cp.close' },
			{ type: 'edge.window.close' },
		]);
		expect(ctx.feedback).toMatchObject({ kind: 'backOnPath' });
		expect(ctx.index).toBeLessThan(stuckAt);
		expect(currentStep(ctx)).toMatchObject({ event: { type: 'edge.launch' } });
		expect(stepStatuses(ctx).slice(ctx.index + 1, stuckAt)).toEqual(Array(stuckAt - ctx.index - 1).fill('redo'));
		const total = ctx.steps.reduce((n, s) => n + s.mistakes, 0);
		expect(total).toBe(2);
		expect(followSteps(ctx).finished).toBe(true);
	});

	test('the wrong NacaCertRequester (3.18): the choice lasts until every browser is closed, so the lesson opens after that', () => {
		const url = 'https://cert.independence-support-kanagawa.jp/certsrv/';
		const prelude = twoTemps.prelude ?? [];
		// The symptom (【情報】 0 件 with the second one), as the prelude had it before closing the browser.
		const symptom = prelude.slice(0, prelude.findIndex((e) => e.type === 'edge.window.close')).reduce(stepPc, startPc(twoTemps.start));
		// The address typed again in the same browser: the service still has the choice, no picker.
		let pc = stepPc(symptom, { type: 'edge.navigate', url });
		expect(openDialogs(pc).windowsSecurity).toBeNull();
		// Another window shares the session: still no picker.
		pc = ([{ type: 'edge.launch' }, { type: 'edge.navigate', url }] as PcEvent[]).reduce(stepPc, pc);
		expect(openDialogs(pc).windowsSecurity).toBeNull();
		// Every browser closed and started again: the picker is back.
		pc = ([{ type: 'edge.window.close' }, { type: 'edge.window.close' }, { type: 'edge.launch' }, { type: 'edge.navigate', url }] as PcEvent[]).reduce(stepPc, pc);
		expect(openDialogs(pc).windowsSecurity).toBe('picker.collapsed');
		// The lesson opens there (3.18 step 1 types the address) and ends when the bottom one is chosen.
		const ctx = startContext(twoTemps, 'practice');
		expect(currentStep(ctx)).toMatchObject({ event: { type: 'edge.navigate' } });
		const done = followSteps(ctx);
		expect(done.finished).toBe(true);
		expect(done.steps.reduce((n, x) => n + x.mistakes, 0)).toBe(0);
	});
});

describe('テスト: no hints offered; mistakes, hints and time make the score', () => {
	test('a wrong action offers no hint; asking for one gives it and is counted', () => {
		const ctx = act(act(startContext(ieMode, 'test'), { type: 'edge.launch' }), { type: 'edge.tab.new' });
		expect(ctx.hint).toBe(0);
		const asked = askHint(ctx);
		expect(asked.hint).toBe(1);
		expect(asked.steps[1]!.hints).toBe(1);
	});

	test(`a clean run within par scores 100; each mistake −${SCORE.mistake}, each hint −${SCORE.hint}, slow runs lose time points`, () => {
		const clean = followSteps(startContext(ieMode, 'test'));
		expect(score(clean).points).toBe(100);
		expect(score(clean).weakSteps).toEqual([]);

		let ctx = act(startContext(ieMode, 'test'), { type: 'edge.launch' });
		ctx = askHint(act(ctx, { type: 'edge.tab.new' }));
		ctx = act(ctx, { type: 'edge.tab.close', index: 1 });
		ctx = followSteps(ctx);
		const s = score(ctx);
		expect([s.mistakes, s.hints]).toEqual([1, 1]);
		expect(s.points).toBe(100 - SCORE.mistake - SCORE.hint);
		expect(s.weakSteps).toEqual([expect.objectContaining({ index: 1, anchor: 'step-1', mistakes: 1, hints: 1 })]);

		const actions = ieMode.steps.filter((x) => x.kind === 'action').length;
		const slow = { ...clean, elapsedMs: actions * SCORE.parPerStepMs + 5 * SCORE.penaltyEveryMs + 1 };
		expect(score(slow).timePenalty).toBe(5);
		expect(score(slow).points).toBe(95);
		expect(score({ ...clean, elapsedMs: 10 ** 9 }).timePenalty).toBe(SCORE.maxTimePenalty);
	});

	test('time is the sum of gaps between the learner’s actions, a long pause counting as one minute', () => {
		const actor = createTrainer(ieMode, 'test');
		actor.start();
		actor.send({ type: 'act', event: { type: 'edge.launch' }, at: 1_000 });
		actor.send({ type: 'act', event: { type: 'edge.menu.open' }, at: 6_000 });
		actor.send({ type: 'act', event: { type: 'edge.settings.open' }, at: 6_000 + 10 * 60_000 });
		expect(actor.getSnapshot().context.elapsedMs).toBe(5_000 + MAX_GAP_MS);
		actor.stop();
	});
});

describe('one machine, three modes', () => {
	test('switching the mode starts the lesson again in that mode', () => {
		const actor = createTrainer(ieMode, 'watch');
		actor.start();
		actor.send({ type: 'next' });
		actor.send({ type: 'next' });
		expect(actor.getSnapshot().context.index).toBe(2);
		actor.send({ type: 'mode', mode: 'practice' });
		expect(actor.getSnapshot().value).toBe('practice');
		expect(actor.getSnapshot().context.index).toBe(0);
		actor.send({ type: 'act', event: { type: 'edge.launch' } });
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.send({ type: 'next' });
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.stop();
	});

	test('every scenario can be practised to its goal by its own steps', async () => {
		const all: Scenario[] = await Promise.all(['1-2-1-browser-version', '3-10-multiple-offices', 'journey'].map((id) => loadScenario(id as never)));
		for (const s of all) expect(followSteps(startContext(s, 'practice')).finished, s.id).toBe(true);
	});
});
