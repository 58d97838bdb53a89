import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ScenarioId } from '../../sim/scenarios/catalog';
import type { Scenario } from '../../sim/scenarios/types';
import { createTrainer, score, type Mode, type TrainerContext } from '../../sim/trainer';
import type * as Hooks from './progress-hooks';
import type * as Persistence from './persistence';

/**
 * One trainer actor for the island's lifetime, its snapshot as React state, and the progress
 * hooks: saved progress restored at the start (`persist`), handed over after every change, and
 * the result when the lesson is finished.
 */

export const RESTORE_FAILED = '保存されていた練習の続きを読み込めなかったため、最初から始めます。';

export type Persist = typeof Persistence;

/** The hooks module, loaded only when it is needed (a persisting island, or a lesson finished). */
const loadHooks = () => import('./progress-hooks');

function boot(scenario: Scenario, mode: Mode, persist: Persist | undefined) {
	let restored: TrainerContext | undefined;
	let notice: string | null = null;
	if (persist) {
		try {
			const saved = persist.hooks.restore(scenario.id as ScenarioId);
			if (saved) {
				const result = persist.restoreTrainer(JSON.stringify(saved), scenario);
				if (result.ok) restored = result.context;
				else notice = RESTORE_FAILED;
			}
		} catch {
			notice = RESTORE_FAILED;
		}
	}
	const actor = createTrainer(scenario, restored?.mode ?? mode, restored);
	actor.start();
	return { actor, notice };
}

/**
 * `persist` is given (already loaded) when the island persists; otherwise the hooks module is
 * loaded only when a lesson is finished, so a section page does not carry the training record.
 */
export function useTrainer(scenario: Scenario, mode: Mode, persist: Persist | undefined) {
	const [{ actor, notice }] = useState(() => boot(scenario, mode, persist));
	const snapshot = useSyncExternalStore(
		(onChange) => {
			const sub = actor.subscribe(onChange);
			return () => sub.unsubscribe();
		},
		() => actor.getSnapshot(),
	);
	const ctx = snapshot.context;
	const prev = useRef<TrainerContext>(ctx);
	useEffect(() => {
		const before = prev.current;
		prev.current = ctx;
		if (before === ctx) return;
		const id = scenario.id as ScenarioId;
		if (persist && (before.log !== ctx.log || before.index !== ctx.index || before.mode !== ctx.mode || before.steps !== ctx.steps)) {
			persist.hooks.onStep(id, persist.toSaved(ctx));
		}
		if (ctx.finished && !before.finished) {
			const result: Hooks.SimResult = ctx.mode === 'test' ? { mode: 'test', score: score(ctx) } : { mode: ctx.mode };
			void (persist ? Promise.resolve(persist.hooks) : loadHooks()).then((h) => h.onFinish(id, result), () => undefined);
		}
	}, [ctx, persist, scenario.id]);
	useEffect(
		() => () => {
			actor.stop();
		},
		[actor],
	);
	return { actor, ctx, notice };
}
