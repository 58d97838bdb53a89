import * as z from 'zod/mini';

/**
 * The training record (DESIGN.md "Practice": a training record kept in the browser): per lesson
 * its status, the trainer's saved progress (so a reload resumes at the same step), the best
 * テスト score with the weak steps of the last test, and the learner's 氏名 only when they type it
 * for the printed record. Plain JSON, versioned, validated with a schema on every load.
 *
 * This module is pure (no storage, no engine): the hub's status script imports it, so it must
 * stay small (zod/mini, not zod: about 6 KB against 28 KB gzipped).
 */

export const RECORD_VERSION = 1;

/** A lesson's status on the hub. */
export type LessonStatus = 'todo' | 'started' | 'practised' | 'passed';
export const lessonStatuses = ['todo', 'started', 'practised', 'passed'] as const satisfies readonly LessonStatus[];
export const lessonStatusLabels: Readonly<Record<LessonStatus, string>> = {
	todo: 'まだ',
	started: '途中',
	practised: '練習で完了',
	passed: 'テスト合格',
};

/** Our own pass mark for テスト (not the manual's): the engine's score out of 100, at least this. */
export const PASS_MARK = 80;

/** The longest 氏名 kept (the printed record has one line for it). */
export const NAME_MAX_LENGTH = 40;

const count = z.int().check(z.gte(0));
const modeSchema = z.enum(['watch', 'practice', 'test']);
/** A date and time as `Date.prototype.toISOString` writes it. */
const timestamp = z.iso.datetime();

/**
 * The trainer's saved progress (src/sim/progress.ts `SavedProgress`), checked for shape only:
 * `restoreTrainer` checks it against the lesson and replays every event, and refuses it with a
 * reason when the lesson has changed since.
 */
const progressSchema = z.object({
	v: z.number(),
	scenario: z.string(),
	mode: modeSchema,
	log: z.array(z.looseObject({ type: z.string() })),
	index: count,
	steps: z.array(z.object({ status: z.enum(['done', 'todo', 'redo']), mistakes: count, hints: count })),
	wrong: count,
	hint: z.union([z.literal(0), z.literal(1), z.literal(2)]),
	// Milliseconds from performance.now(): not whole numbers.
	elapsedMs: z.number().check(z.gte(0)),
});

const weakStepSchema = z.object({
	index: count,
	text: z.string(),
	section: z.string(),
	anchor: z.optional(z.string()),
	mistakes: count,
	hints: count,
});

const testResultSchema = z.object({
	points: z.int().check(z.gte(0), z.lte(100)),
	mistakes: count,
	hints: count,
	elapsedMs: count,
	timePenalty: count,
	at: timestamp,
});

const lessonRecordSchema = z.object({
	status: z.enum(lessonStatuses),
	progress: z.optional(progressSchema),
	bestTestScore: z.optional(z.int().check(z.gte(0), z.lte(100))),
	/** When the best passing テスト was finished (the printed record's date for the lesson). */
	passedAt: z.optional(timestamp),
	lastTest: z.optional(testResultSchema),
	/** The weak steps of the last テスト, the worst first (from the engine's `score()`). */
	weakSteps: z.array(weakStepSchema),
	updatedAt: timestamp,
});

export const recordSchema = z.object({
	version: z.literal(RECORD_VERSION),
	learnerName: z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH))),
	lessons: z.record(z.string(), lessonRecordSchema),
});

export type TrainingRecord = z.infer<typeof recordSchema>;
export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type SavedProgressData = z.infer<typeof progressSchema>;
export type WeakStep = z.infer<typeof weakStepSchema>;
export type TestResult = z.infer<typeof testResultSchema>;

export function emptyRecord(): TrainingRecord {
	return { version: RECORD_VERSION, lessons: {} };
}

/**
 * What was wrong with a stored record. `garbage`: nothing in it could be read (not JSON, not an
 * object). `newer`: written by a newer version of the site; read as far as this version
 * understands it, and never written over (a reload brings the newer site). `older`: an older
 * version without a migration, read as far as it fits. `schema`: a record of this version with
 * entries or fields that do not fit, each dropped or set back to its default on its own.
 */
export type RecordProblem = 'garbage' | 'schema' | 'newer' | 'older';

/** A field that fell back to its default: the lesson (absent for the record's own fields) and the field's name. */
export interface RepairedField {
	readonly lesson?: string;
	readonly field: string;
	/** Kept but cut to its limit (a 氏名 too long for the printed record), not emptied. */
	readonly cut?: true;
}

