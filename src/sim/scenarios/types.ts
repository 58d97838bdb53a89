import type { SectionNumber } from '../../facts/fact';
import type { Control, Target } from '../controls';
import type { PcContext } from '../machines/context';
import type { PcEvent, PcEventType } from '../machines/events';
import type { Pred } from './predicates';
import type { World } from '../world/types';

/**
 * A lesson (DESIGN.md "Lessons are scenarios"): a starting world, a goal over the PC, and the
 * manual's steps. Plain JSON: authored in `<id>.ts`, compiled into `data/<id>.json`, which is
 * what a page loads. The same step list drives 見る, 練習 and テスト, the CLI and the end-to-end
 * tests, so each step says what the manual says (`text`), where the page says it (`section` +
 * `anchor`), which control to use (`target`, found by role and accessible name) and the event
 * that control sends.
 */
export interface Scenario {
	/** Stable, URL-safe id (saved progress refers to it). */
	readonly id: string;
	readonly title: string;
	/** The manual section the lesson practises (the page it belongs to); 'practice' for the whole journey. */
	readonly section: SectionNumber | 'practice';
	readonly start: World;
	/**
	 * What happened on the PC just before the lesson opens, as the PC's own events applied to
	 * `start` (three failed logins, a click on [インストール] that fails, a certificate chosen): so a
	 * chapter-3 exercise opens on the screen where its fault shows (「パスワードがロックされています。」,
	 * 「アドオンが実行できませんでした」 …), reached from the world, never set by a flag. Not a step,
	 * not the learner's: not counted, not scored, not saved (replayed on restore, as the start is).
	 */
	readonly prelude?: readonly PcEvent[];
	readonly goal: Goal;
	readonly steps: readonly Step[];
	/**
	 * Chapter 3 only: the chapter-2 procedures this section itself tells you to redo (3.2 → 2.2.4).
	 * Those alone may reach the goal; every other chapter-2 procedure must not (the fault must be fixed).
	 */
	readonly redoes?: readonly SectionNumber[];
}

export interface Goal {
	/** What the learner achieves, in Japanese (shown on the page and when reached). */
	readonly text: string;
	/** When it is reached: a predicate over the PC (predicates.ts). */
	readonly when: Pred;
}

/**
 * What one wrong action on a step means (issue 16 point 3, as Storyline's per-choice feedback):
 * the learner's event it explains (its type and the fields named), when it applies (a predicate
 * over the PC after the event), and what to say: what happened, why it matters, the way back.
 */
export interface Diagnosis {
	readonly on: { readonly type: PcEventType } & Readonly<Record<string, string | number | boolean>>;
	readonly after?: Pred;
	readonly say: string;
}

/** How a step teaches beyond its text (issue 16): all optional, written beside the step. */
export interface Teaching {
	/**
	 * A step the manual does not ask for but the real PC may need (closing a dialog before the
	 * next window): doing it or not both count (issue 16 point 1).
	 */
	readonly optional?: boolean;
	readonly diagnoses?: readonly Diagnosis[];
	/** The manual's own way back when the step's control is gone from the screen (3.18 → 3.12). */
	readonly recovery?: string;
}

/** Where a step is written: `step-N`, or `step-N-M` for sub-step (M) of step N, on the page of `section`. */
interface StepPlace extends Teaching {
	readonly text: string;
	readonly section: SectionNumber;
	/** Absent only when the page has no numbered step for it (3.5, 3.8, 3.11, clock steps). */
	readonly anchor?: string;
}

/** Do something: the target's control sends `event`. */
export interface ActionStep extends StepPlace, Control {
	readonly kind: 'action';
	readonly event: PcEvent;
}

/** Look at something the manual asks to confirm (「…を確認します」); done when `holds`. */
export interface CheckStep extends StepPlace {
	readonly kind: 'check';
	readonly target: Target;
	readonly do: 'see';
	/** Text the target shows, when the check is about its content (「【発行済み:】が【1件】」). */
	readonly value?: string;
	/**
	 * An active check (issue 16 point 6): in 練習 and テスト the learner answers what they see
	 * (「105 以降ですか？」 はい / いいえ); the step is done by the right answer while `when` holds,
	 * never by itself. Without it, a check is done as soon as it holds.
	 */
	readonly ask?: Ask;
	/** What must be true of the PC (predicates.ts). */
	readonly when: Pred;
}

export interface Ask {
	readonly question: string;
	readonly answers: readonly string[];
	readonly right: string;
	/** What a wrong answer is told. */
	readonly wrong: string;
	/**
	 * The login dialog that opens with the page waits until the check is answered (2.2.2 step 2:
	 * the IE-mode message is confirmed first, 「必ず…確認してから、次の手順に進んでください」, so it
	 * is shown before the dialog, not hidden behind it). 練習 and テスト only (`heldDialog`).
	 */
	readonly holdsLoginDialog?: boolean;
}

export type Step = ActionStep | CheckStep;

/**
 * How an author writes a step: the control and its target are derived from the event. An event
 * that depends on the PC at that point (the request the 要求一覧 shows) is given as a function.
 */
export type StepSpec = (
	| { readonly event: PcEvent | ((ctx: PcContext) => PcEvent) }
	| { readonly see: Target; readonly value?: string; readonly when: Pred; readonly ask?: Ask }
) & Teaching & {
	readonly text: string;
	readonly anchor?: string;
	readonly section?: SectionNumber;
};
