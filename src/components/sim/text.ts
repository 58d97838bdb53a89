import type { Role, Target } from '../../sim/controls';
import { isInputEvent, type PcEvent } from '../../sim/machines/events';
import type { Step } from '../../sim/scenarios/types';
import { matchesStep, stepAvailable, type Feedback, type TrainerContext } from '../../sim/trainer-core';

/**
 * What the simulation's views say in words, as pure functions (tested in tests/unit/sim-views):
 * where a step is written on the pages, what a step asks the learner to use, and what the live
 * region announces after each trainer event. The words of the screens themselves come from the
 * engine (`controlFor`) and src/facts, never from here.
 */

/** 「手順 7 の (1)」 for `step-7-1`; the section is named when the step is written on another page. */
export function placeLabel(step: { readonly anchor?: string | undefined; readonly section: string }, pageSection?: string): string {
	const m = step.anchor ? /^step-(\d+)(?:-(\d+))?$/u.exec(step.anchor) : null;
	if (!m) return step.section === pageSection ? '' : step.section;
	const here = m[2] ? `手順 ${m[1]} の (${m[2]})` : `手順 ${m[1]}`;
	return step.section === pageSection ? here : `${step.section} の${here}`;
}

/** The step's place on the site: `#step-7-1` on this page, `/2-2-2-…/#step-3` on another. */
export function placeHref(step: { readonly anchor?: string | undefined; readonly section: string }, pageSection: string | undefined, slugs: Readonly<Record<string, string>>): string | null {
	if (step.section === pageSection) return step.anchor ? `#${step.anchor}` : null;
	const slug = slugs[step.section];
	if (!slug) return null;
	return `/${slug}/${step.anchor ? `#${step.anchor}` : ''}`;
}

const roleWords: Readonly<Record<Role, string>> = {
	button: 'ボタン',
	link: 'リンク',
	tab: 'タブ',
	checkbox: 'チェックボックス',
	radio: '選択肢',
	textbox: '入力欄',
	combobox: '一覧',
	menuitem: 'メニュー',
	switch: 'スイッチ',
	option: '項目',
	cell: '表',
	row: '行',
	table: '表',
	group: '欄',
	region: '画面',
	dialog: '画面',
	alertdialog: 'メッセージ',
	menu: 'メニュー',
	listbox: '一覧',
	text: '表示',
};

const doWords: Readonly<Record<Step['do'], string>> = {
	click: 'をクリック',
	fill: 'に入力',
	select: 'で選択',
	check: 'をオン',
	uncheck: 'をオフ',
	rightClick: 'を右クリック',
	dblclick: 'をダブルクリック',
	drag: 'をドラッグ',
	see: 'を確認',
};

/** The control a step uses, in words: 「[設定]（メニュー）をクリック」. */
export function targetPhrase(step: Pick<Step, 'target' | 'do'>): string {
	const t: Target = step.target;
	const name = t.role === 'text' ? `「${t.name}」` : `[${t.name}]`;
	return `${name}（${roleWords[t.role]}）${doWords[step.do]}`;
}

/**
 * Whether a control that would send `event` is the one the step names, for marking it: the same
 * control, whatever the learner has typed or chosen in it so far.
 */
export function isStepControl(step: Step | undefined, event: PcEvent, loose = false): boolean {
	if (!step || step.kind !== 'action') return false;
	const expected = step.event;
	if (expected.type !== event.type) return false;
	if (loose || expected.type === 'edge.navigate') return true;
	if (isInputEvent(expected)) {
		const field = (e: PcEvent) => (e as { field?: string }).field;
		return field(expected) === field(event);
	}
	return matchesStep(event, expected);
}

/**
 * Whether a check step looks at this control (2.3.1 step 8: the new desktop shortcut): a check has
 * no event to match, so the control is the one it names, with the same role, in the same area.
 */
export function isLookedAt(step: Step | undefined, target: Target): boolean {
	const t = step?.kind === 'check' ? step.target : undefined;
	return !!t && t.role === target.role && t.name === target.name && (!t.within || t.within.name === target.within?.name);
}

const markName = (step: Step): string => (step.target.role === 'text' ? `「${step.target.name}」` : `[${step.target.name}]`);

/** The name of the trainer's button that puts the PC back as it was when the current step began. */
export const RESTART_STEP = 'この手順からやり直す';

/**
 * Where the step's control is: when it is not on screen, no mark but the way back (the manual's
 * own, and [この手順からやり直す]); at the second hint, the mark.
 */
function whereText(ctx: TrainerContext, step: Step): string {
	if (!stepAvailable(ctx)) return ` いまの画面には ${markName(step)} がありません。${step.recovery ? ` ${step.recovery}` : ''} [${RESTART_STEP}] を押すと、この手順を始めたときの画面に戻ります。`;
	return ctx.hint === 2 ? ` 操作する場所に「ここ」の目印を付けました: ${markName(step)}。` : '';
}

