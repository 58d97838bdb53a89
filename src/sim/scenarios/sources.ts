import { scenarioIds, type ScenarioId } from './catalog';
import type { Scenario } from './types';

/**
 * The authored scenarios (`<id>.ts`, built with the step builders), for Node: the CLI, the tests
 * and `npm run sim -- build`, which compiles each into `data/<id>.json` for the pages.
 */
export async function loadScenarioSource(id: ScenarioId): Promise<Scenario> {
	return ((await import(`./${id}.ts`)) as { default: Scenario }).default;
}

export async function loadAllScenarioSources(): Promise<Scenario[]> {
	return Promise.all(scenarioIds.map(loadScenarioSource));
}

/** The compiled form of a scenario, as `data/<id>.json` holds it. */
export function compileScenario(scenario: Scenario): string {
	return `${JSON.stringify(scenario, null, '\t')}\n`;
}
