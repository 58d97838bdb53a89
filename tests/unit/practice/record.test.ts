import { describe, expect, test } from 'vitest';
import { restoreTrainer, saveTrainer } from '../../../src/sim/progress';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, askHint, createTrainer, currentStep, score, startContext, type TrainerContext } from '../../../src/sim/trainer';
import {
	emptyRecord,
	forgetProgress,
	PASS_MARK,
	parseRecord,
	RECORD_VERSION,
	recordFinish,
	recordStep,
	serializeRecord,
	statusOf,
	withLearnerName,
	type SavedProgressData,
	type ScoreLike,
	type TrainingRecord,
} from '../../../src/practice/record';

const ieMode = await loadScenario('2-2-1-ie-mode');
const T1 = '2025-05-01T10:00:00.000Z';
const T2 = '2025-05-02T10:00:00.000Z';

function follow(ctx: TrainerContext, n: number): TrainerContext {
	let c = ctx;
	for (let i = 0; i < n; i++) {
		const step = currentStep(c);
		if (step?.kind !== 'action') break;
		c = act(c, step.event);
	}
	return c;
}

const progressOf = (ctx: TrainerContext) => JSON.parse(saveTrainer(ctx)) as SavedProgressData;
const scoreWith = (points: number, weak: ScoreLike['weakSteps'] = []): ScoreLike => ({ points, mistakes: 0, hints: 0, elapsedMs: 1000, timePenalty: 0, weakSteps: weak });

describe('the record is validated with its schema on load', () => {
	test('a record written by the site reads back the same, with the trainer progress that resumes at the same step', () => {
		const ctx = follow(startContext(ieMode, 'practice'), 5);
		const record = withLearnerName(recordStep(emptyRecord(), ieMode.id, progressOf(ctx), T1), '神奈川 花子');
		const parsed = parseRecord(serializeRecord(record));
		expect(parsed).toEqual({ ok: true, record });
		if (!parsed.ok) return;
		const restored = restoreTrainer(JSON.stringify(parsed.record.lessons[ieMode.id]!.progress), ieMode);
		expect(restored.ok && restored.context.index).toBe(ctx.index);
	});

	test('progress timed as the island times it (performance.now(), fractions of a millisecond) is accepted', () => {
		const trainer = createTrainer(ieMode, 'practice');
		trainer.start();
		let at = 1234.5678;
		for (const step of ieMode.steps.slice(0, 4)) {
			if (step.kind === 'action') trainer.send({ type: 'act', event: step.event, at: (at += 987.654321) });
		}
		const ctx = trainer.getSnapshot().context;
		trainer.stop();
		expect(Number.isInteger(ctx.elapsedMs)).toBe(false);
		const record = recordStep(emptyRecord(), ieMode.id, progressOf(ctx), T1);
		expect(parseRecord(serializeRecord(record))).toEqual({ ok: true, record });
	});

	test.each<[string, string, string]>([
		['garbage', 'not json at all {', 'garbage'],
		['an array', '[1,2,3]', 'garbage'],
		['a string', '"hello"', 'garbage'],
		['no version', '{"lessons":{}}', 'schema'],
		['a newer version', JSON.stringify({ version: RECORD_VERSION + 1, lessons: {} }), 'newer'],
		['an older version without a migration', JSON.stringify({ version: 0, lessons: {} }), 'older'],
		['an unknown status', JSON.stringify({ version: 1, lessons: { journey: { status: 'great', weakSteps: [], updatedAt: T1 } } }), 'schema'],
		['a score over 100', JSON.stringify({ version: 1, lessons: { journey: { status: 'passed', bestTestScore: 120, weakSteps: [], updatedAt: T1 } } }), 'schema'],
		['a negative step index', JSON.stringify({ version: 1, lessons: { journey: { status: 'started', weakSteps: [], updatedAt: T1, progress: { v: 1, scenario: 'journey', mode: 'practice', log: [], index: -1, steps: [], wrong: 0, hint: 0, elapsedMs: 0 } } } }), 'schema'],
		['a name too long for the printed record', JSON.stringify({ version: 1, learnerName: 'あ'.repeat(41), lessons: {} }), 'schema'],
		['a date that is not a date', JSON.stringify({ version: 1, lessons: { journey: { status: 'todo', weakSteps: [], updatedAt: 'yesterday' } } }), 'schema'],
	])('refuses %s (%s)', (_name, text, problem) => {
		const parsed = parseRecord(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.problem).toBe(problem);
	});

	test('lessons the site no longer has are dropped, the rest is kept', () => {
		const record = recordStep(recordStep(emptyRecord(), 'journey', progressOf(startContext(ieMode, 'practice')), T1), 'old-lesson', progressOf(startContext(ieMode, 'practice')), T1);
		const parsed = parseRecord(serializeRecord(record), (id) => id === 'journey');
		expect(parsed.ok && Object.keys(parsed.record.lessons)).toEqual(['journey']);
	});

	test('an older version is read through its migration', () => {
		const v0 = JSON.stringify({ version: 0, progress: { journey: 'started' } });
		const migrations = {
			0: (old: Record<string, unknown>) => ({
				lessons: Object.fromEntries(Object.entries(old.progress as Record<string, string>).map(([id, status]) => [id, { status, weakSteps: [], updatedAt: T1 }])),
			}),
		};
		const parsed = parseRecord(v0, undefined, migrations);
		expect(parsed.ok && parsed.record).toEqual({ version: RECORD_VERSION, lessons: { journey: { status: 'started', weakSteps: [], updatedAt: T1 } } });
	});
});

