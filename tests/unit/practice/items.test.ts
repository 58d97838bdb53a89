import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sections } from '../../../src/sections';
import { loadAllScenarios, scenarioIds } from '../../../src/sim/scenarios/catalog';
import { SCORE } from '../../../src/sim/trainer';
import { compareIds, estimateMinutes, itemTexts, JOURNEY_PATH, kindOf, pageOf, practiceIds, sectionOfId } from '../../../src/practice/items';

const scenarios = await loadAllScenarios();

describe('the hub lists every lesson of the catalog exactly once', () => {
	test('same ids as the engine’s catalog, no more, no fewer', () => {
		expect([...practiceIds].sort()).toEqual([...scenarioIds].sort());
		expect(new Set(practiceIds).size).toBe(practiceIds.length);
	});

	test.each(scenarios.map((s) => [s.id, s] as const))('%s: its section is the scenario’s own', (id, scenario) => {
		expect(sectionOfId(id as never)).toBe(scenario.section);
	});

	test('chapters 1–2 are lessons, chapter 3 exercises but for its two procedures (3.3, 3.8), the whole journey is its own', () => {
		const procedures = new Set(['3.3', '3.8']);
		for (const s of scenarios) {
			const kind = kindOf(s.id as never);
			if (s.section === 'practice') expect(kind).toBe('journey');
			else if (s.section.startsWith('3.') && !procedures.has(s.section)) expect(kind, s.id).toBe('exercise');
			else expect(kind, s.id).toBe('lesson');
		}
		expect(practiceIds.filter((id) => kindOf(id) === 'journey')).toEqual(['journey']);
	});

	test('every exercise says what is wrong at its start; lessons do not', () => {
		for (const id of practiceIds) {
			const t = itemTexts[id];
			expect(t.teaches.length, id).toBeGreaterThan(5);
			if (kindOf(id) === 'exercise') expect(t.fault, id).toBeTruthy();
			else expect(t.fault, id).toBeUndefined();
		}
	});

	test('every link goes to a page that exists: the section’s page or the journey page', () => {
		for (const id of practiceIds) {
			const href = pageOf(id);
			if (id === 'journey') {
				expect(href).toBe(JOURNEY_PATH);
				expect(existsSync(new URL('../../../src/content/docs/practice/journey.mdx', import.meta.url))).toBe(true);
				continue;
			}
			const section = sections.find((s) => `/${s.slug}/` === href);
			expect(section, `${id} → ${href}`).toBeDefined();
			expect(readFileSync(new URL(`../../../src/content/docs/${section!.slug}.mdx`, import.meta.url), 'utf8').length).toBeGreaterThan(0);
		}
	});

	test('hub order follows the manual: the journey, then 1.2.1 … 2.3.2, then 3.1 … 3.18 (3.10 after 3.9)', () => {
		const order = [...practiceIds].sort(compareIds);
		expect(order[0]).toBe('journey');
		expect(order.indexOf('3-10-multiple-offices')).toBe(order.indexOf('3-9-login-dialog-missing') + 1);
		expect(order.indexOf('2-3-2-logout')).toBeLessThan(order.indexOf('3-1-naraclientcontrol-cannot-install'));
	});
});

describe('how long a lesson takes (an estimate)', () => {
	test('grows with the number of steps at the テスト pace, at least a minute', () => {
		expect(estimateMinutes(2, SCORE.parPerStepMs)).toBe(1);
		expect(estimateMinutes(3, SCORE.parPerStepMs)).toBe(1);
		expect(estimateMinutes(4, SCORE.parPerStepMs)).toBe(2);
		const journey = scenarios.find((s) => s.id === 'journey')!;
		expect(estimateMinutes(journey.steps.length, SCORE.parPerStepMs)).toBe(Math.ceil((journey.steps.length * 20) / 60));
	});
});
