import { describe, expect, test } from 'vitest';
import { announcement, hintText, isLookedAt, justChecked, isStepControl, placeHref, placeLabel, targetPhrase } from '../../../src/components/sim/text';
import { areas, controlFor } from '../../../src/sim/controls';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, askHint, currentStep, startContext, watchTo, type TrainerContext } from '../../../src/sim/trainer';
import type { ActionStep } from '../../../src/sim/scenarios/types';

const ieMode = await loadScenario('2-2-1-ie-mode');
const addon = await loadScenario('2-2-2-naraclientcontrol');
const login = await loadScenario('2-3-1-change-password');
const actionAt = (i: number) => ieMode.steps[i] as ActionStep;

/** Follows the scenario's own steps n times. */
function follow(ctx: TrainerContext, n: number): TrainerContext {
	let c = ctx;
	for (let i = 0; i < n; i++) {
		const step = currentStep(c);
		if (step?.kind !== 'action') break;
		c = act(c, step.event);
	}
	return c;
}

describe('where a step is written', () => {
	test('on this page: 手順 N, or 手順 N の (M) for a sub-step, linked by its anchor', () => {
		expect(placeLabel({ section: '2.2.1', anchor: 'step-3' }, '2.2.1')).toBe('手順 3');
		expect(placeLabel({ section: '2.2.1', anchor: 'step-7-1' }, '2.2.1')).toBe('手順 7 の (1)');
		expect(placeHref({ section: '2.2.1', anchor: 'step-7-1' }, '2.2.1', {})).toBe('#step-7-1');
	});
	test('on another page: the section is named and the link goes to that page', () => {
		expect(placeLabel({ section: '2.2.2', anchor: 'step-3' }, '3.3')).toBe('2.2.2 の手順 3');
		expect(placeHref({ section: '2.2.2', anchor: 'step-3' }, '3.3', { '2.2.2': '2-2-2-naraclientcontrol' })).toBe('/2-2-2-naraclientcontrol/#step-3');
		expect(placeHref({ section: '2.2.2', anchor: 'step-3' }, '3.3', {})).toBeNull();
	});
	test('a step with no numbered place on its page has no link there', () => {
		expect(placeLabel({ section: '3.5' }, '3.5')).toBe('');
		expect(placeHref({ section: '3.5' }, '3.5', {})).toBeNull();
	});
});

describe('what a step asks the learner to use, in words', () => {
	test('the manual\'s label in brackets, the kind of control and what to do with it', () => {
		expect(targetPhrase(actionAt(2))).toBe('[設定]（メニュー）をクリック');
		expect(targetPhrase(actionAt(0))).toBe('[Microsoft Edge]（ボタン）をクリック');
		const check = addon.steps.find((s) => s.kind === 'check')!;
		expect(targetPhrase(check)).toMatch(/^「Internet Explorer モードになっています。.*」（表示）を確認$/u);
	});
});

describe('which control carries the mark', () => {
	const typing = ieMode.steps.find((s) => s.kind === 'action' && s.event.type === 'edge.addPage.input') as ActionStep;
	test('the control that sends the step\'s event, whatever was typed in it so far', () => {
		expect(isStepControl(typing, { type: 'edge.addPage.input', value: 'htt' })).toBe(true);
		expect(isStepControl(typing, { type: 'edge.addPage.confirm' })).toBe(false);
	});
	test('a field of another name is not marked, nor a button with other parameters', () => {
		const user = { kind: 'action', event: { type: 'ks.input', field: 'user', value: '1419000001' } } as unknown as ActionStep;
		expect(isStepControl(user, { type: 'ks.input', field: 'password', value: '' })).toBe(false);
		expect(isStepControl(user, { type: 'ks.input', field: 'user', value: '14' })).toBe(true);
		const zone = { kind: 'action', event: { type: 'io.zone', zone: 'trusted' } } as unknown as ActionStep;
		expect(isStepControl(zone, { type: 'io.zone', zone: 'internet' })).toBe(false);
		expect(isStepControl(zone, { type: 'io.zone', zone: 'trusted' })).toBe(true);
	});
	test('a drop-down list is marked whatever it shows (loose)', () => {
		const select = ieMode.steps.find((s) => s.kind === 'action' && s.event.type === 'edge.ieModeReload.set') as ActionStep;
		expect(isStepControl(select, { type: 'edge.ieModeReload.set', value: 'default' }, true)).toBe(true);
		expect(isStepControl(undefined, { type: 'edge.launch' })).toBe(false);
	});
	test('a check step marks the control it looks at (2.3.1 step 8: the new desktop shortcut), by role, name and area', () => {
		const look = login.steps.find((s) => s.kind === 'check' && s.target.within?.name === areas.desktop.name)!;
		const shortcut = { role: 'link', name: look.target.name, within: areas.desktop } as const;
		expect(isLookedAt(look, shortcut)).toBe(true);
		expect(isLookedAt(look, { ...shortcut, within: areas.favorites })).toBe(false);
		expect(isLookedAt(look, { ...shortcut, name: 'ごみ箱' })).toBe(false);
		expect(isLookedAt(look, { ...shortcut, role: 'button' })).toBe(false);
		// An action step is marked by its event only.
		expect(isLookedAt(actionAt(0), controlFor(actionAt(0).event, startContext(ieMode, 'watch').pc.context).target)).toBe(false);
	});
});

