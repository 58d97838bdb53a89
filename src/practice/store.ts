import { emptyRecord, type RepairedField, type TrainingRecord } from './record';
import { loadRecord, removeRecord, saveRecord, type StorageLike, type StorageProblem } from './storage';

/**
 * One training record per page, shared by everything that shows or changes it (the hub's
 * statuses, the journey panel, the record page and the simulation's progress hooks): read
 * lazily on first use, written after every change, with listeners for the views
 * (`useSyncExternalStore`). Problems are kept for the message (src/practice/messages.ts), the
 * same on every page. A refused write is tried again at the next change (the storage may have
 * room again); until one succeeds the record is in memory only, and the stored copy is the last
 * good one, never removed.
 */

export interface RecordState {
	readonly record: TrainingRecord;
	/** What the learner should hear about, in the order it happened (empty: all is well). */
	readonly problems: readonly StorageProblem[];
	/** Lessons dropped and fields set back to their default when the stored record was read. */
	readonly dropped: readonly string[];
	readonly repaired: readonly RepairedField[];
	/** Whether changes are written to storage (false: in memory only). */
	readonly persistent: boolean;
}

export interface RecordStore {
	getState(): RecordState;
	subscribe(listener: () => void): () => void;
	/** Changes the record and writes it. */
	update(change: (record: TrainingRecord) => TrainingRecord): void;
	/** The clear-record button: an empty record, the stored one removed, the message gone. */
	clear(): void;
	dismissProblem(): void;
	/** Reads the storage again (another tab changed the record); a record kept in memory stays as it is. */
	reload(): void;
}

export interface StoreOptions {
	readonly getStorage: () => StorageLike | null | undefined;
}

const writeProblems: readonly StorageProblem[] = ['quota', 'writeFailed'];

export function createRecordStore(options: StoreOptions): RecordStore {
	let state: RecordState | null = null;
	let storage: StorageLike | null = null;
	/** False for a newer version's record, left as it is stored. */
	let writable = false;
	const listeners = new Set<() => void>();

	const fromStorage = (getStorage: () => StorageLike | null | undefined): RecordState => {
		const loaded = loadRecord(getStorage);
		storage = loaded.storage;
		writable = loaded.writable;
		const failed = loaded.problems.some((p) => writeProblems.includes(p));
		return { record: loaded.record, problems: loaded.problems, dropped: loaded.dropped, repaired: loaded.repaired, persistent: storage !== null && writable && !failed };
	};
	const ensure = (): RecordState => (state ??= fromStorage(options.getStorage));
	const set = (next: RecordState) => {
		state = next;
		for (const l of [...listeners]) l();
	};

	return {
		getState: ensure,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		update(change) {
			const current = ensure();
			const record = change(current.record);
			if (record === current.record) return;
			if (!storage || !writable) return set({ ...current, record });
			const saved = saveRecord(storage, record);
			const others = current.problems.filter((p) => !writeProblems.includes(p));
			if (saved.ok) return set({ ...current, record, problems: others, persistent: true });
			set({ ...current, record, problems: [...others, saved.problem], persistent: false });
		},
		clear() {
			ensure();
			removeRecord(storage);
			// Clearing is the learner's own choice: from now on this version's record may be written.
			writable = storage !== null;
			set({ record: emptyRecord(), problems: [], dropped: [], repaired: [], persistent: writable });
		},
		dismissProblem() {
			const current = ensure();
			if (current.problems.length > 0) set({ ...current, problems: [], dropped: [], repaired: [] });
		},
		reload() {
			if (!state || !storage) return;
			const keep = storage;
			const next = fromStorage(() => keep);
			set(next.problems.length > 0 ? next : { ...next, problems: state.problems, dropped: state.dropped, repaired: state.repaired });
		},
	};
}