export interface ParseResult {
	/** Everything that could be read; always a valid record of this version. */
	readonly record: TrainingRecord;
	readonly problem: RecordProblem | null;
	/** Lessons whose entry could not be read at all (not an object, or no status we know): dropped. */
	readonly dropped: readonly string[];
	/** Fields that did not fit and fell back to their default (absent); the rest of the lesson is kept. */
	readonly repaired: readonly RepairedField[];
}

/**
 * Migrations: `migrations[n]` turns a version-n record into a version-(n+1) one. Version 1 is
 * the first, so the table is empty; a change of format adds an entry here and a test with a
 * stored record of the old version.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The optional fields of a lesson, each checked on its own: one that does not fit is left out. */
const optionalLessonFields = {
	progress: progressSchema,
	bestTestScore: lessonRecordSchema.shape.bestTestScore,
	passedAt: timestamp,
	lastTest: testResultSchema,
} as const;

/** When nothing better is known (a lesson whose `updatedAt` cannot be read). */
const LONG_AGO = '1970-01-01T00:00:00.000Z';

/**
 * One lesson entry, as much of it as fits: the whole entry when it is valid (the usual case);
 * otherwise its status (without which it is not a lesson of ours: null, dropped) and every
 * field that fits, each misfit noted in `repaired`. Weak steps are kept one by one.
 */
function readLesson(id: string, raw: unknown, repaired: RepairedField[]): LessonRecord | null {
	const whole = lessonRecordSchema.safeParse(raw);
	if (whole.success) return whole.data;
	if (!isObject(raw)) return null;
	const status = lessonRecordSchema.shape.status.safeParse(raw.status);
	if (!status.success) return null;
	const lesson: Record<string, unknown> = { status: status.data };
	for (const [field, schema] of Object.entries(optionalLessonFields)) {
		if (raw[field] === undefined) continue;
		const value = (schema as z.ZodMiniType).safeParse(raw[field]);
		if (value.success) lesson[field] = value.data;
		else repaired.push({ lesson: id, field });
	}
	const steps = Array.isArray(raw.weakSteps) ? raw.weakSteps : [];
	const weakSteps = steps.flatMap((w) => {
		const step = weakStepSchema.safeParse(w);
		return step.success ? [step.data] : [];
	});
	if (!Array.isArray(raw.weakSteps) || weakSteps.length < steps.length) repaired.push({ lesson: id, field: 'weakSteps' });
	lesson.weakSteps = weakSteps;
	const updatedAt = timestamp.safeParse(raw.updatedAt);
	if (!updatedAt.success) repaired.push({ lesson: id, field: 'updatedAt' });
	lesson.updatedAt = updatedAt.success ? updatedAt.data : LONG_AGO;
	return lesson as LessonRecord;
}

/**
 * The stored text back to a record: never throws, and keeps every part that can be read (issue
 * 17: one bad entry used to wipe a passed テスト). Entries are checked one by one: a lesson that
 * cannot be read is dropped and named, a field that does not fit falls back to its default (a
 * 氏名 over the limit is cut to it). A record from a newer version is read as far as this
 * version understands it (its caller must not write it back). Lessons this version does not
 * know are kept as they are: a newer page of the site may have them.
 */
export function parseRecord(text: string, table: Readonly<Record<number, Migration>> = migrations): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		data = undefined;
	}
	if (!isObject(data)) return { record: emptyRecord(), problem: 'garbage', dropped: [], repaired: [] };
	const version = data.version;
	let problem: RecordProblem | null = null;
	let migrated = data;
	if (typeof version !== 'number' || !Number.isInteger(version)) problem = 'schema';
	else if (version > RECORD_VERSION) problem = 'newer';
	else {
		for (let v = version; v < RECORD_VERSION; v++) {
			const step = table[v];
			if (!step) {
				problem = 'older';
				break;
			}
			try {
				migrated = { ...step(migrated), version: v + 1 };
			} catch {
				problem = 'older';
				break;
			}
		}
	}
	const whole = problem === null ? recordSchema.safeParse(migrated) : null;
	if (whole?.success) return { record: whole.data, problem: null, dropped: [], repaired: [] };

	const dropped: string[] = [];
	const repaired: RepairedField[] = [];
	const record: TrainingRecord = emptyRecord();
	const name = migrated.learnerName;
	if (typeof name === 'string') {
		if (name.length > NAME_MAX_LENGTH) repaired.push({ field: 'learnerName', cut: true });
		record.learnerName = name.slice(0, NAME_MAX_LENGTH);
	} else if (name !== undefined) repaired.push({ field: 'learnerName' });
	const lessons = migrated.lessons;
	if (isObject(lessons)) {
		const kept: [string, LessonRecord][] = [];
		for (const [id, raw] of Object.entries(lessons)) {
			const lesson = readLesson(id, raw, repaired);
			if (lesson) kept.push([id, lesson]);
			else dropped.push(id);
		}
		// fromEntries defines own properties: a lesson stored as "__proto__" stays a lesson.
		record.lessons = Object.fromEntries(kept);
	} else if (lessons !== undefined) repaired.push({ field: 'lessons' });
	return { record, problem: problem ?? 'schema', dropped, repaired };
}

