import { assign, createActor, setup, type SnapshotFrom } from 'xstate';
import { describeDiff, diffParts } from '../tools/url-diff';
import { controlFor } from './controls';
import { isInputEvent, type PcEvent } from './machines/events';
import { canPc, stepPc, type PcSnapshot } from './pc';
import { openDialogs } from './screens';
import { activeTab, canonicalAddress, sameAddress } from './world/derive';
import { goalReached, playSteps, startOf } from './scenarios/play';
import { holds } from './scenarios/predicates';
import type { Scenario, Step } from './scenarios/types';

/**
 * The trainer: three modes over one scenario and one virtual PC (DESIGN.md "Three modes, one
 * machine").
 *
 * - 見る (watch): the scenario's own steps, one by one, forward and back. Going back replays
 *   the steps from the starting world up to that step, so what shows is always exactly the PC
 *   the manual's steps make.
 * - 練習 (practice): the learner acts. An action that matches the current step advances it.
 *   Any other action the PC can take is still applied — a wrong path leads to the screen the
 *   real PC would show. A wrong action shows the step's text and marks its target (issue 6:
 *   「a wrong action shows the step's text and marks the target」); before any mistake the learner
 *   can ask for the text, then the mark ([ヒント]). A wrong action that takes the PC off the path is a mistake
 *   (and so is the first wrong action on a step while already off it: a long way back costs one).
 * - テスト (test): as practice, but no hint is offered; asking for one (`hint`) gives it and
 *   counts it. Mistakes, hints and time make the score (`score()`).
 *
 * Getting back on the path: after every action the PC is compared (`progressKey`) with the
 * states the scenario's own steps pass through (`pathKeys`). If the learner's PC is the same as the one
 * before step j, step j becomes the current step: a later j means the learner found another
 * way to the same place (the skipped steps count as done, no mistake); an earlier j means they
 * undid something, and the steps between are marked 要やり直し. So doing the manual's way back
 * counts: after a ticked 資格情報を記憶する, 3.9's deletion and closing every browser bring the
 * PC back to the path; after choosing the wrong NacaCertRequester, closing the browsers does
 * (3.18). Typing is never a mistake by itself: a typing step is done when the field holds its
 * text; wrong text counts once it is committed (the [OK] that sends it leaves the path).
 *
 * Issue 16: a typed address counts as the step's when it opens the same page (`sameAddress`: no
 * final 「/」 as 2.3.1 prints it, host case, spaces, a pasted line break). A step marked
 * `optional` (closing a dialog the manual never mentions) may be skipped: the next step's action
 * counts, and the lesson is finished without it. Every mistake gets a diagnosis
 * (`Feedback.say`): the step's own data first (3.9's ticked box, 3.18's wrong certificate …),
 * then a typed URL's difference from the URL checker, then the control used and the one the step
 * names. [この手順からやり直す] (`restartStep`) puts the PC back as it was when the current step
 * began; when the step's control is not on screen the hint says so and offers that way back
 * (`markable`), never a mark on something that is not there.
 *
 * Time: the caller passes `at` (milliseconds) with each learner event; gaps over
 * `MAX_GAP_MS` count as `MAX_GAP_MS` (time away is not time spent). Nothing here reads a clock.
 */

export type Mode = 'watch' | 'practice' | 'test';
export const modeLabels: Readonly<Record<Mode, string>> = { watch: '見る', practice: '練習', test: 'テスト' };

/** A step's state on the step list (DESIGN.md "Where am I"). */
export type StepStatus = 'done' | 'current' | 'todo' | 'redo';
export const statusLabels: Readonly<Record<StepStatus, string>> = { done: '済', current: '今ここ', todo: 'まだ', redo: 'もう一度' };

export interface StepRecord {
	readonly status: 'done' | 'todo' | 'redo';
	readonly mistakes: number;
	readonly hints: number;
}

