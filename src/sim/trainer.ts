import * as practice from './practice';
import { createTrainerWith, trainerMachineWith, type Mode, type TrainerContext } from './trainer-core';
import type { Scenario } from './scenarios/types';

/**
 * The trainer whole, for Node (the CLI, the tests): trainer-core.ts (contexts, 見る, what a view
 * reads, the machine) with practice.ts (the rules of 練習 and テスト). The browser's island takes
 * the two apart so that 見る loads without the rules (issue 14's budget).
 */
export * from './trainer-core';
export * from './practice';

const rules = { current: practice.practiceRules };

export const trainerMachine = trainerMachineWith(rules);

/** A trainer for one scenario, in a mode (or resumed from `restoreTrainer`). */
export function createTrainer(scenario: Scenario, mode: Mode = 'watch', restored?: TrainerContext) {
	return createTrainerWith(rules, scenario, mode, restored);
}
