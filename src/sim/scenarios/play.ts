import { startPc, stepPc, type PcSnapshot } from '../pc';
import { holds } from './predicates';
import type { Scenario } from './types';

/** The PC the lesson opens on: its starting world, then its prelude (the fault on screen). */
export function startOf(scenario: Pick<Scenario, 'start' | 'prelude'>): PcSnapshot {
	return (scenario.prelude ?? []).reduce((pc, event) => stepPc(pc, event), startPc(scenario.start));
}

/** Every state the scenario's own steps pass through, from the start (index i: before step i). */
export function playSteps(scenario: Scenario): PcSnapshot[] {
	const states = [startOf(scenario)];
	for (const step of scenario.steps) {
		const last = states.at(-1)!;
		states.push(step.kind === 'action' ? stepPc(last, step.event) : last);
	}
	return states;
}

/** Whether the scenario's goal holds on this PC. */
export const goalReached = (scenario: Scenario, pc: PcSnapshot): boolean => holds(scenario.goal.when, pc);
