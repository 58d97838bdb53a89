import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sections } from '../../../src/sections';
import { canPc, startPc, stepPc } from '../../../src/sim/pc';
import { scenarioIds, scenarioOfSection } from '../../../src/sim/scenarios/catalog';
import { compileScenario, loadAllScenarioSources } from '../../../src/sim/scenarios/sources';
import { holds } from '../../../src/sim/scenarios/predicates';
import { goalReached } from '../../../src/sim/scenarios/play';
import type { Scenario } from '../../../src/sim/scenarios/types';
import { practicePasswords } from '../../../src/sim/world/practice-account';

const scenarios = await loadAllScenarioSources();
const byId = (id: string): Scenario => scenarios.find((s) => s.id === id)!;

/** The anchors a section's page gives its steps: `step-N` and `step-N-M`, read from its MDX list. */
function pageAnchors(slug: string): Set<string> {
	const mdx = readFileSync(new URL(`../../../src/content/docs/${slug}.mdx`, import.meta.url), 'utf8');
	const inSteps = mdx.slice(mdx.indexOf('<Steps>'), mdx.lastIndexOf('</Steps>'));
	const anchors = new Set<string>();
	let n = 0;
	let m = 0;
	for (const line of inSteps.split('\n')) {
		if (/^\d+\. /u.test(line)) {
			n += 1;
			m = 0;
			anchors.add(`step-${n}`);
		} else if (/^ {2,4}\d+\. /u.test(line) && n > 0) {
			m += 1;
			anchors.add(`step-${n}-${m}`);
		}
	}
	return anchors;
}

describe('every lesson the issue asks for exists', () => {
	test.each(['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '2.3.2', '3.1', '3.2', '3.3', '3.5', '3.8', '3.9', '3.10', '3.11', '3.14', '3.15', '3.16', '3.17', '3.18'] as const)(
		'section %s has its scenario',
		(section) => {
			const id = scenarioOfSection[section];
			expect(id, section).toBeDefined();
			expect(byId(id!).section).toBe(section);
		},
	);

	test('and the whole journey, from a new PC to the logout', () => {
		const journey = byId('journey');
		const order = [...new Set(journey.steps.map((s) => s.section))];
		expect(order).toEqual(['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '2.3.2']);
		expect(journey.steps.some((s) => s.kind === 'action' && s.event.type === 'clock.advance')).toBe(true);
	});

	test('ids are unique and each file is its id', () => {
		expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
		expect(scenarios.map((s) => s.id)).toEqual(scenarioIds);
	});

	test('a section lesson is titled as its section', () => {
		for (const s of scenarios.filter((x) => x.section !== 'practice')) {
			const section = sections.find((x) => x.number === s.section)!;
			expect(s.title.replace(/\s+/gu, ''), s.id).toBe(section.title.replace(/\s+/gu, ''));
			expect(s.id.startsWith(section.slug.split('-').slice(0, s.section.split('.').length).join('-')), s.id).toBe(true);
		}
	});
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
	test('its own steps reach its goal from where it opens (its world, then its prelude), every step possible and every check true when reached', () => {
		let pc = startPc(scenario.start);
		for (const event of scenario.prelude ?? []) {
			expect(canPc(pc, event), `prelude ${JSON.stringify(event)}`).toBe(true);
			pc = stepPc(pc, event);
		}
		expect(goalReached(scenario, pc), 'the goal must not hold at the start').toBe(false);
		scenario.steps.forEach((step, i) => {
			if (step.kind === 'action') {
				expect(canPc(pc, step.event), `step ${i + 1} 「${step.text}」`).toBe(true);
				pc = stepPc(pc, step.event);
			} else {
				expect(holds(step.when, pc), `check ${i + 1} 「${step.text}」`).toBe(true);
			}
		});
		expect(goalReached(scenario, pc)).toBe(true);
	});

	test('its compiled data (what the page loads) is up to date: npm run sim -- build', () => {
		const file = readFileSync(new URL(`../../../src/sim/scenarios/data/${scenario.id}.json`, import.meta.url), 'utf8');
		expect(file).toBe(compileScenario(scenario));
	});

	test('every step is anchored on its page with the manual numbering', () => {
		for (const step of scenario.steps) {
			if (!step.anchor) continue;
			const section = sections.find((x) => x.number === step.section)!;
			expect(pageAnchors(section.slug), `${step.section} has no #${step.anchor} (「${step.text}」)`).toContain(step.anchor);
		}
	});

	test('every step names a control a test can find: role, accessible name, and what to type', () => {
		for (const step of scenario.steps) {
			expect(step.target.name, step.text).not.toBe('');
			if (step.kind === 'action' && (step.do === 'fill' || step.do === 'select')) expect(typeof step.value, step.text).toBe('string');
			if (step.kind === 'action' && step.do === 'drag') expect(step.to).toBeDefined();
		}
	});

	test('typed secrets are practice passwords only', () => {
		for (const step of scenario.steps) {
			if (step.kind !== 'action') continue;
			const e = step.event as { field?: string; value?: string };
			if (e.field && e.field !== 'user' && e.value) expect(practicePasswords.has(e.value), step.text).toBe(true);
		}
	});
});