/** What happened to the learner's last event. */
export type Feedback =
	| { readonly kind: 'advanced' }
	| { readonly kind: 'typing' }
	/** The expected control was used but the PC did not respond (it is not in the state the step needs). */
	| { readonly kind: 'noResponse' }
	/** A legal action off the step: applied, counted; `say` is its diagnosis (issue 16 point 3). */
	| { readonly kind: 'mistake'; readonly say: string }
	/** [この手順からやり直す]: the PC is back as it was when the current step began. */
	| { readonly kind: 'stepRestarted' }
	/** The PC came back to an earlier point of the path: steps from `to` are to be redone. */
	| { readonly kind: 'backOnPath'; readonly to: number }
	/** An action the PC cannot take now, or one with no effect: nothing happened. */
	| { readonly kind: 'ignored' }
	| { readonly kind: 'goal' };

export interface TrainerContext {
	readonly scenario: Scenario;
	readonly mode: Mode;
	/** The virtual PC; at the start, the scenario's world after its prelude (the fault on screen). */
	readonly pc: PcSnapshot;
	/** Every event applied to the PC since the start (after the prelude): what a saved progress replays. */
	readonly log: readonly PcEvent[];
	/** The current step; `steps.length` when every step is behind. */
	readonly index: number;
	readonly steps: readonly StepRecord[];
	/** Wrong actions on the current step (hints follow it in practice). */
	readonly wrong: number;
	/** 0 no hint, 1 the step's text, 2 the text and the target marked. */
	readonly hint: 0 | 1 | 2;
	readonly feedback: Feedback | null;
	readonly elapsedMs: number;
	readonly lastAt: number | null;
	/** The goal has held at some point (the view can say so at once). */
	readonly goalReached: boolean;
	/** Every step is behind and the goal holds: the lesson is complete. */
	readonly finished: boolean;
	/** The PC's key before each step along the scenario's own path (and after the last). */
	readonly pathKeys: readonly string[];
	/** The PC and the length of the log when the current step began ([この手順からやり直す]). */
	readonly stepStart: { readonly pc: PcSnapshot; readonly log: number };
}

export type TrainerEvent =
	| { type: 'act'; event: PcEvent; at?: number }
	| { type: 'hint'; at?: number }
	| { type: 'next' }
	| { type: 'back' }
	| { type: 'goTo'; index: number }
	| { type: 'mode'; mode: Mode }
	| { type: 'restart' }
	| { type: 'restartStep'; at?: number }
	/** The learner's answer to an active check (「105 以降ですか？」 → はい). */
	| { type: 'answer'; answer: string; at?: number };

export const MAX_GAP_MS = 60_000;

/* ---------- Pure logic ---------- */

/**
 * What makes two PCs the same for the lesson: the open dialogs, the world, and what the open
 * dialogs show (text typed in a dialog that is closed again does not count). Control Panel's
 * 表示方法 counts only while Control Panel is open: a view preference no goal depends on, changed by 3.9's way back.
 */
export function progressKey(pc: PcSnapshot): string {
	const open = openDialogs(pc);
	const ui = pc.context.ui;
	const { controlPanelView: _view, ...world } = pc.context.world;
	const page = activeTab(pc.context.world)?.page;
	const shown = {
		search: open.shell === 'search' ? ui.search : null,
		addPage: open.edge === 'addPage' ? ui.addPage : null,
		favoriteFolder: open.edge === 'addFavorite' ? ui.favoriteFolder : null,
		passwordsSelected: ui.passwordsSelected,
		passwordPrompt: ui.passwordPrompt,
		io: open.internetOptions ? ui.io : null,
		cp: open.controlPanel ? ui.cp : null,
		// While Control Panel is open its 表示方法 is on screen: 3.9 step 3 sets it (else [カテゴリ] would count as done by itself).
		cpView: open.controlPanel ? pc.context.world.controlPanelView : null,
		basicAuth: open.windowsSecurity === 'basicAuth' ? ui.basicAuth : null,
		picker: open.windowsSecurity?.startsWith('picker') ? ui.picker : null,
		ks: page?.kind === 'kanagawa' && (page.screen === 'login' || page.screen === 'aa041') ? ui.ks : null,
		csInstalling: open.certService ? ui.csInstalling : null,
	};
	return JSON.stringify([pc.value, world, shown]);
}