/** The hint: the step's text, and where its control is. */
export function hintText(ctx: TrainerContext): string {
	const step = ctx.scenario.steps[ctx.index];
	if (!step || ctx.hint === 0 || ctx.finished) return '';
	return `ヒント: ${step.text}${whereText(ctx, step)}`;
}

/**
 * The callout's one hint area (issue 14: one area, not a box per hint), beside the step's own
 * text: what went wrong (the engine's diagnosis of the last mistake, issue 16), then where the
 * control is — marked, or not on this screen with the way back.
 */
export function calloutHint(ctx: TrainerContext): string {
	const step = ctx.scenario.steps[ctx.index];
	if (!step || ctx.finished || ctx.mode === 'watch') return '';
	const said = ctx.feedback?.kind === 'mistake' ? ctx.feedback.say : '';
	return ctx.hint === 0 ? said : `${said}${whereText(ctx, step)}`.trim();
}

/** 「手順 3 からもう一度」: where the learner starts again after coming back to an earlier point (issue 16 point 7). */
export function againText(ctx: TrainerContext, pageSection?: string): string {
	const step = ctx.scenario.steps[ctx.index];
	if (!step) return '';
	const place = placeLabel(step, pageSection) || `${ctx.index + 1} 番目の手順`;
	return `${place} からもう一度。`;
}

/** A check step in words: 「手順 8（確認）: デスクトップ上に、…確認します。」 */
const checkLine = (step: Step, pageSection?: string) => `${placeLabel(step, pageSection)}（確認）: ${step.text}`;

/**
 * The checks that held as soon as the action was done (2.3.1 step 8: the shortcut is on the
 * desktop right after the drag): they tick without their callout ever showing, so the message
 * names them, and the learner knows to look at the screen for what the manual says to confirm.
 */
function checkedText(prev: TrainerContext, next: TrainerContext, pageSection?: string): string {
	return next.scenario.steps
		.slice(prev.index, next.index)
		.map((s) => (s.kind === 'check' ? `${checkLine(s, pageSection)} ` : ''))
		.join('');
}

/** 練習: the check just behind the current step, named in the callout above it (it may have held by itself, unseen). */
export function justChecked(ctx: TrainerContext, pageSection?: string): string {
	const step = ctx.scenario.steps[ctx.index - 1];
	return ctx.mode === 'practice' && step?.kind === 'check' && !step.ask ? checkLine(step, pageSection) : '';
}

function nextText(ctx: TrainerContext): string {
	const step = ctx.scenario.steps[ctx.index];
	return step ? `次は: ${step.text}` : '';
}

/**
 * The live region's message after a trainer event, or null when there is nothing to say
 * (typing, an action with no effect). 練習 names the step after a wrong action (the hint); テスト
 * says nothing about right or wrong until the end (DESIGN.md "テスト gives none").
 */
export function announcement(prev: TrainerContext, next: TrainerContext, pageSection?: string): string | null {
	const total = next.steps.length;
	if (next.mode === 'watch') {
		if (next.index === prev.index && next.pc === prev.pc) return null;
		const step = next.scenario.steps[next.index];
		const done = next.finished ? `全 ${total} ステップ完了。目標: ${next.scenario.goal.text}` : '';
		return step ? `${next.index + 1} / ${total}: ${step.text}` : done;
	}
	const fb: Feedback | null = next.feedback;
	if (next.finished && !prev.finished) {
		return next.mode === 'test' ? `全 ${total} ステップ完了。結果を表示しました。` : `目標を達成しました: ${next.scenario.goal.text} 全 ${total} ステップ完了です。`;
	}
	const fresh = fb !== null && fb !== prev.feedback;
	// テスト says nothing about right or wrong until the end (its diagnosis would be a hint).
	if (fresh && fb.kind === 'mistake') return next.mode === 'practice' ? `${fb.say} ${hintText(next)}` : null;
	if (fresh && fb.kind === 'stepRestarted') return `この手順を始めたときの画面に戻しました。${next.mode === 'test' ? '' : nextText(next)}`;
	if (next.hint > prev.hint && next.index === prev.index) return hintText(next);
	if (!fb || fb === prev.feedback) return null;
	switch (fb.kind) {
		case 'advanced':
			return next.mode === 'test' ? null : `できました。${checkedText(prev, next, pageSection)}${nextText(next)}`;
		case 'backOnPath':
			return next.mode === 'test' ? null : `${againText(next, pageSection)}${nextText(next)}`;
		case 'noResponse':
			return next.mode === 'test' ? null : 'この操作には、いまは反応がありません。前の手順が済んでいるか確かめてください。';
		default:
			return null;
	}
}
