/**
 * A look at the stored training record without reading it (no schema, no record module): what
 * a simulation island asks when it starts, so that a lesson nobody has begun loads nothing of
 * the record until the learner makes progress (issue 9's budget), while one with saved progress,
 * or a record that cannot be used, loads it at once (to resume, or to say that it was reset).
 */

/** The one key of the training record in the browser's storage (src/practice/storage.ts). */
export const RECORD_KEY = 'kanagawa-practice:record';

/** Whether an island for `lesson` needs the training record as it starts. */
export function recordNeededAtStart(lesson: string, getStorage: () => Pick<Storage, 'getItem'> | null | undefined): boolean {
	let text: string | null;
	try {
		const storage = getStorage();
		// No storage at all, or one that throws (site data blocked): the record says so.
		if (!storage) return true;
		text = storage.getItem(RECORD_KEY);
	} catch {
		return true;
	}
	if (text === null) return false;
	try {
		const lessons: unknown = (JSON.parse(text) as { lessons?: unknown } | null)?.lessons;
		if (typeof lessons !== 'object' || lessons === null) return true;
		const entry: unknown = (lessons as Record<string, unknown>)[lesson];
		return typeof entry === 'object' && entry !== null && 'progress' in entry && (entry as { progress: unknown }).progress != null;
	} catch {
		// Not JSON: the record is reset, with its message, as soon as it is read.
		return true;
	}
}

/**
 * Whether a record is stored at all: an island that starts without the record then reads it
 * soon after (not before the lesson shows), so that a record with parts that cannot be read is
 * said on every page, as on the practice pages (issue 17), and not only after the first step.
 */
export function recordStored(getStorage: () => Pick<Storage, 'getItem'> | null | undefined): boolean {
	try {
		return getStorage()?.getItem(RECORD_KEY) != null;
	} catch {
		return false;
	}
}