export function initialContext(scenario: Scenario, mode: Mode): TrainerContext {
	const path = playSteps(scenario);
	return {
		scenario,
		mode,
		pc: path[0]!,
		log: [],
		index: 0,
		steps: scenario.steps.map(() => ({ status: 'todo', mistakes: 0, hints: 0 })),
		wrong: 0,
		hint: 0,
		feedback: null,
		elapsedMs: 0,
		lastAt: null,
		goalReached: false,
		finished: false,
		pathKeys: path.map(progressKey),
		stepStart: { pc: path[0]!, log: 0 },
	};
}

/** A fresh start in a mode: in 練習 and テスト a check that already holds is behind the learner at once. */
export function startContext(scenario: Scenario, mode: Mode): TrainerContext {
	const ctx = initialContext(scenario, mode);
	return mode === 'watch' ? ctx : settle(ctx);
}

/** Same type, and every field the step names has the step's value (an address: the same page). */
export function matchesStep(event: PcEvent, expected: PcEvent | Diagnosisish): boolean {
	if (event.type !== expected.type) return false;
	const got = event as unknown as Record<string, unknown>;
	return Object.entries(expected).every(([k, v]) =>
		k === 'url' && event.type === 'edge.navigate' && typeof v === 'string' ? sameAddress(event.url, v) : got[k] === v,
	);
}
type Diagnosisish = { readonly type: string } & Readonly<Record<string, unknown>>;

function withStep(ctx: TrainerContext, i: number, patch: Partial<StepRecord>): TrainerContext {
	return { ...ctx, steps: ctx.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) };
}

function tick(ctx: TrainerContext, at: number | undefined): TrainerContext {
	if (at === undefined) return ctx;
	const gap = ctx.lastAt === null ? 0 : Math.min(Math.max(0, at - ctx.lastAt), MAX_GAP_MS);
	return { ...ctx, elapsedMs: ctx.elapsedMs + gap, lastAt: at };
}

/** Only optional steps are left from `index` on (issue 16 point 1: nothing beyond the manual is required). */
function onlyOptionalFrom(ctx: TrainerContext, index: number): boolean {
	return ctx.scenario.steps.slice(index).every((s) => s.optional);
}

/** Moves past check steps that hold, and notes the goal: reached, and finished once no step the manual asks for is left. */
function settle(ctx: TrainerContext): TrainerContext {
	let next = ctx;
	// An active check (one that asks) waits for the learner's answer in 練習 and テスト (issue 16 point 6).
	const passes = (step: Step | undefined): boolean => step?.kind === 'check' && !(step.ask && next.mode !== 'watch') && holds(step.when, next.pc);
	for (let step = next.scenario.steps[next.index]; passes(step); step = next.scenario.steps[next.index]) {
		next = { ...withStep(next, next.index, { status: 'done' }), index: next.index + 1, stepStart: { pc: next.pc, log: next.log.length } };
	}
	const reached = goalReached(next.scenario, next.pc);
	if (reached && !next.goalReached) next = { ...next, goalReached: true };
	if (reached && !next.finished && onlyOptionalFrom(next, next.index)) {
		// The optional steps left (closing what the manual leaves open) are not needed: 済.
		const steps = next.steps.map((r, j) => (j >= next.index ? { ...r, status: 'done' as const } : r));
		next = { ...next, steps, index: next.steps.length, finished: true, feedback: { kind: 'goal' } };
	}
	return next;
}

