import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ScenarioId } from '../../sim/scenarios/catalog';
import type { Scenario } from '../../sim/scenarios/types';
import { createTrainerWith, type Mode, type PracticeRef, type PracticeRules, type TrainerContext, type TrainerEvent } from '../../sim/trainer-core';
import type * as Hooks from './progress-hooks';
import type * as Persistence from './persistence';
import { recordStored } from '../../practice/peek';

/**
 * One trainer actor for the island's lifetime, its snapshot as React state, and its progress in
 * the training record (issue 7: saved after every step, so a reload resumes where the learner
 * was, on every page with a simulation): saved progress restored at the start, the progress
 * handed over after every change, and the result when the lesson is finished.
 *
 * The record's code (its schema above all) is loaded with the island only when there is
 * something to resume or to report (`persist` is given, already loaded); otherwise at the
 * learner's first step, so a first visit hydrates light (issue 9).
 *
 * The rules of 練習 and テスト (src/sim/practice.ts) come the same way: with the island when it
 * opens in 練習 or テスト or has progress to resume (`practice`), otherwise when the learner first
 * chooses 練習 or テスト (`setMode`). Until they are there the chosen mode shows at once (`mode`)
 * and what the learner does meanwhile waits for them (`send`), in order.
 */

export type Persist = typeof Persistence;

const loadPersistence = (): Promise<Persist> => import('./persistence');
export const loadPractice = async (): Promise<PracticeRules> => (await import('../../sim/practice')).practiceRules;

function boot(scenario: Scenario, mode: Mode, persist: Persist | undefined, practice: PracticeRules | undefined) {
	let restored: TrainerContext | undefined;
	let notice: string | null = null;
	if (persist) {
		try {
			const saved = persist.hooks.restore(scenario.id as ScenarioId);
			if (saved) {
				const result = persist.restoreTrainer(JSON.stringify(saved), scenario);
				if (!result.ok) notice = persist.hooks.RESTORE_FAILED;
				// A lesson finished last time opens afresh, in the mode it was done in.
				else if (!result.context.finished) restored = result.context;
				else mode = result.context.mode;
			}
		} catch {
			notice = persist.hooks.RESTORE_FAILED;
		}
	}
	const rules: PracticeRef = { current: practice ?? null };
	const actor = createTrainerWith(rules, scenario, restored?.mode ?? mode, restored);
	actor.start();
	if (restored && persist) notice = persist.hooks.resumedText(actor.getSnapshot().context);
	return { actor, rules, notice };
}

type RecordNotice = ReturnType<typeof Hooks.problemNotice>;

export function useTrainer(scenario: Scenario, mode: Mode, persist: Persist | undefined, practice?: PracticeRules) {
	const [{ actor, rules, notice }] = useState(() => boot(scenario, mode, persist, practice));
	const snapshot = useSyncExternalStore(
		(onChange) => {
			const sub = actor.subscribe(onChange);
			return () => sub.unsubscribe();
		},
		() => actor.getSnapshot(),
	);
	const ctx = snapshot.context;

	// A mode chosen while the rules of 練習 and テスト load, and what the learner did meanwhile.
	const [pending, setPending] = useState<Mode | null>(null);
	const waiting = useRef<TrainerEvent[] | null>(null);
	const send = useCallback(
		(event: TrainerEvent) => {
			if (waiting.current) waiting.current.push(event);
			else actor.send(event);
		},
		[actor],
	);
	const setMode = useCallback(
		(m: Mode) => {
			if (waiting.current) {
				waiting.current.push({ type: 'mode', mode: m });
				setPending(m);
				return;
			}
			if (m === 'watch' || rules.current) {
				actor.send({ type: 'mode', mode: m });
				return;
			}
			waiting.current = [{ type: 'mode', mode: m }];
			setPending(m);
			const done = () => {
				const queued = waiting.current ?? [];
				waiting.current = null;
				if (live.current) setPending(null);
				for (const event of queued) actor.send(event);
			};
			loadPractice().then(
				(loaded) => {
					rules.current = loaded;
					done();
				},
				// Without its rules the trainer stays in 見る (its actions leave the context as it is).
				() => {
					waiting.current = waiting.current?.filter((e) => e.type !== 'act' && e.type !== 'mode') ?? null;
					done();
				},
			);
		},
		[actor, rules],
	);

	const [recordNotice, setRecordNotice] = useState<RecordNotice>(() => persist?.hooks.problemNotice() ?? null);
	const saver = useRef<Persist | undefined>(persist);
	const live = useRef(true);
	/**
	 * Runs `use` with the record's code, loading it first if needed (a failed load loses only the
	 * saving), once the action's frame is painted (write-later.ts).
	 */
	const withRecord = useCallback((use: (p: Persist) => void) => {
		const run = (p: Persist) => {
			p.later(() => {
				use(p);
				// A write may have found the storage full: the message follows the record.
				const next = p.hooks.problemNotice();
				if (live.current) setRecordNotice((shown) => (shown?.text === next?.text ? shown : next));
			});
		};
		if (saver.current) return run(saver.current);
		loadPersistence().then(
			(p) => {
				saver.current = p;
				run(p);
			},
			() => undefined,
		);
	}, []);
	// A stored record this lesson has no progress in: read soon after the start all the same, so
	// that its message (parts dropped, a newer version, a full storage) shows here as on every page.
	useEffect(() => {
		if (!saver.current && recordStored(() => window.localStorage)) withRecord(() => undefined);
	}, [withRecord]);
	const dismissRecordNotice = useCallback(() => {
		saver.current?.hooks.dismissProblem();
		setRecordNotice(null);
	}, []);

	const prev = useRef<TrainerContext>(ctx);
	const latest = useRef<TrainerContext>(ctx);
	latest.current = ctx;
	useEffect(() => {
		const before = prev.current;
		prev.current = ctx;
		if (before === ctx) return;
		const id = scenario.id as ScenarioId;
		if (before.log !== ctx.log || before.index !== ctx.index || before.mode !== ctx.mode || before.steps !== ctx.steps) {
			// The latest progress when the record's code is there (a step or two may pass while it loads).
			withRecord((p) => p.hooks.onStep(id, p.toSaved(latest.current)));
		}
		if (ctx.finished && !before.finished) {
			// テスト runs only with its rules loaded.
			const result: Hooks.SimResult | null = ctx.mode !== 'test' ? { mode: ctx.mode } : rules.current ? { mode: 'test', score: rules.current.score(ctx) } : null;
			if (result) withRecord((p) => p.hooks.onFinish(id, result));
		}
	}, [ctx, scenario.id, withRecord, rules]);
	useEffect(
		() => () => {
			live.current = false;
			actor.stop();
		},
		[actor],
	);
	return { actor, ctx, send, mode: pending ?? ctx.mode, setMode, rules, notice, recordNotice, dismissRecordNotice };
}
