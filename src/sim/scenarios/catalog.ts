import type { SectionNumber } from '../../facts';
import type { Scenario } from './types';

/**
 * Every lesson by id, loaded on demand: a page imports only its own scenario (or calls
 * `loadScenario(id)`, which bundlers split into one chunk per lesson). The CLI and the tests
 * use `loadAllScenarios()`.
 */
export const scenarioLoaders = {
	'1-2-1-browser-version': () => import('./1-2-1-browser-version'),
	'1-2-2-javascript': () => import('./1-2-2-javascript'),
	'2-2-1-ie-mode': () => import('./2-2-1-ie-mode'),
	'2-2-2-naraclientcontrol': () => import('./2-2-2-naraclientcontrol'),
	'2-2-3-root-certificate': () => import('./2-2-3-root-certificate'),
	'2-2-4-client-certificate': () => import('./2-2-4-client-certificate'),
	'2-3-1-change-password': () => import('./2-3-1-change-password'),
	'2-3-2-logout': () => import('./2-3-2-logout'),
	'3-1-naraclientcontrol-cannot-install': () => import('./3-1-naraclientcontrol-cannot-install'),
	'3-2-client-certificate-expired': () => import('./3-2-client-certificate-expired'),
	'3-3-get-root-certificate': () => import('./3-3-get-root-certificate'),
	'3-5-password-locked': () => import('./3-5-password-locked'),
	'3-8-change-pc': () => import('./3-8-change-pc'),
	'3-9-login-dialog-missing': () => import('./3-9-login-dialog-missing'),
	'3-10-multiple-offices': () => import('./3-10-multiple-offices'),
	'3-11-not-found': () => import('./3-11-not-found'),
	'3-14-windows11-smartscreen': () => import('./3-14-windows11-smartscreen'),
	'3-15-password-autosave-off': () => import('./3-15-password-autosave-off'),
	'3-16-check-root-certificate': () => import('./3-16-check-root-certificate'),
	'3-17-ie-mode-reset': () => import('./3-17-ie-mode-reset'),
	'3-18-multiple-temporary-certificates': () => import('./3-18-multiple-temporary-certificates'),
	journey: () => import('./journey'),
} as const;

export type ScenarioId = keyof typeof scenarioLoaders;
export const scenarioIds = Object.keys(scenarioLoaders) as ScenarioId[];

/** The lesson of each section page (the id starts with the section's slug, see src/sections.ts). */
export const scenarioOfSection: Partial<Record<SectionNumber, ScenarioId>> = Object.fromEntries(
	scenarioIds.filter((id) => /^\d/u.test(id)).map((id) => [id.split('-').filter((p) => /^\d+$/u.test(p)).join('.'), id]),
);

export function isScenarioId(id: unknown): id is ScenarioId {
	return typeof id === 'string' && id in scenarioLoaders;
}

export async function loadScenario(id: ScenarioId): Promise<Scenario> {
	return (await scenarioLoaders[id]()).default;
}

export async function loadAllScenarios(): Promise<Scenario[]> {
	return Promise.all(scenarioIds.map(loadScenario));
}