/** An active check the learner goes past without answering: behind them, but counted (it did not tick by itself). */
const unanswered = (ctx: TrainerContext, j: number): boolean => {
	const step = ctx.scenario.steps[j];
	return ctx.mode !== 'watch' && step?.kind === 'check' && !!step.ask && ctx.steps[j]?.status !== 'done';
};

function moveTo(ctx: TrainerContext, to: number): TrainerContext {
	const steps = ctx.steps.map((s, j) => {
		if (to > ctx.index && j >= ctx.index && j < to) return { ...s, status: 'done' as const, mistakes: s.mistakes + (unanswered(ctx, j) ? 1 : 0) };
		if (to < ctx.index && j >= to && j < ctx.index) return { ...s, status: 'redo' as const };
		return s;
	});
	return to === ctx.index ? { ...ctx, steps } : { ...ctx, steps, index: to, wrong: 0, hint: 0, stepStart: { pc: ctx.pc, log: ctx.log.length } };
}

/**
 * Steps that only bring a screen up ([...], [設定]): when that screen is already there, the
 * learner's next control on it does them too (issue 16 point 5: [Cookie とサイトのアクセス許可]
 * chosen in the settings already open, 1.2.2 after 1.2.1 in the journey).
 */
const wayThere: ReadonlySet<PcEvent['type']> = new Set(['edge.menu.open', 'edge.settings.open']);

/**
 * The step the learner's event does: the current one, or a later one when only optional steps
 * lie between (the dialog the manual never closes, left open), or steps that only open the
 * screen the event's control is on, when the PC takes the event now.
 */
function matchingStep(ctx: TrainerContext, event: PcEvent): number | null {
	let skippedWay = false;
	for (let j = ctx.index; j < ctx.scenario.steps.length; j++) {
		const step = ctx.scenario.steps[j]!;
		if (step.kind === 'action' && matchesStep(event, step.event)) return skippedWay && !canPc(ctx.pc, event) ? null : j;
		if (step.kind === 'action' && wayThere.has(step.event.type)) {
			skippedWay = true;
			continue;
		}
		if (!step.optional && !unanswered(ctx, j)) return null;
	}
	return null;
}

/**
 * Closing a window or pop-up the step does not need (Control Panel before the browser, 3.9 step 7;
 * Windows 11's settings; a menu): harmless while the current step can still be done after it, so
 * not a mistake (issue 16 point 5: 「an extra harmless window closed」).
 */
const closing: ReadonlySet<PcEvent['type']> = new Set(['cp.close', 'w11.close', 'cm.close', 'edge.menu.close', 'edge.favorites.close', 'shell.search.close', 'shell.start.close', 'cs.addonFailed.close']);

function harmlessClose(ctx: TrainerContext, event: PcEvent, next: TrainerContext): boolean {
	const current = ctx.scenario.steps[ctx.index];
	return closing.has(event.type) && current?.kind === 'action' && canPc(next.pc, current.event);
}

/** The URL checker's difference (src/tools/url-check.ts), for an address typed where the step gives another. */
export function urlDiagnosis(typed: string, expected: string): string {
	const shown = canonicalAddress(typed);
	const lines = describeDiff(diffParts(shown, expected));
	const scheme = /^http:/u.test(shown) && /^https:/u.test(expected) ? ' http と https は別の接続です（2.2.4 補足: http で入力すると、この後の画面が変わります）。' : '';
	return `入力した「${shown}」は、この手順の「${expected}」と違います。${lines.join(' ')}${scheme} アドレス欄に正しい URL を入力し直してください。`;
}

/** The step's own diagnosis of this event, if its data has one (issue 16 point 3: data beside the step). */
function ownDiagnosis(step: Step, event: PcEvent, after: PcSnapshot): string | undefined {
	return step.diagnoses?.find((d) => matchesStep(event, d.on) && (!d.after || holds(d.after, after)))?.say;
}

/**
 * Why this action is not the step's, in words (issue 16 point 3): the step's own diagnosis when
 * one fits, a typed URL's difference, else the control used and the one the step names.
 */
