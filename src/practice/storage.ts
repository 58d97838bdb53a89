import { emptyRecord, parseRecord, serializeRecord, type RecordProblem, type TrainingRecord } from './record';
import { RECORD_KEY } from './peek';

/**
 * The training record in the browser's storage: one key, read once, written after every
 * change. Whatever goes wrong — a record that cannot be read, storage that is switched off or
 * throws (SecurityError), a full storage on save (QuotaExceededError) — the learner gets a calm
 * message (src/practice/messages.ts) and the site goes on with the record in memory (DESIGN.md
 * "saved progress that cannot be read is reset with a message, never a blank page"). Nothing
 * here logs to the console: a reset is an expected event, not an error.
 */

export { RECORD_KEY };

/** The part of the Web Storage API we use (a fake one in the tests). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Why the record is not (or no longer) kept in storage. */
export type StorageProblem = RecordProblem | 'unavailable' | 'quota' | 'writeFailed';

export interface Loaded {
	readonly record: TrainingRecord;
	/** The storage to write to, or null: the record lives in memory only. */
	readonly storage: StorageLike | null;
	readonly problem: StorageProblem | null;
}

/** Removes a stored record that cannot be used; a storage that refuses even that is given up. */
function reset(storage: StorageLike): StorageLike | null {
	try {
		storage.removeItem(RECORD_KEY);
		return storage;
	} catch {
		return null;
	}
}

/**
 * Reads the record. `getStorage` may throw (a browser that blocks site data throws a
 * SecurityError on the mere access to `window.localStorage`) or give null (no storage).
 */
export function loadRecord(getStorage: () => StorageLike | null | undefined, isKnown?: (id: string) => boolean): Loaded {
	let storage: StorageLike | null;
	let text: string | null;
	try {
		storage = getStorage() ?? null;
		if (!storage) return { record: emptyRecord(), storage: null, problem: 'unavailable' };
		text = storage.getItem(RECORD_KEY);
	} catch {
		return { record: emptyRecord(), storage: null, problem: 'unavailable' };
	}
	if (text === null) return { record: emptyRecord(), storage, problem: null };
	const parsed = parseRecord(text, isKnown);
	if (parsed.ok) return { record: parsed.record, storage, problem: null };
	return { record: emptyRecord(), storage: reset(storage), problem: parsed.problem };
}

/** A full storage: the standard name, and the legacy codes of older engines (22, Firefox's 1014). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const e = error as { name?: unknown; code?: unknown };
	return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problem: 'quota' | 'writeFailed' };

/**
 * Writes the record. On a full storage the stored copy is removed (it is now out of date, and a
 * later visit must not resume from an older step) and the caller keeps the record in memory.
 */
export function saveRecord(storage: StorageLike, record: TrainingRecord): SaveResult {
	try {
		storage.setItem(RECORD_KEY, serializeRecord(record));
		return { ok: true };
	} catch (error) {
		reset(storage);
		return { ok: false, problem: isQuotaError(error) ? 'quota' : 'writeFailed' };
	}
}

/** Clears the record: the key is removed (a storage that throws is simply left alone). */
export function removeRecord(storage: StorageLike | null): void {
	if (storage) reset(storage);
}
