import { RECORD_KEY } from './storage';
import { createRecordStore, type RecordStore } from './store';

/**
 * The page's training record, in `localStorage`. The access itself is inside `getStorage`
 * because a browser that blocks site data throws on `window.localStorage` (SecurityError).
 * Lessons this version of the site does not have are kept (a newer page may have them); the
 * views show only the lessons they know.
 */
export const recordStore: RecordStore = createRecordStore({
	getStorage: () => (typeof window === 'undefined' ? null : window.localStorage),
});

/** Now, as the record stores dates. */
export const nowIso = (): string => new Date().toISOString();

// Another tab (a section page, the journey) changed the record: every view here follows.
if (typeof window !== 'undefined') {
	window.addEventListener('storage', (e) => {
		if (e.key === RECORD_KEY || e.key === null) recordStore.reload();
	});
}