export function diagnose(ctx: TrainerContext, event: PcEvent, after: PcSnapshot): string {
	const step = ctx.scenario.steps[Math.min(ctx.index, ctx.steps.length - 1)];
	if (!step) return '';
	const own = ownDiagnosis(step, event, after);
	if (own) return own;
	if (step.kind === 'action' && step.event.type === 'edge.navigate' && event.type === 'edge.navigate') return urlDiagnosis(event.url, step.event.url);
	const used = controlFor(event, ctx.pc.context).target;
	const where = step.target.within ? `（${step.target.within.name} の中）` : '';
	const wanted = step.target.role === 'text' ? `「${step.target.name}」` : `[${step.target.name}]`;
	return `[${used.name}] を操作しました。この手順で使うのは ${wanted}${where}です。`;
}

/** The step index whose starting PC is this one: ahead first (smallest), else behind (nearest). */
function findOnPath(ctx: TrainerContext, key: string): number | null {
	for (let j = ctx.index + 1; j < ctx.pathKeys.length; j++) if (ctx.pathKeys[j] === key) return j;
	for (let j = ctx.index; j >= 0; j--) if (ctx.pathKeys[j] === key) return j;
	return null;
}

function apply(ctx: TrainerContext, event: PcEvent): TrainerContext {
	return { ...ctx, pc: stepPc(ctx.pc, event), log: [...ctx.log, event] };
}

/**
 * A wrong action on the current step: in 練習 it shows the whole hint (the step's text and the
 * target marked); counts as a mistake when it takes the PC off the path, or is the first
 * wrong action on this step while off it (so a long way back costs one mistake, not ten).
 */
function wrongAction(ctx: TrainerContext, wasOnPath: boolean, say: string): TrainerContext {
	const i = Math.min(ctx.index, ctx.steps.length - 1);
	const wrong = ctx.wrong + 1;
	const hint = ctx.mode === 'practice' ? 2 : ctx.hint;
	const record = ctx.steps[i];
	const counts = !!record && (wasOnPath || record.mistakes === 0);
	const counted = counts ? withStep(ctx, i, { mistakes: record.mistakes + 1 }) : ctx;
	return { ...counted, wrong, hint, feedback: { kind: 'mistake', say } };
}

/**
 * The login dialog waits behind an active check that holds it (2.2.2: the IE-mode message first,
 * issue 16 point 6): not drawn, and nothing reaches it, until the check is answered.
 */
export function heldDialog(ctx: TrainerContext): boolean {
	const step = currentStep(ctx);
	return ctx.mode !== 'watch' && step?.kind === 'check' && !!step.ask?.holdsLoginDialog && openDialogs(ctx.pc).windowsSecurity === 'basicAuth';
}

