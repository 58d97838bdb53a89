import { isScenarioId } from '../sim/scenarios/catalog';
import { createRecordStore, type RecordStore } from './store';

/**
 * The page's training record, in `localStorage`. The access itself is inside `getStorage`
 * because a browser that blocks site data throws on `window.localStorage` (SecurityError).
 * Lessons the site no longer has (not in the engine's catalog) are dropped on load.
 */
export const recordStore: RecordStore = createRecordStore({
	getStorage: () => (typeof window === 'undefined' ? null : window.localStorage),
	isKnown: isScenarioId,
});

/** Now, as the record stores dates. */
export const nowIso = (): string => new Date().toISOString();
