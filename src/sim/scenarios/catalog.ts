import type { SectionNumber } from '../../facts/fact';
import type { Scenario } from './types';

/**
 * Every lesson by id. A page loads only its own (`loadScenario(id)`: one chunk per lesson, the
 * compiled `data/<id>.json`, plain data). The authored `<id>.ts` files are for Node: see
 * sources.ts and `npm run sim -- build`.
 */
const loaders = {
	'1-2-1-browser-version': () => import('./data/1-2-1-browser-version.json'),
	'1-2-2-javascript': () => import('./data/1-2-2-javascript.json'),
	'2-2-1-ie-mode': () => import('./data/2-2-1-ie-mode.json'),
	'2-2-2-naraclientcontrol': () => import('./data/2-2-2-naraclientcontrol.json'),
	'2-2-3-root-certificate': () => import('./data/2-2-3-root-certificate.json'),
	'2-2-4-client-certificate': () => import('./data/2-2-4-client-certificate.json'),
	'2-3-1-change-password': () => import('./data/2-3-1-change-password.json'),
	'2-3-2-logout': () => import('./data/2-3-2-logout.json'),
	'3-1-naraclientcontrol-cannot-install': () => import('./data/3-1-naraclientcontrol-cannot-install.json'),
	'3-2-client-certificate-expired': () => import('./data/3-2-client-certificate-expired.json'),
	'3-3-get-root-certificate': () => import('./data/3-3-get-root-certificate.json'),
	'3-5-password-locked': () => import('./data/3-5-password-locked.json'),
	'3-8-change-pc': () => import('./data/3-8-change-pc.json'),
	'3-9-login-dialog-missing': () => import('./data/3-9-login-dialog-missing.json'),
	'3-10-multiple-offices': () => import('./data/3-10-multiple-offices.json'),
	'3-11-not-found': () => import('./data/3-11-not-found.json'),
	'3-14-windows11-smartscreen': () => import('./data/3-14-windows11-smartscreen.json'),
	'3-15-password-autosave-off': () => import('./data/3-15-password-autosave-off.json'),
	'3-16-check-root-certificate': () => import('./data/3-16-check-root-certificate.json'),
	'3-17-ie-mode-reset': () => import('./data/3-17-ie-mode-reset.json'),
	'3-18-multiple-temporary-certificates': () => import('./data/3-18-multiple-temporary-certificates.json'),
	journey: () => import('./data/journey.json'),
} as const;

export type ScenarioId = keyof typeof loaders;
export const scenarioIds = Object.keys(loaders) as ScenarioId[];

/** The lesson of each section page (the id starts with the section's slug, see src/sections.ts). */
export const scenarioOfSection: Partial<Record<SectionNumber, ScenarioId>> = Object.fromEntries(
	scenarioIds.filter((id) => /^\d/u.test(id)).map((id) => [id.split('-').filter((p) => /^\d+$/u.test(p)).join('.'), id]),
);

export function isScenarioId(id: unknown): id is ScenarioId {
	return typeof id === 'string' && id in loaders;
}

export async function loadScenario(id: ScenarioId): Promise<Scenario> {
	return (await loaders[id]()).default as unknown as Scenario;
}

/** Every lesson (for the practice hub, the CLI and tests; a section page loads only its own). */
export async function loadAllScenarios(): Promise<Scenario[]> {
	return Promise.all(scenarioIds.map(loadScenario));
}
