import { describe, expect, test } from 'vitest';
import type { PcEvent } from '../../../src/sim/machines/events';
import { canPc } from '../../../src/sim/pc';
import { scenarioIds } from '../../../src/sim/scenarios/catalog';
import { loadScenarioSource } from '../../../src/sim/scenarios/sources';
import type { Scenario } from '../../../src/sim/scenarios/types';
import { act, answer, askHint, currentStep, markable, matchesStep, progressKey, restartStep, startContext, type TrainerContext } from '../../../src/sim/trainer';
import { onScreen, targetOnScreen } from './candidates';

/**
 * Issue 16 point 4, by exhaustive exploration over the trainer (the equivalent of xstate/graph's
 * paths, with the trainer's own dedupe key): from the PC before every step of every lesson, every
 * action a learner can take that is not the step's (the controls on screen: candidates.ts), and
 * every second such action after it. In each state reached:
 *
 * - the hint marks only a control that is on screen (after asking for it: hint level 2), and
 * - there is a way back: [この手順からやり直す] puts the PC where the current step can be done.
 *
 * A failure names the lesson, the step and the two actions that led there.
 */

const WRONG_TEXT = 'まちがい';

function wrongActions(ctx: TrainerContext, clock: readonly PcEvent[]): PcEvent[] {
	const step = currentStep(ctx);
	const typed = [WRONG_TEXT];
	if (step?.kind === 'action' && 'value' in step.event && typeof step.event.value === 'string') typed.push(step.event.value);
	if (step?.kind === 'action' && step.event.type === 'edge.navigate') typed.push(step.event.url);
	return onScreen(ctx.pc, typed, clock)
		.map((o) => o.event)
		.filter((e) => !(step?.kind === 'action' && matchesStep(e, step.event)));
}

function check(ctx: TrainerContext, where: string, clock: readonly PcEvent[]): void {
	// The mark: only on a control the screen shows.
	const hinted = askHint(askHint(ctx));
	const marked = markable(hinted);
	if (marked?.kind === 'action') {
		const value = 'value' in marked.event ? String((marked.event as { value: unknown }).value) : marked.event.type === 'edge.navigate' ? marked.event.url : '';
		// The clock buttons are beside the PC, always on screen.
		expect(targetOnScreen(hinted.pc, marked.target, [value], clock), `${where}: the hint marks [${marked.target.name}], which is not on screen`).toBe(true);
	}
	// The way back: this step can be done after [この手順からやり直す].
	const step = currentStep(ctx);
	if (!step || ctx.finished || step.kind !== 'action') return;
	const back = restartStep(ctx);
	expect(canPc(back.pc, step.event), `${where}: after [この手順からやり直す], 「${step.text}」 still cannot be done`).toBe(true);
}

function explore(scenario: Scenario): number {
	const clock = scenario.steps.flatMap((s) => (s.kind === 'action' && s.event.type === 'clock.advance' ? [s.event] : []));
	let ctx = startContext(scenario, 'practice');
	let states = 0;
	const seen = new Set<string>();
	for (let i = 0; i < scenario.steps.length && !ctx.finished; i++) {
		const step = currentStep(ctx);
		if (!step) break;
		// A state reached before (by another wrong path) is checked once.
		const visit = (next: typeof ctx, where: string): boolean => {
			const key = `${next.index}|${progressKey(next.pc)}`;
			if (seen.has(key)) return false;
			seen.add(key);
			states += 1;
			check(next, where, clock);
			return true;
		};
		for (const first of wrongActions(ctx, clock)) {
			const one = act(ctx, first);
			const where1 = `${scenario.id}, 「${step.text}」, after ${JSON.stringify(first)}`;
			if (!visit(one, where1)) continue;
			for (const second of wrongActions(one, clock)) visit(act(one, second), `${where1} then ${JSON.stringify(second)}`);
		}
		// On along the lesson's own path.
		if (step.kind === 'action') ctx = act(ctx, step.event);
		else if (step.ask) ctx = answer(ctx, step.ask.right);
		else break;
	}
	return states;
}

/**
 * The lessons whose index is `part` modulo `parts` (1-based), in a file of their own: the whole
 * exploration takes over a minute on one core, and vitest runs files, not tests, in parallel.
 * The parts together are every lesson (no-dead-ends-*.test.ts).
 */
export function deadEndTests(part: number, parts: number): void {
	describe(`no dead ends within two wrong actions (issue 16 point 4), part ${part} of ${parts}`, () => {
		for (const [i, id] of scenarioIds.entries()) {
			if (i % parts !== part - 1) continue;
			test(`${id}: the hint marks what is on screen, and [この手順からやり直す] leads back`, async () => {
				const scenario = await loadScenarioSource(id);
				expect(explore(scenario)).toBeGreaterThan(0);
			}, 600_000);
		}
	});
}
