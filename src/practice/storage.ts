import { emptyRecord, parseRecord, serializeRecord, type RecordProblem, type RepairedField, type TrainingRecord } from './record';
import { RECORD_KEY } from './peek';

/**
 * The training record in the browser's storage: one key, read once, written after every
 * change. Whatever goes wrong — a record that cannot be read, storage that is switched off or
 * throws (SecurityError), a full storage (QuotaExceededError) — the learner gets a calm message
 * (src/practice/messages.ts) and the site goes on with the record in memory (DESIGN.md "saved
 * progress that cannot be read is reset with a message, never a blank page"). What is stored is
 * never removed because of a problem (issue 17): a full or refusing storage keeps its last good
 * copy, a newer version's record is left untouched. Nothing here logs to the console: these are
 * expected events, not errors.
 */

export { RECORD_KEY };

/** A key written and removed on load to learn whether the storage still takes a write (a full one does not). */
export const PROBE_KEY = 'kanagawa-practice:probe';

/** The part of the Web Storage API we use (a fake one in the tests). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Why the record is not (or not wholly) what is stored, or not kept in storage. */
export type StorageProblem = RecordProblem | 'unavailable' | 'quota' | 'writeFailed';

export interface Loaded {
	readonly record: TrainingRecord;
	/** The storage to read again, or null: the record lives in memory only. */
	readonly storage: StorageLike | null;
	/** Whether changes may be written (false for a newer version's record: it is left as it is). */
	readonly writable: boolean;
	readonly problems: readonly StorageProblem[];
	/** Lessons dropped and fields set back to their default while reading. */
	readonly dropped: readonly string[];
	readonly repaired: readonly RepairedField[];
}

const unavailable = (): Loaded => ({ record: emptyRecord(), storage: null, writable: false, problems: ['unavailable'], dropped: [], repaired: [] });

/** A full storage: the standard name, and the legacy codes of older engines (22, Firefox's 1014). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const e = error as { name?: unknown; code?: unknown };
	return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problem: 'quota' | 'writeFailed' };

/** Writes the record. A refused write leaves the stored copy as it was (the last good one). */
export function saveRecord(storage: StorageLike, record: TrainingRecord): SaveResult {
	try {
		storage.setItem(RECORD_KEY, serializeRecord(record));
		return { ok: true };
	} catch (error) {
		return { ok: false, problem: isQuotaError(error) ? 'quota' : 'writeFailed' };
	}
}

/** Whether the storage takes a small write now: a full one says so on every page that shows the record. */
function probe(storage: StorageLike): SaveResult {
	try {
		storage.setItem(PROBE_KEY, '1');
		storage.removeItem(PROBE_KEY);
		return { ok: true };
	} catch (error) {
		return { ok: false, problem: isQuotaError(error) ? 'quota' : 'writeFailed' };
	}
}

/**
 * Reads the record. `getStorage` may throw (a browser that blocks site data throws a
 * SecurityError on the mere access to `window.localStorage`) or give null (no storage). A record
 * with parts that could not be read is written back as read, so every later page sees the same
 * record and the message is said once; a newer version's record is never written.
 */
export function loadRecord(getStorage: () => StorageLike | null | undefined): Loaded {
	let storage: StorageLike | null;
	let text: string | null;
	try {
		storage = getStorage() ?? null;
		if (!storage) return unavailable();
		text = storage.getItem(RECORD_KEY);
	} catch {
		return unavailable();
	}
	const parsed = text === null ? null : parseRecord(text);
	const record = parsed?.record ?? emptyRecord();
	const problems: StorageProblem[] = parsed?.problem ? [parsed.problem] : [];
	const writable = parsed?.problem !== 'newer';
	const written = writable && parsed?.problem ? saveRecord(storage, record) : probe(storage);
	if (!written.ok) problems.push(written.problem);
	return { record, storage, writable, problems, dropped: parsed?.dropped ?? [], repaired: parsed?.repaired ?? [] };
}

/** Clears the record: the key is removed (a storage that throws is simply left alone). */
export function removeRecord(storage: StorageLike | null): void {
	try {
		storage?.removeItem(RECORD_KEY);
	} catch {
		// Nothing to do: the record in memory is cleared all the same.
	}
}
