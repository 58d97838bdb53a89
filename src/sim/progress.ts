import { isSecretInput, type PcEvent } from './machines/events';
import { canPc, stepPc } from './pc';
import { goalReached } from './scenarios/play';
import type { Scenario } from './scenarios/types';
import { initialContext, type Mode, type StepRecord, type TrainerContext, type TrainerSnapshot } from './trainer-core';
import { meetsPasswordPolicy } from './world/password-policy';
import { practicePasswords } from './world/practice-account';

/**
 * Saved progress: the trainer as JSON, after every step, and back. What is saved is the list of
 * events the learner sent (the PC is replayed from the scenario's starting world, so a saved
 * progress can never describe an impossible PC) and the step records. Restoring checks every
 * field and replays every event; anything that does not fit is refused with a reason, and the
 * page starts afresh with a message (DESIGN.md "saved progress that cannot be read is reset").
 *
 * The log is the learner's events after the scenario's prelude (the events that open the lesson
 * on its fault): version 2. Version 1 was saved before lessons had a prelude; it means the same for
 * a lesson without one and is still read there; for a lesson with one it is refused with a reason.
 *
 * Time is kept in whole milliseconds: the island times events with `performance.now()`, so the
 * trainer's `elapsedMs` has fractions; saving rounds it, and restoring accepts (and rounds) a
 * fraction too, as stored before this rule.
 *
 * Typed passwords are never saved (DESIGN.md "Safe to practise"): a practice password is saved
 * as a reference to it (`練習用パスワード:2`, read back on restore), any other secret as a
 * stand-in that behaves the same (the same stand-in for the same text; valid under the password
 * policy exactly when the original was), so the replayed PC ends the same as the learner left it.
 */

export const PROGRESS_VERSION = 2;

export interface SavedProgress {
	readonly v: typeof PROGRESS_VERSION;
	readonly scenario: string;
	readonly mode: Mode;
	readonly log: readonly PcEvent[];
	readonly index: number;
	readonly steps: readonly StepRecord[];
	readonly wrong: number;
	readonly hint: 0 | 1 | 2;
	readonly elapsedMs: number;
}

const PRACTICE_REF = '練習用パスワード:';
const practiceList = [...practicePasswords];
/** A practice password's reference, or the password a reference stands for (anything else: null). */
const practiceRef = (secret: string): string | null => {
	const i = practiceList.indexOf(secret);
	return i < 0 ? null : `${PRACTICE_REF}${i}`;
};
const fromPracticeRef = (value: string): string | null =>
	value.startsWith(PRACTICE_REF) ? (practiceList[Number(value.slice(PRACTICE_REF.length))] ?? null) : null;

/** Replaces typed secrets: practice passwords by references, others by stand-ins (idempotent). */
export function redactSecrets(log: readonly PcEvent[]): PcEvent[] {
	const standIns = new Map<string, string>();
	const standIn = (secret: string): string => {
		if (secret === '' || fromPracticeRef(secret) !== null) return secret;
		const ref = practiceRef(secret);
		if (ref) return ref;
		let s = standIns.get(secret);
		if (!s) {
			const n = String(standIns.size + 1).padStart(4, '0');
			s = meetsPasswordPolicy(secret) ? `Sim-${n}x` : `＊${n}`;
			standIns.set(secret, s);
		}
		return s;
	};
	return log.map((e) => (isSecretInput(e) && 'value' in e ? ({ ...e, value: standIn(e.value) } as PcEvent) : e));
}

export function toSaved(ctx: TrainerContext): SavedProgress {
	return {
		v: PROGRESS_VERSION,
		scenario: ctx.scenario.id,
		mode: ctx.mode,
		log: redactSecrets(ctx.log),
		index: ctx.index,
		steps: ctx.steps,
		wrong: ctx.wrong,
		hint: ctx.hint,
		elapsedMs: Math.round(ctx.elapsedMs),
	};
}

/** The trainer's progress as a JSON string (store it after every step). */
export function saveTrainer(snapshot: TrainerSnapshot | TrainerContext): string {
	const ctx = 'context' in snapshot ? snapshot.context : snapshot;
	return JSON.stringify(toSaved(ctx));
}

export type RestoreResult = { readonly ok: true; readonly context: TrainerContext } | { readonly ok: false; readonly reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isDuration = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** JSON back to a trainer context for `createTrainer(scenario, mode, context)`, or why not. */
export function restoreTrainer(json: string, scenario: Scenario): RestoreResult {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
	if (!isObject(data)) return { ok: false, reason: 'not an object' };
	if (data.v === 1 && scenario.prelude?.length) return { ok: false, reason: 'saved (version 1) before this lesson opened on its fault' };
	if (data.v !== PROGRESS_VERSION && data.v !== 1) return { ok: false, reason: `unknown version ${String(data.v)}` };
	if (data.scenario !== scenario.id) return { ok: false, reason: `saved for another lesson (${String(data.scenario)})` };
	if (data.mode !== 'watch' && data.mode !== 'practice' && data.mode !== 'test') return { ok: false, reason: 'unknown mode' };
	const n = scenario.steps.length;
	if (!isCount(data.index) || data.index > n) return { ok: false, reason: 'step index out of range' };
	if (!Array.isArray(data.steps) || data.steps.length !== n) return { ok: false, reason: 'step list does not match the lesson' };
	const steps: StepRecord[] = [];
	for (const s of data.steps) {
		if (!isObject(s) || (s.status !== 'done' && s.status !== 'todo' && s.status !== 'redo') || !isCount(s.mistakes) || !isCount(s.hints)) {
			return { ok: false, reason: 'bad step record' };
		}
		steps.push({ status: s.status, mistakes: s.mistakes, hints: s.hints });
	}
	if (!isCount(data.wrong) || (data.hint !== 0 && data.hint !== 1 && data.hint !== 2) || !isDuration(data.elapsedMs)) {
		return { ok: false, reason: 'bad counters' };
	}
	if (!Array.isArray(data.log)) return { ok: false, reason: 'no event log' };

	const fresh = initialContext(scenario, data.mode);
	let pc = fresh.pc;
	const log: PcEvent[] = [];
	for (const e of data.log) {
		if (!isObject(e) || typeof e.type !== 'string') return { ok: false, reason: 'bad event' };
		const saved = e as unknown as PcEvent;
		const password = isSecretInput(saved) && 'value' in saved ? fromPracticeRef(saved.value) : null;
		const event = password === null ? saved : ({ ...saved, value: password } as PcEvent);
		if (!canPc(pc, event)) return { ok: false, reason: `event ${event.type} does not apply` };
		pc = stepPc(pc, event);
		log.push(event);
	}
	const context: TrainerContext = {
		...fresh,
		pc,
		log,
		index: data.index,
		steps,
		wrong: data.wrong,
		hint: data.hint,
		elapsedMs: Math.round(data.elapsedMs),
		goalReached: goalReached(scenario, pc),
		finished: goalReached(scenario, pc) && data.index >= n,
		// [この手順からやり直す] after a resume goes back to where the learner resumed.
		stepStart: { pc, log: log.length },
	};
	return { ok: true, context };
}
