import { assign, createActor, type SnapshotFrom } from 'xstate';
import { setup } from './machines/lean-setup';
import type { PcEvent } from './machines/events';
import { stepPc, type PcSnapshot, canPc } from './pc';
import { openDialogs } from './screens';
import { activeTab, sameAddress } from './world/derive';
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
 *
 * Split for the browser (issue 14's budget): this module holds the contexts, 見る and what a view
 * reads; the rules of 練習 and テスト (`act`, hints, answers, diagnoses, the score) are in
 * practice.ts, which the machine is handed (`PracticeRef`), so a page opening in 見る loads them
 * only when the learner chooses 練習 or テスト. trainer.ts puts the two together for Node (the CLI,
 * the tests).
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

/** @internal for practice.ts */
export function withStep(ctx: TrainerContext, i: number, patch: Partial<StepRecord>): TrainerContext {
	return { ...ctx, steps: ctx.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) };
}

/** @internal for practice.ts */
export function tick(ctx: TrainerContext, at: number | undefined): TrainerContext {
	if (at === undefined) return ctx;
	const gap = ctx.lastAt === null ? 0 : Math.min(Math.max(0, at - ctx.lastAt), MAX_GAP_MS);
	return { ...ctx, elapsedMs: ctx.elapsedMs + gap, lastAt: at };
}

/** Only optional steps are left from `index` on (issue 16 point 1: nothing beyond the manual is required). */
/** @internal for practice.ts */
export function onlyOptionalFrom(ctx: TrainerContext, index: number): boolean {
	return ctx.scenario.steps.slice(index).every((s) => s.optional);
}

/** Moves past check steps that hold, and notes the goal: reached, and finished once no step the manual asks for is left. */
/** @internal for practice.ts */
export function settle(ctx: TrainerContext): TrainerContext {
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
/** @internal for practice.ts */
export const unanswered = (ctx: TrainerContext, j: number): boolean => {
	const step = ctx.scenario.steps[j];
	return ctx.mode !== 'watch' && step?.kind === 'check' && !!step.ask && ctx.steps[j]?.status !== 'done';
};

/** @internal for practice.ts */
export function moveTo(ctx: TrainerContext, to: number): TrainerContext {
	const steps = ctx.steps.map((s, j) => {
		if (to > ctx.index && j >= ctx.index && j < to) return { ...s, status: 'done' as const, mistakes: s.mistakes + (unanswered(ctx, j) ? 1 : 0) };
		if (to < ctx.index && j >= to && j < ctx.index) return { ...s, status: 'redo' as const };
		return s;
	});
	return to === ctx.index ? { ...ctx, steps } : { ...ctx, steps, index: to, wrong: 0, hint: 0, stepStart: { pc: ctx.pc, log: ctx.log.length } };
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
 * The login dialog waits behind an active check that holds it (2.2.2: the IE-mode message first,
 * issue 16 point 6): not drawn, and nothing reaches it, until the check is answered.
 */
export function heldDialog(ctx: TrainerContext): boolean {
	const step = currentStep(ctx);
	return ctx.mode !== 'watch' && step?.kind === 'check' && !!step.ask?.holdsLoginDialog && openDialogs(ctx.pc).windowsSecurity === 'basicAuth';
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

/** The rules of 練習 and テスト (practice.ts), handed to the machine. */
export interface PracticeRules {
	readonly act: (ctx: TrainerContext, event: PcEvent) => TrainerContext;
	readonly askHint: (ctx: TrainerContext) => TrainerContext;
	readonly restartStep: (ctx: TrainerContext) => TrainerContext;
	readonly answer: (ctx: TrainerContext, given: string) => TrainerContext;
	readonly score: (ctx: TrainerContext) => Score;
}

/** Where the machine finds the rules: set before the learner leaves 見る (until then 見る needs none). */
export interface PracticeRef {
	current: PracticeRules | null;
}

/* ---------- The machine ---------- */

/** The trainer's machine, with the rules of 練習 and テスト found in `rules` (an event they would handle leaves the context as it is while `rules.current` is null). */
export function trainerMachineWith(rules: PracticeRef) {
	return setup({
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
			act: assign(({ context, event }) => (event.type === 'act' && rules.current ? rules.current.act(tick(context, event.at), event.event) : context)),
			hint: assign(({ context, event }) => (event.type === 'hint' && rules.current ? rules.current.askHint(tick(context, event.at)) : context)),
			next: assign(({ context }) => watchTo(context, context.index + 1)),
			back: assign(({ context }) => watchTo(context, context.index - 1)),
			goTo: assign(({ context, event }) => (event.type === 'goTo' ? watchTo(context, event.index) : context)),
			restart: assign(({ context }) => startContext(context.scenario, context.mode)),
			restartStep: assign(({ context, event }) => (event.type === 'restartStep' && rules.current ? rules.current.restartStep(tick(context, event.at)) : context)),
			answer: assign(({ context, event }) => (event.type === 'answer' && rules.current ? rules.current.answer(tick(context, event.at), event.answer) : context)),
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
}

export type TrainerSnapshot = SnapshotFrom<ReturnType<typeof trainerMachineWith>>;

/** A trainer for one scenario, in a mode (or resumed from `restoreTrainer`), its rules of 練習 and テスト found in `rules`. */
export function createTrainerWith(rules: PracticeRef, scenario: Scenario, mode: Mode = 'watch', restored?: TrainerContext) {
	return createActor(trainerMachineWith(rules), { input: { scenario, mode, ...(restored ? { restored } : {}) } });
}

export type TrainerActor = ReturnType<typeof createTrainerWith>;
