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
		expect(parsed).toEqual({ record, problem: null, dropped: [], repaired: [] });
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
		expect(parseRecord(serializeRecord(record))).toEqual({ record, problem: null, dropped: [], repaired: [] });
	});

	test.each<[string, string]>([
		['not JSON', 'not json at all {'],
		['an array', '[1,2,3]'],
		['a string', '"hello"'],
		['null', 'null'],
	])('a record with nothing readable (%s) is garbage: an empty record', (_name, text) => {
		expect(parseRecord(text)).toEqual({ record: emptyRecord(), problem: 'garbage', dropped: [], repaired: [] });
	});

	const passed = { status: 'passed', bestTestScore: 95, passedAt: T1, weakSteps: [], updatedAt: T1 };
	const withJourney = (journey: unknown, rest: Record<string, unknown> = {}) => JSON.stringify({ version: 1, ...rest, lessons: { '2-2-1-ie-mode': passed, journey } });

	test.each<[string, unknown, readonly string[], readonly { lesson?: string; field: string }[], Record<string, unknown> | undefined]>([
		['an unknown status: the entry is dropped', { status: 'great', weakSteps: [], updatedAt: T1 }, ['journey'], [], undefined],
		['an entry that is not an object: dropped', 42, ['journey'], [], undefined],
		['a score over 100: that field falls back', { status: 'passed', bestTestScore: 120, weakSteps: [], updatedAt: T1 }, [], [{ lesson: 'journey', field: 'bestTestScore' }], { status: 'passed', weakSteps: [], updatedAt: T1 }],
		['a date in another format (2026/11/01): that field falls back', { status: 'passed', bestTestScore: 90, passedAt: '2026/11/01', weakSteps: [], updatedAt: T1 }, [], [{ lesson: 'journey', field: 'passedAt' }], { status: 'passed', bestTestScore: 90, weakSteps: [], updatedAt: T1 }],
		[
			'a negative step index: the progress falls back to none, the status stays',
			{ status: 'started', weakSteps: [], updatedAt: T1, progress: { v: 1, scenario: 'journey', mode: 'practice', log: [], index: -1, steps: [], wrong: 0, hint: 0, elapsedMs: 0 } },
			[],
			[{ lesson: 'journey', field: 'progress' }],
			{ status: 'started', weakSteps: [], updatedAt: T1 },
		],
		['an updatedAt that is not a date', { status: 'todo', weakSteps: [], updatedAt: 'yesterday' }, [], [{ lesson: 'journey', field: 'updatedAt' }], { status: 'todo', weakSteps: [], updatedAt: '1970-01-01T00:00:00.000Z' }],
		[
			'one bad weak step among good ones: only it is left out',
			{ status: 'practised', weakSteps: [{ index: 1, text: 'a', section: '2.2.1', mistakes: 1, hints: 0 }, { index: 'x' }], updatedAt: T1 },
			[],
			[{ lesson: 'journey', field: 'weakSteps' }],
			{ status: 'practised', weakSteps: [{ index: 1, text: 'a', section: '2.2.1', mistakes: 1, hints: 0 }], updatedAt: T1 },
		],
	])('%s; the other lessons are kept whole', (_name, journey, dropped, repaired, kept) => {
		const parsed = parseRecord(withJourney(journey));
		expect(parsed.problem).toBe('schema');
		expect(parsed.dropped).toEqual(dropped);
		expect(parsed.repaired).toEqual(repaired);
		expect(parsed.record.lessons['2-2-1-ie-mode']).toEqual(passed);
		expect(parsed.record.lessons.journey).toEqual(kept);
	});

	test('a 41-character name is cut to 40, and every lesson is kept', () => {
		const parsed = parseRecord(JSON.stringify({ version: 1, learnerName: 'あ'.repeat(41), lessons: { '2-2-1-ie-mode': passed } }));
		expect(parsed.record).toEqual({ version: 1, learnerName: 'あ'.repeat(40), lessons: { '2-2-1-ie-mode': passed } });
		expect(parsed.repaired).toEqual([{ field: 'learnerName', cut: true }]);
	});

	test('no version: read as far as it fits, and said', () => {
		const parsed = parseRecord(JSON.stringify({ lessons: { '2-2-1-ie-mode': passed } }));
		expect(parsed).toMatchObject({ problem: 'schema', record: { version: 1, lessons: { '2-2-1-ie-mode': passed } } });
	});

	test('a newer version is read as far as this version understands it', () => {
		const parsed = parseRecord(JSON.stringify({ version: RECORD_VERSION + 1, lessons: { '2-2-1-ie-mode': { ...passed, stars: 3 }, journey: { status: 'mastered' } } }));
		expect(parsed.problem).toBe('newer');
		expect(parsed.record.lessons).toEqual({ '2-2-1-ie-mode': passed });
	});

	test('an older version without a migration is read as far as it fits', () => {
		const parsed = parseRecord(JSON.stringify({ version: 0, lessons: { journey: passed } }));
		expect(parsed).toMatchObject({ problem: 'older', record: { lessons: { journey: passed } } });
	});

	test('lessons this version does not have are kept (a newer page of the site may have them)', () => {
		const record = recordStep(recordStep(emptyRecord(), 'journey', progressOf(startContext(ieMode, 'practice')), T1), 'lesson-of-a-newer-site', progressOf(startContext(ieMode, 'practice')), T1);
		expect(Object.keys(parseRecord(serializeRecord(record)).record.lessons).sort()).toEqual(['journey', 'lesson-of-a-newer-site']);
	});

	test('an older version is read through its migration', () => {
		const v0 = JSON.stringify({ version: 0, progress: { journey: 'started' } });
		const migrations = {
			0: (old: Record<string, unknown>) => ({
				lessons: Object.fromEntries(Object.entries(old.progress as Record<string, string>).map(([id, status]) => [id, { status, weakSteps: [], updatedAt: T1 }])),
			}),
		};
		const parsed = parseRecord(v0, migrations);
		expect(parsed.record).toEqual({ version: RECORD_VERSION, lessons: { journey: { status: 'started', weakSteps: [], updatedAt: T1 } } });
		expect(parsed.problem).toBeNull();
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
		expect(parseRecord(serializeRecord(r)).problem).toBeNull();
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
		expect(parseRecord(serializeRecord(r)).problem).toBeNull();
	});
});
