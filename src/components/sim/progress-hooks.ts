import type { ScenarioId } from '../../sim/scenarios/catalog';
import { redactSecrets, type SavedProgress } from '../../sim/progress';
import type { Score, TrainerContext } from '../../sim/trainer-core';
import { nowIso, recordStore } from '../../practice/browser';
import { recordFinish, recordStep, type SavedProgressData } from '../../practice/record';
import { problemParagraphs, problemTitle } from '../../practice/messages';

/**
 * Where a simulation hands its progress to the training record (issue 7; src/practice/ keeps
 * it in this browser's storage, validated on load). The island only calls these; nothing here
 * is sent anywhere.
 *
 * - `restore(id)`: called once when an island with progress to resume starts; returns the progress saved
 *   for this lesson, or null to start afresh. The island checks it with the engine's
 *   `restoreTrainer` (every event replayed); progress that does not fit is dropped with a
 *   visible message and the lesson starts from the beginning.
 * - `onStep(id, progress)`: called after every event that changed the trainer (an action, a
 *   step, a mode switch, 最初から), on every page: the progress is stored, so a reload resumes at
 *   the same step, and the lesson is 途中 at least.
 * - `onFinish(id, result)`: called once each time a lesson is completed (every step behind and
 *   the goal reached); in テスト with the engine's `score()`, which the record keeps as it is
 *   (best score, pass, weak steps).
 * - `problemNotice()`: the message to show when the record could not be read or kept (an
 *   unreadable record reset, storage switched off, full); the island shows it as the practice
 *   pages do (RecordNotice), and `dismissProblem()` puts it away.
 *
 * A storage problem never stops the island: the record goes on in memory.
 */

/** Said when saved progress cannot be used (here, with the record's code: only an island that restores needs it). */
export const RESTORE_FAILED = '保存されていた練習の続きを読み込めなかったため、最初から始めます。';

/** Said when a lesson opens where the learner left it. */
export function resumedText(ctx: Pick<TrainerContext, 'steps' | 'index'>): string {
	return `前回の続き（全 ${ctx.steps.length} ステップ中 ${Math.min(ctx.index, ctx.steps.length - 1) + 1} ステップ目）から再開しました。初めからやり直すときは [最初から] を押します。`;
}

export type SimResult = { readonly mode: 'watch' | 'practice' } | { readonly mode: 'test'; readonly score: Score };

export function restore(scenario: ScenarioId): SavedProgress | null {
	const saved = recordStore.getState().record.lessons[scenario]?.progress;
	// Checked for shape by the record's schema; the island's restoreTrainer checks the rest.
	return saved ? (saved as unknown as SavedProgress) : null;
}

export function onStep(scenario: ScenarioId, progress: SavedProgress): void {
	// The engine's saveTrainer already replaces typed secrets; done again here (it is idempotent)
	// so that no typed password can reach storage whatever the caller passes (DESIGN.md "Safe to practise").
	// Whole milliseconds: the island times events with performance.now(), and the engine's
	// restoreTrainer accepts only a whole count (src/sim/progress.ts `isCount`).
	const safe = { ...progress, log: redactSecrets(progress.log), elapsedMs: Math.round(progress.elapsedMs) } as unknown as SavedProgressData;
	recordStore.update((record) => recordStep(record, scenario, safe, nowIso()));
}

export function problemNotice(): { readonly title: string; readonly text: string } | null {
	const state = recordStore.getState();
	return state.problems.length > 0 ? { title: problemTitle, text: problemParagraphs(state).join('') } : null;
}

export function dismissProblem(): void {
	recordStore.dismissProblem();
}

export function onFinish(scenario: ScenarioId, result: SimResult): void {
	recordStore.update((record) => recordFinish(record, scenario, result, undefined, nowIso()));
}
