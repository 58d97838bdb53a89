import { useSyncExternalStore } from 'react';
import { recordStore } from '../../practice/browser';
import { emptyRecord } from '../../practice/record';
import type { RecordState } from '../../practice/store';

/**
 * The page's training record for a React view. The server (and the first render in the
 * browser, for hydration) sees an empty record with no problem: storage is read in the
 * browser only, then the view re-renders with what is stored.
 */
const serverState: RecordState & { readonly loaded: false } = { record: emptyRecord(), problems: [], dropped: [], repaired: [], persistent: true, loaded: false };

export function useRecord(): RecordState & { readonly loaded: boolean } {
	const state = useSyncExternalStore(recordStore.subscribe, recordStore.getState, () => serverState);
	return state === serverState ? serverState : { ...state, loaded: true };
}
