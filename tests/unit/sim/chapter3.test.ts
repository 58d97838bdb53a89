import { describe, expect, test } from 'vitest';
import { canPc, startPc, stepPc } from '../../../src/sim/pc';
import { loadAllScenarioSources } from '../../../src/sim/scenarios/sources';
import { goalReached } from '../../../src/sim/scenarios/play';
import type { Scenario } from '../../../src/sim/scenarios/types';

/**
 * A chapter-3 lesson starts from a world with the fault in it. Following chapter 2's happy path
 * from there (any of its procedures, or the whole journey) must not reach the lesson's goal:
 * the fault has to be fixed. Only the procedures the section itself says to redo are exempt
 * (3.2 → 2.2.4, 3.3 → 2.2.2 and 2.2.3, 3.8 → 1.2–2.2.4, 3.11 → 2.3.1's correct URL).
 */
const scenarios = await loadAllScenarioSources();
const chapter3 = scenarios.filter((s) => String(s.section).startsWith('3.'));
const happyPaths = scenarios.filter((s) => /^[12]\./u.test(String(s.section)) || s.id === 'journey');

/** Plays a path's steps from a world until one cannot be done (the happy path breaks there). */
function reachesGoalOnTheWay(path: Scenario, from: Scenario): boolean {
	let pc = startPc(from.start);
	if (goalReached(from, pc)) return true;
	for (const step of path.steps) {
		if (step.kind !== 'action') continue;
		if (!canPc(pc, step.event)) return false;
		pc = stepPc(pc, step.event);
		if (goalReached(from, pc)) return true;
	}
	return false;
}

function exempt(lesson: Scenario, path: Scenario): boolean {
	const redoes = lesson.redoes ?? [];
	if (path.id === 'journey') return redoes.length > 0;
	return redoes.includes(path.section as never);
}

describe.each(chapter3.map((s) => [s.section, s] as const))('%s: the fault must be fixed', (_section, lesson) => {
	const paths = happyPaths.filter((p) => !exempt(lesson, p));

	test('chapter 2 is there to try', () => {
		expect(paths.length).toBeGreaterThan(0);
	});

	test.each(paths.map((p) => [p.id, p] as const))('following %s alone does not reach the goal', (_id, path) => {
		expect(reachesGoalOnTheWay(path, lesson)).toBe(false);
	});
});
