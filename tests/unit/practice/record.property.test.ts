import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lessonStatuses, parseRecord, RECORD_VERSION, recordSchema, serializeRecord, type LessonRecord, type TrainingRecord } from '../../../src/practice/record';
import { RECORD_KEY, type StorageLike } from '../../../src/practice/storage';
import { createRecordStore } from '../../../src/practice/store';

/**
 * Issue 17: whatever is stored under the record's key, reading it never throws, always gives a
 * valid record, and loses nothing valid: every lesson entry that fits is kept exactly, next to
 * entries and fields that do not.
 */

const iso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const count = fc.nat({ max: 1000 });
const weakStep = fc.record(
	{ index: count, text: fc.string(), section: fc.string({ maxLength: 8 }), anchor: fc.string({ maxLength: 12 }), mistakes: count, hints: count },
	{ requiredKeys: ['index', 'text', 'section', 'mistakes', 'hints'] },
);
const progress = fc.record({
	v: fc.integer(),
	scenario: fc.string(),
	mode: fc.constantFrom('watch', 'practice', 'test'),
	log: fc.array(fc.record({ type: fc.string() }), { maxLength: 3 }),
	index: count,
	steps: fc.array(fc.record({ status: fc.constantFrom('done', 'todo', 'redo'), mistakes: count, hints: count }), { maxLength: 3 }),
	wrong: count,
	hint: fc.constantFrom(0, 1, 2),
	elapsedMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
});
const lesson: fc.Arbitrary<LessonRecord> = fc.record(
	{
		status: fc.constantFrom(...lessonStatuses),
		progress,
		bestTestScore: fc.integer({ min: 0, max: 100 }),
		passedAt: iso,
		lastTest: fc.record({ points: fc.integer({ min: 0, max: 100 }), mistakes: count, hints: count, elapsedMs: count, timePenalty: count, at: iso }),
		weakSteps: fc.array(weakStep, { maxLength: 3 }),
		updatedAt: iso,
	},
	{ requiredKeys: ['status', 'weakSteps', 'updatedAt'] },
) as fc.Arbitrary<LessonRecord>;
// Any key JSON can hold (but "__proto__", which no lesson of ours is called: zod's record leaves it out).
const lessonId = fc.oneof(fc.constantFrom('journey', '2-2-1-ie-mode', '3-9-login-dialog-missing', 'constructor', 'toString'), fc.string({ minLength: 1, maxLength: 20 })).filter((id) => id !== '__proto__');
const validRecord: fc.Arbitrary<TrainingRecord> = fc.record(
	{ version: fc.constant(RECORD_VERSION), learnerName: fc.string({ maxLength: 40 }), lessons: fc.dictionary(lessonId, lesson, { maxKeys: 5 }) },
	{ requiredKeys: ['version', 'lessons'] },
) as fc.Arbitrary<TrainingRecord>;
/** Anything at all where a lesson's entry or field is expected. */
const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined));

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

describe('reading any stored text', () => {
	test('never throws, and always gives a record this version accepts', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), validRecord.map(serializeRecord)), (text) => {
				const parsed = parseRecord(text);
				expect(recordSchema.safeParse(parsed.record).success).toBe(true);
			}),
		);
	});

	test('a valid record reads back exactly as written, with no message', () => {
		fc.assert(
			fc.property(validRecord, (record) => {
				const parsed = parseRecord(serializeRecord(record));
				expect(parsed.problem).toBeNull();
				expect(parsed.record).toEqual(record);
			}),
		);
	});

	test('bad entries beside good ones: every good lesson is kept exactly; every bad one is named or repaired', () => {
		fc.assert(
			fc.property(validRecord, fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }).map((s) => `bad-${s}`), junk, { minKeys: 1, maxKeys: 4 }), (record, bad) => {
				const stored = { ...record, lessons: { ...record.lessons, ...bad } };
				const parsed = parseRecord(JSON.stringify(stored));
				for (const [id, good] of Object.entries(record.lessons)) {
					expect(own(parsed.record.lessons, id)).toBe(true);
					expect(parsed.record.lessons[id]).toEqual(good);
				}
				for (const id of Object.keys(bad)) {
					if (stored.lessons[id] === undefined) continue;
					const kept = own(parsed.record.lessons, id);
					expect(kept || parsed.dropped.includes(id)).toBe(true);
				}
			}),
		);
	});

	test('one bad field falls back alone: the lesson and its other fields are kept', () => {
		const fields = ['progress', 'bestTestScore', 'passedAt', 'lastTest', 'weakSteps', 'updatedAt'] as const;
		fc.assert(
			fc.property(validRecord, lesson, fc.constantFrom(...fields), fc.jsonValue(), (record, target, field, value) => {
				const entry = { ...target, [field]: value };
				const parsed = parseRecord(JSON.stringify({ ...record, lessons: { ...record.lessons, target: entry } }));
				const got = parsed.record.lessons.target!;
				expect(got.status).toBe(target.status);
				for (const other of fields) {
					if (other !== field && other !== 'weakSteps') expect(got[other]).toEqual(target[other]);
				}
				if (field !== 'weakSteps') expect(got.weakSteps).toEqual(target.weakSteps);
			}),
		);
	});

	test('a newer version is read as far as understood: its valid lessons are all there', () => {
		fc.assert(
			fc.property(validRecord, fc.integer({ min: RECORD_VERSION + 1, max: 1000 }), (record, version) => {
				const parsed = parseRecord(JSON.stringify({ ...record, version }));
				expect(parsed.problem).toBe('newer');
				expect(parsed.record.lessons).toEqual(record.lessons);
			}),
		);
	});
});

/** A storage whose every call may fail in the ways browsers fail. */
class FlakyStorage implements StorageLike {
	readonly map = new Map<string, string>();
	constructor(readonly fails: { read: boolean; write: 'quota' | 'security' | null }) {}
	getItem(key: string) {
		if (this.fails.read) throw new DOMException('blocked', 'SecurityError');
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.fails.write === 'quota') throw new DOMException('full', 'QuotaExceededError');
		if (this.fails.write === 'security') throw new DOMException('blocked', 'SecurityError');
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}

describe('the store over any stored text and any failing storage', () => {
	test('never throws; a refused write or a newer record never changes what is stored', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), validRecord.map(serializeRecord), validRecord.map((r) => JSON.stringify({ ...r, version: RECORD_VERSION + 1 }))),
				fc.record({ read: fc.boolean(), write: fc.constantFrom('quota' as const, 'security' as const, null) }),
				fc.string({ maxLength: 50 }),
				(text, fails, name) => {
					const storage = new FlakyStorage(fails);
					storage.map.set(RECORD_KEY, text);
					const store = createRecordStore({ getStorage: () => storage });
					store.update((r) => ({ ...r, learnerName: name.slice(0, 40) || 'x' }));
					store.reload();
					const state = store.getState();
					expect(recordSchema.safeParse(state.record).success).toBe(true);
					const newer = (() => {
						try {
							return (JSON.parse(text) as { version?: unknown }).version === RECORD_VERSION + 1;
						} catch {
							return false;
						}
					})();
					if (fails.write || newer) expect(storage.map.get(RECORD_KEY)).toBe(text);
					if (fails.read) expect(state.problems).toContain('unavailable');
				},
			),
		);
	});
});
