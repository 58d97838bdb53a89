import { describe, expect, test } from 'vitest';
import { emptyRecord, RECORD_VERSION, recordFinish, serializeRecord, withLearnerName } from '../../../src/practice/record';
import { loadRecord, PROBE_KEY, RECORD_KEY, type StorageLike } from '../../../src/practice/storage';
import { createRecordStore } from '../../../src/practice/store';
import { problemMessages, problemParagraphs } from '../../../src/practice/messages';

const T = '2025-05-01T10:00:00.000Z';

/** A Web Storage stand-in: a map, with switches for the failures real browsers have. */
class FakeStorage implements StorageLike {
	readonly map = new Map<string, string>();
	failRead = false;
	failWrite: 'quota' | 'legacyQuota' | 'security' | null = null;
	getItem(key: string) {
		if (this.failRead) throw new DOMException('The operation is insecure.', 'SecurityError');
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWrite === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		if (this.failWrite === 'legacyQuota') throw Object.assign(new Error('quota'), { code: 22 });
		if (this.failWrite === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}

const withStored = (text: string) => {
	const s = new FakeStorage();
	s.map.set(RECORD_KEY, text);
	return s;
};

describe('loading', () => {
	test('nothing stored: an empty record, no message', () => {
		expect(loadRecord(() => new FakeStorage())).toMatchObject({ record: emptyRecord(), problems: [], writable: true });
	});

	test('garbage: an empty record, the problem named, and the empty record written in its place', () => {
		const storage = withStored('}{');
		const loaded = loadRecord(() => storage);
		expect(loaded).toMatchObject({ problems: ['garbage'], record: emptyRecord(), storage });
		expect(JSON.parse(storage.map.get(RECORD_KEY)!)).toEqual(emptyRecord());
	});

	test('one bad lesson entry: dropped and named, the rest kept, the record written back as read (said once)', () => {
		const good = recordFinish(emptyRecord(), '2-2-1-ie-mode', { mode: 'test', score: { points: 95, mistakes: 0, hints: 0, elapsedMs: 1, timePenalty: 0, weakSteps: [] } }, undefined, T);
		const storage = withStored(JSON.stringify({ ...good, lessons: { ...good.lessons, journey: { status: 42 } } }));
		const loaded = loadRecord(() => storage);
		expect(loaded).toMatchObject({ problems: ['schema'], dropped: ['journey'], record: good });
		expect(problemParagraphs(loaded).join('')).toContain('通しの練習');
		expect(JSON.parse(storage.map.get(RECORD_KEY)!)).toEqual(good);
		expect(loadRecord(() => storage).problems).toEqual([]);
	});

	test('a newer version: read as far as understood, left untouched in storage, never written; the message says to reload', () => {
		const text = JSON.stringify({ version: RECORD_VERSION + 1, lessons: { journey: { status: 'passed', bestTestScore: 90, weakSteps: [], updatedAt: T, medal: 'gold' } } });
		const storage = withStored(text);
		const store = createRecordStore({ getStorage: () => storage });
		expect(store.getState()).toMatchObject({ problems: ['newer'], persistent: false, record: { lessons: { journey: { status: 'passed', bestTestScore: 90 } } } });
		store.update((r) => withLearnerName(r, '花子'));
		expect(store.getState().record.learnerName).toBe('花子');
		expect(storage.map.get(RECORD_KEY)).toBe(text);
		expect(problemParagraphs(store.getState()).join('')).toMatch(/再読み込み/u);
	});

	test('a full storage found on load: the record is read, nothing is removed, and the message says so', () => {
		const text = serializeRecord(recordFinish(emptyRecord(), 'journey', { mode: 'practice' }, undefined, T));
		const storage = withStored(text);
		storage.failWrite = 'quota';
		const loaded = loadRecord(() => storage);
		expect(loaded).toMatchObject({ problems: ['quota'], record: { lessons: { journey: { status: 'practised' } } } });
		expect(storage.map.get(RECORD_KEY)).toBe(text);
		expect(storage.map.has(PROBE_KEY)).toBe(false);
	});

	test('storage that throws on access (site data blocked): in memory, with a message', () => {
		const loaded = loadRecord(() => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		expect(loaded).toMatchObject({ storage: null, problems: ['unavailable'], record: emptyRecord() });
	});

	test('storage that throws on read: in memory, with a message', () => {
		const s = new FakeStorage();
		s.failRead = true;
		expect(loadRecord(() => s)).toMatchObject({ storage: null, problems: ['unavailable'] });
	});

	test('no storage at all: in memory, with a message', () => {
		expect(loadRecord(() => null)).toMatchObject({ storage: null, problems: ['unavailable'] });
	});
});

describe('the store', () => {
	test('every change is written under one key and read back by the next page', () => {
		const storage = new FakeStorage();
		const store = createRecordStore({ getStorage: () => storage });
		store.update((r) => recordFinish(r, 'journey', { mode: 'practice' }, undefined, T));
		expect([...storage.map.keys()]).toEqual([RECORD_KEY]);
		const next = createRecordStore({ getStorage: () => storage });
		expect(next.getState().record.lessons.journey?.status).toBe('practised');
		expect(next.getState().problems).toEqual([]);
	});

	test.each(['quota', 'legacyQuota'] as const)('a full storage on save (%s): the change is kept in memory, the stored copy is never removed, the message says so; a later write that fits clears it', (kind) => {
		const text = serializeRecord(recordFinish(emptyRecord(), 'journey', { mode: 'practice' }, undefined, T));
		const storage = withStored(text);
		const store = createRecordStore({ getStorage: () => storage });
		let heard = 0;
		store.subscribe(() => heard++);
		storage.failWrite = kind;
		store.update((r) => withLearnerName(r, '花子'));
		const state = store.getState();
		expect(state).toMatchObject({ problems: ['quota'], persistent: false });
		expect(state.record.learnerName).toBe('花子');
		expect(state.record.lessons.journey?.status).toBe('practised');
		expect(storage.map.get(RECORD_KEY)).toBe(text);
		expect(heard).toBe(1);
		// The next change is tried again: once the storage has room, the record is saved whole.
		storage.failWrite = null;
		store.update((r) => withLearnerName(r, '太郎'));
		expect(store.getState()).toMatchObject({ problems: [], persistent: true });
		expect(JSON.parse(storage.map.get(RECORD_KEY)!).learnerName).toBe('太郎');
	});

	test('a write refused for another reason is also kept in memory with a message', () => {
		const storage = new FakeStorage();
		storage.failWrite = 'security';
		const store = createRecordStore({ getStorage: () => storage });
		store.update((r) => withLearnerName(r, '花子'));
		expect(store.getState()).toMatchObject({ problems: ['writeFailed'], persistent: false });
	});

	test('a corrupt record: the site keeps working in memory after the reset, and saves again', () => {
		const storage = withStored('garbage');
		const store = createRecordStore({ getStorage: () => storage });
		expect(store.getState().problems).toEqual(['garbage']);
		store.update((r) => withLearnerName(r, '花子'));
		expect(JSON.parse(storage.map.get(RECORD_KEY)!).learnerName).toBe('花子');
		store.dismissProblem();
		expect(store.getState().problems).toEqual([]);
	});

	test('clearing empties the record, removes the stored copy and tells the listeners', () => {
		const storage = new FakeStorage();
		const store = createRecordStore({ getStorage: () => storage });
		store.update((r) => withLearnerName(recordFinish(r, 'journey', { mode: 'practice' }, undefined, T), '花子'));
		let heard = 0;
		store.subscribe(() => heard++);
		store.clear();
		expect(store.getState().record).toEqual(emptyRecord());
		expect(storage.map.has(RECORD_KEY)).toBe(false);
		expect(heard).toBe(1);
		expect(createRecordStore({ getStorage: () => storage }).getState().record).toEqual(emptyRecord());
	});

	test('another tab’s change is read again on reload, and the listeners hear it', () => {
		const storage = new FakeStorage();
		const here = createRecordStore({ getStorage: () => storage });
		const there = createRecordStore({ getStorage: () => storage });
		expect(here.getState().record.lessons.journey).toBeUndefined();
		there.update((r) => recordFinish(r, 'journey', { mode: 'practice' }, undefined, T));
		let heard = 0;
		here.subscribe(() => heard++);
		here.reload();
		expect(here.getState().record.lessons.journey?.status).toBe('practised');
		expect(heard).toBe(1);
		storage.map.set(RECORD_KEY, 'garbage from elsewhere');
		here.reload();
		expect(here.getState()).toMatchObject({ problems: ['garbage'], record: emptyRecord() });
	});

	test('the storage is read once per page, lazily', () => {
		let reads = 0;
		const storage = new FakeStorage();
		const store = createRecordStore({
			getStorage: () => {
				reads++;
				return storage;
			},
		});
		expect(reads).toBe(0);
		store.getState();
		store.getState();
		expect(reads).toBe(1);
		expect(store.getState()).toBe(store.getState());
	});
});

test('every problem has a calm message that says practice goes on', () => {
	for (const text of Object.values(problemMessages)) {
		expect(text).toMatch(/練習(はこのまま続けられます|は続けられます|はできます)/u);
	}
});