/** 練習 and テスト: the learner's action. */
export function act(ctx: TrainerContext, event: PcEvent): TrainerContext {
	if (ctx.mode === 'watch') return { ...ctx, feedback: { kind: 'ignored' } };
	if (heldDialog(ctx) && event.type.startsWith('ws.')) return { ...ctx, feedback: { kind: 'ignored' } };
	const legal = canPc(ctx.pc, event);
	const step: Step | undefined = ctx.finished ? undefined : ctx.scenario.steps[ctx.index];
	if (!step) return legal ? { ...apply(ctx, event), feedback: { kind: 'ignored' } } : { ...ctx, feedback: { kind: 'ignored' } };

	const k = matchingStep(ctx, event);
	if (k !== null) {
		if (!legal) return { ...ctx, wrong: ctx.wrong + 1, feedback: { kind: 'noResponse' } };
		const applied = apply(ctx, event);
		const marked = applied.steps.map((s, j) => (j >= ctx.index && j <= k ? { ...s, status: 'done' as const, mistakes: s.mistakes + (unanswered(ctx, j) ? 1 : 0) } : s));
		// The step's control used with a trap its data names ([OK] with 資格情報を記憶する ticked): the PC goes on as
		// the real one does, and the feedback says what it will cause (the mistake was counted when the trap was set).
		const trap = ownDiagnosis(ctx.scenario.steps[k]!, event, applied.pc);
		const feedback: Feedback = trap ? { kind: 'mistake', say: trap } : { kind: 'advanced' };
		const done: TrainerContext = { ...applied, steps: marked, index: k + 1, wrong: 0, hint: 0, feedback, stepStart: { pc: applied.pc, log: applied.log.length } };
		const key = progressKey(done.pc);
		if (done.pathKeys[done.index] === key) return settle(done);
		const j = findOnPath(done, key);
		return settle(j === null ? done : { ...moveTo(done, j), feedback });
	}
	if (!legal) return { ...ctx, feedback: { kind: 'ignored' } };

	const before = progressKey(ctx.pc);
	const next = apply(ctx, event);
	if (isInputEvent(event)) return settle({ ...next, feedback: { kind: 'typing' } });
	const key = progressKey(next.pc);
	if (key === before) return { ...next, feedback: { kind: 'ignored' } };
	const j = findOnPath(next, key);
	if (j !== null && j > ctx.index) return settle({ ...moveTo(next, j), feedback: { kind: 'advanced' } });
	if (j !== null) return settle({ ...moveTo(next, j), feedback: { kind: 'backOnPath', to: j } });
	if (harmlessClose(ctx, event, next)) return settle({ ...next, feedback: { kind: 'ignored' } });
	return settle(wrongAction(next, before === ctx.pathKeys[ctx.index], diagnose(ctx, event, next.pc)));
}

/**
 * The learner answers an active check: the right answer while the check holds does the step; any
 * other answer is a mistake, told what to look at again (issue 16 point 6).
 */
export function answer(ctx: TrainerContext, given: string): TrainerContext {
	const step = currentStep(ctx);
	if (ctx.mode === 'watch' || step?.kind !== 'check' || !step.ask) return ctx;
	if (given === step.ask.right && holds(step.when, ctx.pc)) {
		const done = { ...withStep(ctx, ctx.index, { status: 'done' }), index: ctx.index + 1, wrong: 0, hint: 0 as const, feedback: { kind: 'advanced' } as Feedback, stepStart: { pc: ctx.pc, log: ctx.log.length } };
		return settle(done);
	}
	const say = given === step.ask.right ? `まだ「${step.text}」の画面ではありません。` : step.ask.wrong;
	return wrongAction(ctx, true, say);
}

/** [この手順からやり直す]: the PC as it was when the current step began (not counted as a mistake). */
export function restartStep(ctx: TrainerContext): TrainerContext {
	if (ctx.mode === 'watch' || ctx.finished) return ctx;
	return { ...ctx, pc: ctx.stepStart.pc, log: ctx.log.slice(0, ctx.stepStart.log), wrong: 0, feedback: { kind: 'stepRestarted' } };
}

/**
 * Whether the current step's control is on screen now (the PC would take its event), so a mark
 * on it points at something there (issue 16 point 4). A check step looks at what its predicate
 * needs, which the trainer settles by itself.
 */
export function stepAvailable(ctx: TrainerContext): boolean {
	const step = currentStep(ctx);
	if (!step) return false;
	return step.kind === 'check' || canPc(ctx.pc, step.event);
}

/** The step whose control the view marks 「ここ」: 見る always; 練習 and テスト at hint level 2, and only when it is on screen. */
export function markable(ctx: TrainerContext): Step | undefined {
	const step = currentStep(ctx);
	if (!step) return undefined;
	if (ctx.mode === 'watch') return step;
	return ctx.hint === 2 && stepAvailable(ctx) ? step : undefined;
}

