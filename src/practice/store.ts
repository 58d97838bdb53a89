import { emptyRecord, type TrainingRecord } from './record';
import { loadRecord, removeRecord, saveRecord, type StorageLike, type StorageProblem } from './storage';

/**
 * One training record per page, shared by everything that shows or changes it (the hub's
 * statuses, the journey panel, the record page and the simulation's progress hooks): read
 * lazily on first use, written after every change, with listeners for the views
 * (`useSyncExternalStore`). A problem with storage is kept as `problem` for the message, and
 * from then on the record lives in memory for the rest of the visit.
 */

export interface RecordState {
	readonly record: TrainingRecord;
	readonly problem: StorageProblem | null;
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
	readonly isKnown?: (id: string) => boolean;
}

export function createRecordStore(options: StoreOptions): RecordStore {
	let state: RecordState | null = null;
	let storage: StorageLike | null = null;
	const listeners = new Set<() => void>();

	const ensure = (): RecordState => {
		if (state) return state;
		const loaded = loadRecord(options.getStorage, options.isKnown);
		storage = loaded.storage;
		state = { record: loaded.record, problem: loaded.problem, persistent: storage !== null };
		return state;
	};
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
			if (!storage) return set({ ...current, record });
			const saved = saveRecord(storage, record);
			if (saved.ok) return set({ ...current, record });
			storage = null;
			set({ record, problem: saved.problem, persistent: false });
		},
		clear() {
			const current = ensure();
			removeRecord(storage);
			set({ record: emptyRecord(), problem: null, persistent: current.persistent });
		},
		dismissProblem() {
			const current = ensure();
			if (current.problem) set({ ...current, problem: null });
		},
		reload() {
			if (!state || !storage) return;
			const loaded = loadRecord(() => storage, options.isKnown);
			storage = loaded.storage;
			set({ record: loaded.record, problem: loaded.problem ?? state.problem, persistent: storage !== null });
		},
	};
}
