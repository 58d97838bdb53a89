import type { SectionNumber } from '../../facts/fact';
import { sections } from '../../sections';
import { controlFor } from '../controls';
import type { PcContext } from '../machines/context';
import type { PcEvent } from '../machines/events';
import { stepPc } from '../pc';
import type { World } from '../world/types';
import { startOf } from './play';
import type { Goal, Scenario, Step, StepSpec, Teaching } from './types';

/**
 * Turns an author's step list into a scenario: plays the steps from the PC the lesson opens on
 * (its world, then its prelude) and gives each action the control it is done with in the PC as
 * it is then (which picker is up, which completion dialog, the favourite's title …). A step (or a
 * prelude event) the PC cannot take is kept as written: `npm run sim -- check` and the tests
 * report it.
 */
export function defineScenario(spec: {
	readonly id: string;
	/** The lesson's title; a section's lesson has its section's heading unless told otherwise. */
	readonly title?: string;
	readonly section: SectionNumber | 'practice';
	readonly start: World;
	readonly prelude?: readonly PcEvent[];
	readonly goal: Goal;
	readonly steps: readonly StepSpec[];
	readonly redoes?: readonly SectionNumber[];
}): Scenario {
	const title = spec.title ?? sections.find((x) => x.number === spec.section)?.title;
	if (!title) throw new Error(`${spec.id}: a lesson outside a section needs its own title.`);
	const prelude = spec.prelude?.length ? { prelude: spec.prelude } : {};
	let pc = startOf({ start: spec.start, ...prelude });
	const steps: Step[] = [];
	for (const s of spec.steps) {
		const section = s.section ?? (spec.section === 'practice' ? undefined : spec.section);
		if (!section) throw new Error(`${spec.id}: the step 「${s.text}」 names no section.`);
		const teaching = {
			...(s.optional ? { optional: true } : {}),
			...(s.diagnoses?.length ? { diagnoses: s.diagnoses } : {}),
			...(s.recovery ? { recovery: s.recovery } : {}),
		};
		const place = { text: s.text, section, ...(s.anchor ? { anchor: s.anchor } : {}), ...teaching };
		if ('event' in s) {
			const event = typeof s.event === 'function' ? s.event(pc.context) : s.event;
			steps.push({ kind: 'action', ...place, ...controlFor(event, pc.context), event });
			pc = stepPc(pc, event);
		} else {
			steps.push({ kind: 'check', ...place, target: s.see, do: 'see', ...(s.value ? { value: s.value } : {}), ...(s.ask ? { ask: s.ask } : {}), when: s.when });
		}
	}
	return { id: spec.id, title, section: spec.section, start: spec.start, ...prelude, goal: spec.goal, steps, ...(spec.redoes ? { redoes: spec.redoes } : {}) };
}

/** A step that sends an event. */
export function act(anchor: string | undefined, text: string, event: PcEvent | ((ctx: PcContext) => PcEvent), section?: SectionNumber): StepSpec {
	return { text, event, ...(anchor ? { anchor } : {}), ...(section ? { section } : {}) };
}

/** A step with its teaching (issue 16): optional, what its likely mistakes mean, the way back. */
export function teach(step: StepSpec, teaching: Teaching): StepSpec {
	return { ...step, ...teaching };
}

/** Steps of another section's page (3.3 → 2.2.2, 3.8 → 1.2–2.2.4): each step keeps its own page and anchor. */
export function inSection(section: SectionNumber, steps: readonly StepSpec[]): StepSpec[] {
	return steps.map((s) => ({ ...s, section: s.section ?? section }));
}

export { playSteps } from './play';
