import { describe, expect, test } from 'vitest';
import { approvalTakesDays, temporaryClientCertValidityDays } from '../../../src/facts';
import { journeyPlace, journeyStages, waitsAt, type Wait } from '../../../src/practice/journey';
import { loadScenario } from '../../../src/sim/scenarios/catalog';

const journey = await loadScenario('journey');
const stepsOf = (pred: (s: (typeof journey.steps)[number]) => boolean) => journey.steps.flatMap((s, i) => (pred(s) ? [i] : []));
const byKey = (waits: Wait[], key: Wait['key']) => waits.find((w) => w.key === key)!;

describe('the journey’s sections, in the issue’s order', () => {
	test('1.2.1 → 1.2.2 → 2.2.1 → 2.2.2 → 2.2.3 → 2.2.4 → 2.3.1 → 2.3.2, covering every step once', () => {
		const stages = journeyStages(journey);
		expect(stages.map((s) => s.section)).toEqual(['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '2.3.2']);
		expect(stages[0]!.from).toBe(0);
		expect(stages.at(-1)!.to).toBe(journey.steps.length);
		stages.slice(1).forEach((s, i) => expect(s.from).toBe(stages[i]!.to));
		for (const s of stages) expect(s.href).toMatch(/^\/\d-\d-\d-[a-z0-9-]+\/$/u);
	});
});

describe('where the learner is, and what comes next', () => {
	test('at the start: in 1.2.1, step 1 of its stage, 1.2.2 next, nothing done', () => {
		const p = journeyPlace(journey, 0);
		expect(p.current?.section).toBe('1.2.1');
		expect(p.currentNumber).toBe(1);
		expect(p.stepInStage).toBe(1);
		expect(p.next?.section).toBe('1.2.2');
		expect(p.states.every((s, i) => (i === 0 ? s === 'current' : s === 'todo'))).toBe(true);
		expect(p.stepHref).toBe(`${p.current!.href}#${journey.steps[0]!.anchor}`);
	});

	test('on each stage’s first and last step: that stage is current, the earlier ones done, the next one named', () => {
		const stages = journeyStages(journey);
		stages.forEach((stage, n) => {
			for (const at of [stage.from, stage.to - 1]) {
				const p = journeyPlace(journey, at);
				expect(p.current).toEqual(stage);
				expect(p.states.slice(0, n).every((s) => s === 'done')).toBe(true);
				expect(p.states[n]).toBe('current');
				expect(p.next).toEqual(stages[n + 1] ?? null);
				expect(p.stepInStage).toBe(at - stage.from + 1);
			}
		});
	});

	test('the step link points at the current step’s anchor on its page', () => {
		const at = journey.steps.findIndex((s) => s.section === '2.2.4' && s.anchor === 'step-2-3');
		expect(journeyPlace(journey, at).stepHref).toMatch(/^\/2-2-4-[a-z-]+\/#step-2-3$/u);
	});

	test('at the end (or finished): every stage done, nothing current, nothing next', () => {
		for (const p of [journeyPlace(journey, journey.steps.length), journeyPlace(journey, 3, true)]) {
			expect(p.finished).toBe(true);
			expect(p.current).toBeNull();
			expect(p.next).toBeNull();
			expect(p.states.every((s) => s === 'done')).toBe(true);
		}
	});
});

describe('the waits and deadlines follow the virtual PC', () => {
	const clockStep = stepsOf((s) => s.section === '2.2.4' && s.kind === 'action' && s.event.type === 'clock.advance')[0]!;
	// The step that installs each certificate (the [OK] after it only confirms).
	const tempInstalled = stepsOf((s) => s.section === '2.2.4' && s.kind === 'action' && s.event.type === 'cs.createRequest.ok')[0]!;
	const clientInstalled = stepsOf((s) => s.section === '2.2.4' && s.kind === 'action' && s.event.type === 'cs.install').at(-1)!;
	const passwordChanged = stepsOf((s) => s.kind === 'action' && s.event.type === 'ks.change')[0]!;

	test('the labels are the facts’ own: 「承認まで数日」 and 「仮クライアント証明書は 10 日以内に」', () => {
		const w = waitsAt(journey, 0);
		expect(byKey(w, 'approval').label).toBe(`承認まで${approvalTakesDays.value}`);
		expect(byKey(w, 'temporaryCert').label).toBe(`仮クライアント証明書は ${temporaryClientCertValidityDays.value} 日以内に`);
	});

	test('at the start everything is ahead', () => {
		expect(waitsAt(journey, 0).map((w) => w.state)).toEqual(['ahead', 'ahead', 'ahead']);
	});

	test('the 10 days run from the temporary certificate’s installation to the client certificate’s, with the date and days left', () => {
		expect(byKey(waitsAt(journey, tempInstalled), 'temporaryCert').state).toBe('ahead');
		const running = byKey(waitsAt(journey, tempInstalled + 1), 'temporaryCert');
		expect(running.state).toBe('now');
		expect(running.daysLeft).toBe(temporaryClientCertValidityDays.value);
		expect(running.until).toMatch(/^\d{4}\/\d{2}\/\d{2}$/u);
		const afterWait = byKey(waitsAt(journey, clockStep + 1), 'temporaryCert');
		expect(afterWait.state).toBe('now');
		expect(afterWait.daysLeft).toBeLessThan(temporaryClientCertValidityDays.value);
		expect(afterWait.until).toBe(running.until);
		expect(byKey(waitsAt(journey, clientInstalled), 'temporaryCert').state).toBe('now');
		expect(byKey(waitsAt(journey, clientInstalled + 1), 'temporaryCert').state).toBe('behind');
	});

	test('approval is awaited from the request until the clock is moved on', () => {
		const request = stepsOf((s) => s.section === '2.2.4' && s.kind === 'action' && s.event.type === 'cs.status.ok')[0]!;
		expect(byKey(waitsAt(journey, request - 1), 'approval').state).toBe('ahead');
		expect(byKey(waitsAt(journey, clockStep), 'approval').state).toBe('now');
		expect(byKey(waitsAt(journey, clockStep + 1), 'approval').state).toBe('behind');
	});

	test('the approval names the control that moves the practice PC’s clock, as the step has it', () => {
		const step = journey.steps[clockStep]!;
		expect(step.kind === 'action' && byKey(waitsAt(journey, 0), 'approval').control).toBe(step.kind === 'action' ? step.target.name : null);
		expect(byKey(waitsAt(journey, 0), 'approval').control).toContain(approvalTakesDays.value);
	});

	test('the temporary password is due once the certificate is in, until it is changed', () => {
		expect(byKey(waitsAt(journey, clientInstalled), 'temporaryPassword').state).toBe('ahead');
		const due = byKey(waitsAt(journey, clientInstalled + 1), 'temporaryPassword');
		expect(due.state).toBe('now');
		expect(due.daysLeft).toBeGreaterThan(0);
		expect(byKey(waitsAt(journey, passwordChanged + 1), 'temporaryPassword').state).toBe('behind');
	});
});