describe('what the live region says', () => {
	test('練習: a wrong action gives the step\'s text and where the mark is', () => {
		const start = startContext(ieMode, 'practice');
		const once = act(start, { type: 'edge.launch' });
		const wrong = act(once, { type: 'edge.tab.new' });
		expect(wrong.feedback?.kind).toBe('mistake');
		expect(wrong.hint).toBe(2);
		expect(announcement(once, wrong)).toBe(
			`[新しいタブ] を操作しました。この手順で使うのは [...]（Microsoft Edge の中）です。 ヒント: ${ieMode.steps[1]!.text} 操作する場所に「ここ」の目印を付けました: [...]。`,
		);
		expect(hintText(wrong)).toContain('「ここ」の目印');
		// A second wrong action says it again (the live region hears a fresh message).
		const again = act(wrong, { type: 'edge.tab.new' });
		expect(announcement(wrong, again)).toContain('[新しいタブ] を操作しました。');
	});
	test('練習: a step done says so and names the next', () => {
		const start = startContext(ieMode, 'practice');
		const next = act(start, { type: 'edge.launch' });
		expect(announcement(start, next)).toBe(`できました。次は: ${ieMode.steps[1]!.text}`);
	});
	test('練習: a check that holds as soon as the action is done is named, so the learner looks for it (2.3.1 step 8)', () => {
		let ctx = startContext(login, 'practice');
		while (currentStep(ctx)?.kind === 'action' && (currentStep(ctx) as ActionStep).event.type !== 'edge.siteInfo.dragToDesktop') ctx = follow(ctx, 1);
		const drag = currentStep(ctx) as ActionStep;
		expect(drag.event.type).toBe('edge.siteInfo.dragToDesktop');
		const after = act(ctx, drag.event);
		const check = login.steps[ctx.index + 1]!;
		expect(check.kind).toBe('check');
		expect(after.index).toBe(ctx.index + 2);
		expect(announcement(ctx, after, '2.3.1')).toBe(`できました。手順 8（確認）: ${check.text} 次は: ${login.steps[ctx.index + 2]!.text}`);
		// The callout names the check above the next step, in 練習 only.
		expect(justChecked(after, '2.3.1')).toBe(`手順 8（確認）: ${check.text}`);
		expect(justChecked({ ...after, mode: 'test' }, '2.3.1')).toBe('');
		// At the drag, the check behind it is step 6's favourite; at the first step there is none.
		expect(justChecked(ctx, '2.3.1')).toBe(`手順 6（確認）: ${login.steps[ctx.index - 1]!.text}`);
		expect(justChecked(startContext(login, 'practice'), '2.3.1')).toBe('');
		// A step followed by no check says only what comes next.
		const before = follow(startContext(login, 'practice'), 0);
		const first = act(before, (currentStep(before) as ActionStep).event);
		expect(announcement(before, first, '2.3.1')).toBe(`できました。次は: ${login.steps[1]!.text}`);
	});
	test('テスト: nothing about right or wrong until the end; a hint asked for is said', () => {
		const start = startContext(ieMode, 'test');
		const wrong = act(start, { type: 'shell.search.open' });
		expect(announcement(start, wrong)).toBeNull();
		expect(announcement(start, act(start, { type: 'edge.launch' }))).toBeNull();
		const hinted = askHint(start);
		expect(announcement(start, hinted)).toBe(`ヒント: ${ieMode.steps[0]!.text}`);
	});
	test('the goal reached, and in 見る each step as it is shown', () => {
		const start = startContext(ieMode, 'practice');
		const done = follow(start, ieMode.steps.length);
		expect(done.finished).toBe(true);
		// The last step the manual asks for (closing the two windows after it is optional: issue 16).
		const lastRequired = ieMode.steps.findLastIndex((s) => !s.optional);
		const before = follow(start, lastRequired);
		expect(announcement(before, done)).toBe(`目標を達成しました: ${ieMode.goal.text} 全 ${ieMode.steps.length} ステップ完了です。`);
		const watch = startContext(ieMode, 'watch');
		expect(announcement(watch, watchTo(watch, 3))).toBe(`4 / ${ieMode.steps.length}: ${ieMode.steps[3]!.text}`);
	});
	test('typing says nothing', () => {
		const at = ieMode.steps.findIndex((s) => s.kind === 'action' && s.event.type === 'edge.addPage.input');
		const c = follow(startContext(ieMode, 'practice'), at);
		expect((currentStep(c) as ActionStep).event.type).toBe('edge.addPage.input');
		expect(announcement(c, act(c, { type: 'edge.addPage.input', value: 'h' }))).toBeNull();
	});
});