/** Asking for a hint: in 練習 it raises the hint; in テスト too, and it is counted. */
export function askHint(ctx: TrainerContext): TrainerContext {
	if (ctx.mode === 'watch' || ctx.finished || ctx.index >= ctx.steps.length) return ctx;
	const hint = Math.min(2, ctx.hint + 1) as 0 | 1 | 2;
	if (hint === ctx.hint) return ctx;
	return { ...withStep(ctx, ctx.index, { hints: ctx.steps[ctx.index]!.hints + 1 }), hint };
}

/** 見る: show the PC before step `index` (0 … steps.length), replayed from the start (after the prelude). */
export function watchTo(ctx: TrainerContext, index: number): TrainerContext {
	const to = Math.max(0, Math.min(index, ctx.scenario.steps.length));
	let pc = startOf(ctx.scenario);
	const log: PcEvent[] = [];
	for (const step of ctx.scenario.steps.slice(0, to)) {
		if (step.kind === 'action') {
			pc = stepPc(pc, step.event);
			log.push(step.event);
		}
	}
	const steps = ctx.steps.map((s, j) => ({ ...s, status: j < to ? ('done' as const) : ('todo' as const) }));
	const reached = goalReached(ctx.scenario, pc);
	return { ...ctx, pc, log, index: to, steps, wrong: 0, hint: 0, feedback: null, goalReached: reached, finished: reached && to === steps.length, stepStart: { pc, log: log.length } };
}

/* ---------- What a view reads ---------- */

export function stepStatuses(ctx: TrainerContext): StepStatus[] {
	return ctx.steps.map((s, i) => (i === ctx.index && !ctx.finished ? 'current' : s.status));
}

/** 「全 9 ステップ中 4 ステップ目」 (or 完了 when the goal is reached). */
export function summary(ctx: TrainerContext): string {
	const total = ctx.steps.length;
	if (ctx.finished) return `全 ${total} ステップ完了`;
	return `全 ${total} ステップ中 ${Math.min(ctx.index + 1, total)} ステップ目`;
}

export function currentStep(ctx: TrainerContext): Step | undefined {
	return ctx.finished ? undefined : ctx.scenario.steps[ctx.index];
}

/**
 * テスト's score, out of 100:
 *
 *   100 − 10 × mistakes − 5 × hints − time penalty, never below 0,
 *   time penalty = 1 point for every full 15 seconds beyond a par of 20 seconds per action
 *   step, at most 20 points.
 */
export interface Score {
	readonly points: number;
	readonly mistakes: number;
	readonly hints: number;
	readonly elapsedMs: number;
	readonly parMs: number;
	readonly timePenalty: number;
	/** At least `SCORE.passMark`, our own mark (not the manual's), the hub's `PASS_MARK` (src/practice/record.ts; a test keeps them equal without pulling the record's schema into the simulation): 合格. */
	readonly passed: boolean;
	/** Steps with a mistake or a hint, the worst first. */
	readonly weakSteps: readonly { index: number; text: string; section: string; anchor?: string; mistakes: number; hints: number }[];
}

export const SCORE = { mistake: 10, hint: 5, parPerStepMs: 20_000, penaltyEveryMs: 15_000, maxTimePenalty: 20, passMark: 80 } as const;

export function score(ctx: TrainerContext): Score {
	const mistakes = ctx.steps.reduce((n, s) => n + s.mistakes, 0);
	const hints = ctx.steps.reduce((n, s) => n + s.hints, 0);
	const actions = ctx.scenario.steps.filter((s) => s.kind === 'action').length;
	const parMs = actions * SCORE.parPerStepMs;
	const timePenalty = Math.min(SCORE.maxTimePenalty, Math.floor(Math.max(0, ctx.elapsedMs - parMs) / SCORE.penaltyEveryMs));
	const points = Math.max(0, 100 - SCORE.mistake * mistakes - SCORE.hint * hints - timePenalty);
	const weakSteps = ctx.steps
		.map((s, index) => ({ index, s, step: ctx.scenario.steps[index]! }))
		.filter(({ s }) => s.mistakes > 0 || s.hints > 0)
		.sort((a, b) => b.s.mistakes * 2 + b.s.hints - (a.s.mistakes * 2 + a.s.hints) || a.index - b.index)
		.map(({ index, s, step }) => ({ index, text: step.text, section: step.section, ...(step.anchor ? { anchor: step.anchor } : {}), mistakes: s.mistakes, hints: s.hints }));
	return { points, mistakes, hints, elapsedMs: ctx.elapsedMs, parMs, timePenalty, passed: points >= SCORE.passMark, weakSteps };
}