export function serializeRecord(record: TrainingRecord): string {
	return JSON.stringify(record);
}

/* ---------- Changes (pure: each returns a new record) ---------- */

const rank: Readonly<Record<LessonStatus, number>> = { todo: 0, started: 1, practised: 2, passed: 3 };

/** The higher of two statuses: a status never goes down (a passed lesson started again stays passed). */
export function higherStatus(a: LessonStatus, b: LessonStatus): LessonStatus {
	return rank[a] >= rank[b] ? a : b;
}

export function lessonOf(record: TrainingRecord, id: string): LessonRecord | undefined {
	return record.lessons[id];
}

export function statusOf(record: TrainingRecord, id: string): LessonStatus {
	return record.lessons[id]?.status ?? 'todo';
}

function withLesson(record: TrainingRecord, id: string, now: string, change: (old: LessonRecord) => LessonRecord): TrainingRecord {
	const old: LessonRecord = record.lessons[id] ?? { status: 'todo', weakSteps: [], updatedAt: now };
	return { ...record, lessons: { ...record.lessons, [id]: { ...change(old), updatedAt: now } } };
}

/** After every step: keep the trainer's progress (so a reload resumes there); the lesson is 途中 at least. */
export function recordStep(record: TrainingRecord, id: string, progress: SavedProgressData, now: string): TrainingRecord {
	return withLesson(record, id, now, (old) => ({ ...old, status: higherStatus(old.status, 'started'), progress }));
}

/** What the engine's `score()` gives at the end of a テスト (src/sim/trainer.ts `Score`). */
export interface ScoreLike {
	readonly points: number;
	readonly mistakes: number;
	readonly hints: number;
	readonly elapsedMs: number;
	readonly timePenalty: number;
	readonly weakSteps: readonly WeakStep[];
}

export type Finish = { readonly mode: 'watch' | 'practice' } | { readonly mode: 'test'; readonly score: ScoreLike };

/**
 * At the end of a lesson: 練習 completes it; a テスト at or above the pass mark passes it, one
 * below completes it (the score shows how it went). The best score is kept, the weak steps of
 * the last test replace the earlier ones. Watching to the end changes nothing but the progress.
 */
export function recordFinish(record: TrainingRecord, id: string, finish: Finish, progress: SavedProgressData | undefined, now: string): TrainingRecord {
	const s = finish.mode === 'test' ? finish.score : null;
	return withLesson(record, id, now, (old) => {
		const base = { ...old, ...(progress ? { progress } : {}) };
		if (finish.mode === 'watch') return { ...base, status: higherStatus(old.status, 'started') };
		if (!s) return { ...base, status: higherStatus(old.status, 'practised') };
		const points = Math.max(0, Math.min(100, Math.round(s.points)));
		const passed = points >= PASS_MARK;
		const best = old.bestTestScore === undefined || points > old.bestTestScore;
		return {
			...base,
			status: higherStatus(old.status, passed ? 'passed' : 'practised'),
			bestTestScore: best ? points : old.bestTestScore!,
			...(passed && (best || !old.passedAt) ? { passedAt: now } : {}),
			lastTest: { points, mistakes: s.mistakes, hints: s.hints, elapsedMs: Math.round(s.elapsedMs), timePenalty: s.timePenalty, at: now },
			weakSteps: s.weakSteps.map((w) => ({ index: w.index, text: w.text, section: w.section, ...(w.anchor ? { anchor: w.anchor } : {}), mistakes: w.mistakes, hints: w.hints })),
		};
	});
}

/** Starting a lesson again from the beginning forgets its progress, not its status or scores. */
export function forgetProgress(record: TrainingRecord, id: string): TrainingRecord {
	const old = record.lessons[id];
	if (!old?.progress) return record;
	const { progress: _gone, ...rest } = old;
	return { ...record, lessons: { ...record.lessons, [id]: rest } };
}

/** The 氏名 for the printed record: trimmed, cut to the limit; empty removes it. */
export function withLearnerName(record: TrainingRecord, name: string): TrainingRecord {
	const clean = name.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, NAME_MAX_LENGTH);
	if (!clean) {
		const { learnerName: _gone, ...rest } = record;
		return rest;
	}
	return { ...record, learnerName: clean };
}
