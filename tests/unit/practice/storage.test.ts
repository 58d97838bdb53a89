import { describe, expect, test } from 'vitest';
import { emptyRecord, RECORD_VERSION, recordFinish, serializeRecord, withLearnerName } from '../../../src/practice/record';
import { loadRecord, RECORD_KEY, type StorageLike } from '../../../src/practice/storage';
import { createRecordStore } from '../../../src/practice/store';
import { problemMessages } from '../../../src/practice/messages';

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
		expect(loadRecord(() => new FakeStorage())).toMatchObject({ record: emptyRecord(), problem: null });
	});

	test.each([
		['garbage', 'garbage', '}{'],
		['a schema mismatch', 'schema', JSON.stringify({ version: RECORD_VERSION, lessons: { journey: { status: 42 } } })],
		['a newer version', 'newer', JSON.stringify({ version: RECORD_VERSION + 1, lessons: {} })],
	])('%s is reset: the stored copy is removed, the record is empty, the problem is named', (_name, problem, text) => {
		const storage = withStored(text);
		const loaded = loadRecord(() => storage);
		expect(loaded.problem).toBe(problem);
		expect(loaded.record).toEqual(emptyRecord());
		expect(storage.map.has(RECORD_KEY)).toBe(false);
		expect(loaded.storage).toBe(storage);
	});

	test('storage that throws on access (site data blocked): in memory, with a message', () => {
		const loaded = loadRecord(() => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		expect(loaded).toMatchObject({ storage: null, problem: 'unavailable', record: emptyRecord() });
	});

	test('storage that throws on read: in memory, with a message', () => {
		const s = new FakeStorage();
		s.failRead = true;
		expect(loadRecord(() => s)).toMatchObject({ storage: null, problem: 'unavailable' });
	});

	test('no storage at all: in memory, with a message', () => {
		expect(loadRecord(() => null)).toMatchObject({ storage: null, problem: 'unavailable' });
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
		expect(next.getState().problem).toBeNull();
	});

	test.each(['quota', 'legacyQuota'] as const)('a full storage on save (%s): the change is kept in memory, the stale copy removed, the message says so', (kind) => {
		const storage = withStored(serializeRecord(recordFinish(emptyRecord(), 'journey', { mode: 'practice' }, undefined, T)));
		const store = createRecordStore({ getStorage: () => storage });
		let heard = 0;
		store.subscribe(() => heard++);
		storage.failWrite = kind;
		store.update((r) => withLearnerName(r, '花子'));
		const state = store.getState();
		expect(state).toMatchObject({ problem: 'quota', persistent: false });
		expect(state.record.learnerName).toBe('花子');
		expect(state.record.lessons.journey?.status).toBe('practised');
		expect(storage.map.has(RECORD_KEY)).toBe(false);
		expect(heard).toBe(1);
		// Later changes stay in memory and do not touch the storage again.
		storage.failWrite = null;
		store.update((r) => withLearnerName(r, '太郎'));
		expect(store.getState().record.learnerName).toBe('太郎');
		expect(storage.map.has(RECORD_KEY)).toBe(false);
	});

	test('a write refused for another reason is also kept in memory with a message', () => {
		const storage = new FakeStorage();
		storage.failWrite = 'security';
		const store = createRecordStore({ getStorage: () => storage });
		store.update((r) => withLearnerName(r, '花子'));
		expect(store.getState()).toMatchObject({ problem: 'writeFailed', persistent: false });
	});

	test('a corrupt record: the site keeps working in memory after the reset, and saves again', () => {
		const storage = withStored('garbage');
		const store = createRecordStore({ getStorage: () => storage });
		expect(store.getState().problem).toBe('garbage');
		store.update((r) => withLearnerName(r, '花子'));
		expect(JSON.parse(storage.map.get(RECORD_KEY)!).learnerName).toBe('花子');
		store.dismissProblem();
		expect(store.getState().problem).toBeNull();
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
		expect(here.getState()).toMatchObject({ problem: 'garbage', record: emptyRecord() });
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
