import { describe, expect, test } from 'vitest';
import { exerciseFaults, exerciseIds } from '../../../src/practice/faults';
import { kindOf, practiceIds } from '../../../src/practice/items';
import { startPc } from '../../../src/sim/pc';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, answer, currentStep, startContext } from '../../../src/sim/trainer';

/**
 * Each exercise starts from a PC with its fault and ends when the fault is fixed: checked on the
 * engine (the trainer in 練習 following the manual's steps), for every exercise of the hub.
 */
test('every exercise of the hub has its fault as a fact of the PC', () => {
	expect([...exerciseIds].sort()).toEqual(practiceIds.filter((id) => kindOf(id) === 'exercise').sort());
});

describe.each(exerciseIds.map((id) => [id] as const))('%s', (id) => {
	test('the starting PC has the fault; following the manual’s steps in 練習 fixes it and finishes the exercise', async () => {
		const scenario = await loadScenario(id);
		const fault = exerciseFaults[id];
		expect(fault(startPc(scenario.start)), 'fault at the start').toBe(true);
		let ctx = startContext(scenario, 'practice');
		expect(fault(ctx.pc)).toBe(true);
		for (let guard = 0; !ctx.finished && guard < scenario.steps.length + 1; guard++) {
			const step = currentStep(ctx);
			// An active check (2.2.2's IE-mode message, 3.1 step 18): answered as the screen shows.
			if (step?.kind === 'check' && step.ask) {
				ctx = answer(ctx, step.ask.right);
				continue;
			}
			if (step?.kind !== 'action') break;
			ctx = act(ctx, step.event);
		}
		expect(ctx.finished, 'finished').toBe(true);
		expect(fault(ctx.pc), 'fault after the fix').toBe(false);
	});
});