/* ---------- The machine ---------- */

export const trainerMachine = setup({
	types: {
		context: {} as TrainerContext,
		events: {} as TrainerEvent,
		input: {} as { scenario: Scenario; mode: Mode; restored?: TrainerContext },
	},
	guards: {
		toWatch: ({ event }) => event.type === 'mode' && event.mode === 'watch',
		toPractice: ({ event }) => event.type === 'mode' && event.mode === 'practice',
		toTest: ({ event }) => event.type === 'mode' && event.mode === 'test',
	},
	actions: {
		act: assign(({ context, event }) => (event.type === 'act' ? act(tick(context, event.at), event.event) : context)),
		hint: assign(({ context, event }) => (event.type === 'hint' ? askHint(tick(context, event.at)) : context)),
		next: assign(({ context }) => watchTo(context, context.index + 1)),
		back: assign(({ context }) => watchTo(context, context.index - 1)),
		goTo: assign(({ context, event }) => (event.type === 'goTo' ? watchTo(context, event.index) : context)),
		restart: assign(({ context }) => startContext(context.scenario, context.mode)),
		restartStep: assign(({ context, event }) => (event.type === 'restartStep' ? restartStep(tick(context, event.at)) : context)),
		answer: assign(({ context, event }) => (event.type === 'answer' ? answer(tick(context, event.at), event.answer) : context)),
		startWatch: assign(({ context }) => startContext(context.scenario, 'watch')),
		startPractice: assign(({ context }) => startContext(context.scenario, 'practice')),
		startTest: assign(({ context }) => startContext(context.scenario, 'test')),
	},
}).createMachine({
	id: 'trainer',
	context: ({ input }) => input.restored ?? startContext(input.scenario, input.mode),
	initial: 'choosing',
	on: {
		restart: { actions: 'restart' },
		mode: [
			{ guard: 'toWatch', target: '.watch', actions: 'startWatch' },
			{ guard: 'toPractice', target: '.practice', actions: 'startPractice' },
			{ guard: 'toTest', target: '.test', actions: 'startTest' },
		],
	},
	states: {
		/** Enters the mode the context was made for (a new or a restored trainer). */
		choosing: {
			always: [
				{ guard: ({ context }) => context.mode === 'watch', target: 'watch' },
				{ guard: ({ context }) => context.mode === 'practice', target: 'practice' },
				{ target: 'test' },
			],
		},
		watch: { on: { next: { actions: 'next' }, back: { actions: 'back' }, goTo: { actions: 'goTo' } } },
		practice: { on: { act: { actions: 'act' }, hint: { actions: 'hint' }, restartStep: { actions: 'restartStep' }, answer: { actions: 'answer' } } },
		test: { on: { act: { actions: 'act' }, hint: { actions: 'hint' }, restartStep: { actions: 'restartStep' }, answer: { actions: 'answer' } } },
	},
});

export type TrainerSnapshot = SnapshotFrom<typeof trainerMachine>;

/** A trainer for one scenario, in a mode (or resumed from `restoreTrainer`). */
export function createTrainer(scenario: Scenario, mode: Mode = 'watch', restored?: TrainerContext) {
	return createActor(trainerMachine, { input: { scenario, mode, ...(restored ? { restored } : {}) } });
}

export type TrainerActor = ReturnType<typeof createTrainer>;
