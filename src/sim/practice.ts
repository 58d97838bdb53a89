import { describeDiff, diffParts } from '../tools/url-diff';
import { controlFor } from './controls';
import { isInputEvent, type PcEvent } from './machines/events';
import { canPc, stepPc, type PcSnapshot } from './pc';
import { canonicalAddress } from './world/derive';
import { holds } from './scenarios/predicates';
import type { Step } from './scenarios/types';
import {
	currentStep,
	heldDialog,
	matchesStep,
	moveTo,
	progressKey,
	settle,
	unanswered,
	withStep,
	SCORE,
	type Feedback,
	type PracticeRules,
	type Score,
	type TrainerContext,
} from './trainer-core';

/**
 * The rules of 練習 and テスト (see trainer-core.ts for the whole): the learner's action, its
 * diagnosis, answers, hints, [この手順からやり直す] and テスト's score. The browser loads this module
 * when the learner leaves 見る (or resumes in 練習 or テスト); Node takes it with trainer.ts.
 */


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

/** Asking for a hint: in 練習 it raises the hint; in テスト too, and it is counted. */
export function askHint(ctx: TrainerContext): TrainerContext {
	if (ctx.mode === 'watch' || ctx.finished || ctx.index >= ctx.steps.length) return ctx;
	const hint = Math.min(2, ctx.hint + 1) as 0 | 1 | 2;
	if (hint === ctx.hint) return ctx;
	return { ...withStep(ctx, ctx.index, { hints: ctx.steps[ctx.index]!.hints + 1 }), hint };
}



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

/** The rules as the trainer's machine takes them (`PracticeRef`). */
export const practiceRules: PracticeRules = { act, askHint, restartStep, answer, score };