describe('statuses: まだ → 途中 → 練習で完了 → テスト合格, never down', () => {
	test('a step makes a lesson 途中 and keeps its progress', () => {
		expect(statusOf(emptyRecord(), ieMode.id)).toBe('todo');
		const r = recordStep(emptyRecord(), ieMode.id, progressOf(follow(startContext(ieMode, 'practice'), 2)), T1);
		expect(statusOf(r, ieMode.id)).toBe('started');
		expect(r.lessons[ieMode.id]!.progress!.index).toBe(2);
	});

	test('finishing in 練習 completes it; a passing テスト passes it; starting again keeps the status', () => {
		let r: TrainingRecord = recordFinish(emptyRecord(), ieMode.id, { mode: 'practice' }, undefined, T1);
		expect(statusOf(r, ieMode.id)).toBe('practised');
		r = recordFinish(r, ieMode.id, { mode: 'test', score: scoreWith(PASS_MARK) }, undefined, T2);
		expect(statusOf(r, ieMode.id)).toBe('passed');
		expect(r.lessons[ieMode.id]!.passedAt).toBe(T2);
		r = recordStep(r, ieMode.id, progressOf(startContext(ieMode, 'practice')), T2);
		expect(statusOf(r, ieMode.id)).toBe('passed');
	});

	test('a テスト below the pass mark completes the lesson but does not pass it', () => {
		const r = recordFinish(emptyRecord(), ieMode.id, { mode: 'test', score: scoreWith(PASS_MARK - 1) }, undefined, T1);
		expect(statusOf(r, ieMode.id)).toBe('practised');
		expect(r.lessons[ieMode.id]!.passedAt).toBeUndefined();
		expect(r.lessons[ieMode.id]!.bestTestScore).toBe(PASS_MARK - 1);
	});

	test('the best score is kept; the weak steps are those of the last テスト', () => {
		const weak = [{ index: 3, text: 'x', section: '2.2.1', anchor: 'step-4', mistakes: 1, hints: 0 }];
		let r = recordFinish(emptyRecord(), ieMode.id, { mode: 'test', score: scoreWith(95) }, undefined, T1);
		r = recordFinish(r, ieMode.id, { mode: 'test', score: scoreWith(70, weak) }, undefined, T2);
		const lesson = r.lessons[ieMode.id]!;
		expect(lesson.bestTestScore).toBe(95);
		expect(lesson.passedAt).toBe(T1);
		expect(lesson.lastTest?.points).toBe(70);
		expect(lesson.weakSteps).toEqual(weak);
		expect(lesson.status).toBe('passed');
	});

	test('the engine’s own テスト score goes into the record as it is (mistakes, hints, time, weak steps)', () => {
		const ctx = follow(askHint(startContext(ieMode, 'test')), ieMode.steps.length);
		const s = score(ctx);
		expect(s.hints).toBe(1);
		expect(s.points).toBeLessThan(100);
		const r = recordFinish(emptyRecord(), ieMode.id, { mode: 'test', score: s }, progressOf(ctx), T1);
		const lesson = r.lessons[ieMode.id]!;
		expect(lesson.lastTest).toMatchObject({ points: s.points, mistakes: s.mistakes, hints: s.hints, timePenalty: s.timePenalty });
		expect(lesson.weakSteps.map((x) => x.index)).toEqual([0]);
		expect(lesson.weakSteps[0]).toMatchObject({ section: ieMode.steps[0]!.section, hints: 1 });
		expect(parseRecord(serializeRecord(r)).ok).toBe(true);
	});

	test('forgetting the progress keeps the status and the scores', () => {
		let r = recordFinish(emptyRecord(), ieMode.id, { mode: 'test', score: scoreWith(90) }, progressOf(startContext(ieMode, 'test')), T1);
		r = forgetProgress(r, ieMode.id);
		expect(r.lessons[ieMode.id]!.progress).toBeUndefined();
		expect(r.lessons[ieMode.id]!.bestTestScore).toBe(90);
	});
});

describe('氏名 for the printed record', () => {
	test('is trimmed, spaces folded, and removed when empty', () => {
		expect(withLearnerName(emptyRecord(), '  神奈川　 花子 ').learnerName).toBe('神奈川 花子');
		expect('learnerName' in withLearnerName(withLearnerName(emptyRecord(), '花子'), '   ')).toBe(false);
	});
	test('is cut to the length the schema accepts', () => {
		const r = withLearnerName(emptyRecord(), 'あ'.repeat(100));
		expect(parseRecord(serializeRecord(r)).ok).toBe(true);
	});
});
