import { describe, expect, test } from 'vitest';
import * as labels from '../../../src/facts/labels';
import { certServiceHttp, certServiceHttps, systemLogin, systemLoginAsPrinted } from '../../../src/facts/urls';
import { FAVORITES_BAR } from '../../../src/sim/machines/context';
import type { PcEvent } from '../../../src/sim/machines/events';
import { canPc } from '../../../src/sim/pc';
import { loadScenario } from '../../../src/sim/scenarios/catalog';
import { act, answer, currentStep, heldDialog, markable, restartStep, score, SCORE, startContext, stepAvailable, type TrainerContext } from '../../../src/sim/trainer';
import { PASS_MARK } from '../../../src/practice/record';
import { canonicalAddress, sameAddress } from '../../../src/sim/world/derive';
import { hintText, RESTART_STEP } from '../../../src/components/sim/text';
import { layout } from '../../../src/components/sim/layers';
import { practiceAccount as A } from '../../../src/sim/world/practice-account';

/**
 * Issue 16 points 2–4 and 7: how the engine judges a typed address, what each mistake is told
 * (data beside its step, or the URL checker's difference, or the control used and the one named),
 * the way back, and the plain words of the result.
 */

const ieMode = await loadScenario('2-2-1-ie-mode');
const clientCert = await loadScenario('2-2-4-client-certificate');
const firstLogin = await loadScenario('2-3-1-change-password');
const twoTemps = await loadScenario('3-18-multiple-temporary-certificates');
const version = await loadScenario('1-2-1-browser-version');
const addon = await loadScenario('2-2-2-naraclientcontrol');
const TS = labels.trustedSitesDialog;
const BA = labels.basicAuthDialog;

function followUntil(ctx: TrainerContext, until: (c: TrainerContext) => boolean): TrainerContext {
	let c = ctx;
	while (!until(c)) {
		const step = currentStep(c);
		if (!step || step.kind !== 'action') throw new Error('ran out of steps');
		c = act(c, step.event);
	}
	return c;
}
const atEvent = (type: PcEvent['type']) => (c: TrainerContext) => {
	const s = currentStep(c);
	return s?.kind === 'action' && s.event.type === type;
};
const say = (c: TrainerContext): string => (c.feedback?.kind === 'mistake' ? c.feedback.say : '');

describe('a typed address is judged as the real PC does (point 2)', () => {
	test('no final 「/」, host letter case, spaces around it and a pasted line break open the same page', () => {
		expect(sameAddress(systemLoginAsPrinted.value, systemLogin.value)).toBe(true);
		expect(sameAddress('https://WWW.Independence-Support-Kanagawa.jp/kkgswebapjg/', systemLogin.value)).toBe(true);
		expect(sameAddress(`  ${systemLogin.value}  `, systemLogin.value)).toBe(true);
		expect(sameAddress('https://www.independence-support-kanagawa.jp/kkgs\nwebapjg/', systemLogin.value)).toBe(true);
		expect(canonicalAddress('http://cert.independence-support-kanagawa.jp/certsrv')).toBe(certServiceHttp.value);
	});
	test('http for https, a missing letter and a path in other case are other pages', () => {
		expect(sameAddress(certServiceHttp.value, certServiceHttps.value)).toBe(false);
		expect(sameAddress('https://www.independence-support-kanagawa.jp/kgswebapjg/', systemLogin.value)).toBe(false);
		expect(sameAddress('https://www.independence-support-kanagawa.jp/KKGSWEBAPJG/', systemLogin.value)).toBe(false);
	});
	test('2.3.1 step 2 typed as the manual prints it (no final 「/」) is the step done, in 練習 and テスト', () => {
		for (const mode of ['practice', 'test'] as const) {
			const ctx = followUntil(startContext(firstLogin, mode), atEvent('edge.navigate'));
			const next = act(ctx, { type: 'edge.navigate', url: systemLoginAsPrinted.value });
			expect(next.feedback?.kind).toBe('advanced');
			expect(next.index).toBe(ctx.index + 1);
			expect(next.steps[ctx.index]!.mistakes).toBe(0);
		}
	});
});

describe('every mistake is explained (point 3)', () => {
	test('a typed URL: the checker’s difference, character by character (http for https, a missing k)', () => {
		const ctx = followUntil(startContext(clientCert, 'practice'), atEvent('edge.navigate'));
		const http = act(ctx, { type: 'edge.navigate', url: certServiceHttp.value });
		expect(say(http)).toContain(`入力した「${certServiceHttp.value}」は、この手順の「${certServiceHttps.value}」と違います。`);
		expect(say(http)).toContain('5 文字目の前に 「s」 が抜けています');
		expect(say(http)).toContain('http と https は別の接続です');
		const login = followUntil(startContext(firstLogin, 'practice'), atEvent('edge.navigate'));
		const typo = act(login, { type: 'edge.navigate', url: 'https://www.independence-support-kanagawa.jp/kgswebapjg/' });
		expect(say(typo)).toMatch(/k.*が抜けています/u);
	});
	test('資格情報を記憶する ticked: what it will cause (3.9) and how to undo it; then saved by [OK]: 3.9’s way back', () => {
		const ctx = followUntil(startContext(clientCert, 'practice'), atEvent('ws.basicAuth.ok'));
		const ticked = act(ctx, { type: 'ws.basicAuth.remember', checked: true });
		expect(say(ticked)).toContain(`[${BA.remember.value}] にチェックを付けました`);
		expect(say(ticked)).toContain('3.9');
		expect(say(ticked)).toContain('チェックを外して');
		const saved = act(ticked, { type: 'ws.basicAuth.ok' });
		expect(saved.pc.context.world.credentials).toHaveLength(1);
		expect(say(saved)).toContain('資格情報が Windows に保存されました');
		expect(say(saved)).toContain('3.9 の手順で保存された資格情報を削除し');
		// Before [OK], [この手順からやり直す] puts the dialog back as it was when the step began: unticked.
		const back = restartStep(ticked);
		expect(back.pc.context.ui.basicAuth.remember).toBe(false);
		expect(canPc(back.pc, { type: 'ws.basicAuth.ok' })).toBe(true);
		expect(back.feedback).toEqual({ kind: 'stepRestarted' });
	});
	test('the https box left on when adding http: the Windows message, then the fix', () => {
		const ctx = followUntil(startContext(ieMode, 'practice'), (c) => {
			const s = currentStep(c);
			return s?.kind === 'action' && s.event.type === 'io.sites.requireHttps';
		});
		const refused = act(ctx, { type: 'io.sites.add' });
		expect(refused.pc.context.ui.io.siteError).toBe('httpsRequired');
		expect(say(refused)).toContain(`[${TS.requireHttps.value}] にチェックが付いたまま`);
		expect(say(refused)).toContain('チェックを外してから、もう一度');
	});
	test('2.3.1’s favourite: the dialog opens on Edge’s own first folder, so step 5 chooses from the list as the manual does', () => {
		const ctx = followUntil(startContext(firstLogin, 'practice'), atEvent('edge.favorite.folder'));
		expect(ctx.pc.context.ui.favoriteFolder).toBe(FAVORITES_BAR);
		expect(act(ctx, { type: 'edge.favorite.folder', folder: labels.edge.otherFavorites.value }).feedback).toEqual({ kind: 'advanced' });
		// [完了] before choosing: saved in お気に入りバー, told which control the step uses, and the way back.
		const early = act(ctx, { type: 'edge.favorite.done' });
		expect(early.pc.context.world.edge.favorites.map((f) => f.folder)).toEqual([FAVORITES_BAR]);
		expect(say(early)).toBe(`[${labels.edge.done.value}] を操作しました。この手順で使うのは [${labels.edge.favoritesFolder.value}]です。`);
		expect(hintText(early)).toContain(`[${RESTART_STEP}]`);
		const back = restartStep(early);
		expect(back.pc.context.world.edge.favorites).toHaveLength(0);
		expect(canPc(back.pc, { type: 'edge.favorite.folder', folder: labels.edge.otherFavorites.value })).toBe(true);
	});
	test('the wrong NacaCertRequester: which one was chosen (2 回目), and 3.18’s way back', () => {
		const ctx = followUntil(startContext(twoTemps, 'practice'), atEvent('ws.picker.more'));
		const ok = act(ctx, { type: 'ws.picker.ok' });
		expect(say(ok)).toContain('2 回目にインストールした');
		expect(say(ok)).toContain('ブラウザをすべて閉じて（3.12）');
		// The step's [その他] is gone: no mark on it, the hint gives the way back instead.
		expect(stepAvailable(ok)).toBe(false);
		expect(markable(ok)).toBeUndefined();
		expect(hintText(ok)).toContain('いまの画面には [その他] がありません');
		expect(hintText(ok)).toContain('[この手順からやり直す]');
		const back = restartStep(ok);
		expect(canPc(back.pc, { type: 'ws.picker.more' })).toBe(true);
		// Expanded, the top one (selected from the start) left as it is: [OK] says which one it was.
		const expanded = followUntil(startContext(twoTemps, 'practice'), atEvent('ws.picker.select'));
		expect(say(act(expanded, { type: 'ws.picker.ok' }))).toContain('2 回目にインストールした');
	});
	test('a neighbouring control: its name and where the right one is', () => {
		const launched = act(startContext(ieMode, 'practice'), { type: 'edge.launch' });
		const star = act(launched, { type: 'edge.favorites.open' });
		expect(say(star)).toBe(`[${labels.edge.favorites.value}] を操作しました。この手順で使うのは [${labels.edge.menu.value}]（${labels.edge.app.value} の中）です。`);
		// No dead end: [...] now opens the menu over the favourites (the step done).
		const menu = act(star, { type: 'edge.menu.open' });
		expect(menu.feedback?.kind).toBe('advanced');
	});
});

describe('checks are active (point 6)', () => {
	test('1.2.1’s version: not done by itself; 「いいえ」 is told what to look at; 「はい」 does it, in 練習 and テスト', () => {
		for (const mode of ['practice', 'test'] as const) {
			const ctx = followUntil(startContext(version, mode), (c) => currentStep(c)?.kind === 'check');
			const step = currentStep(ctx)!;
			expect(step.kind === 'check' && step.ask?.question).toContain('105 以降ですか');
			expect(ctx.finished).toBe(false);
			const no = answer(ctx, 'いいえ');
			expect(say(no)).toContain('最初の「.」の前を見てください');
			expect(no.steps[no.index]!.mistakes).toBe(1);
			const yes = answer(no, 'はい');
			expect(yes.finished).toBe(true);
		}
	});

	test('2.2.2’s IE-mode message: asked before the login dialog, which waits (not drawn, nothing reaches it) until 「はい」, in 練習 and テスト', () => {
		for (const mode of ['practice', 'test'] as const) {
			const ctx = followUntil(startContext(addon, mode), (c) => currentStep(c)?.kind === 'check');
			const step = currentStep(ctx)!;
			expect(step.kind === 'check' && step.ask?.question).toContain('Internet Explorer モードになっています');
			// The PC has the dialog ready; the trainer holds it, so the message is what shows.
			expect(heldDialog(ctx)).toBe(true);
			expect(layout(ctx.pc, heldDialog(ctx)).dialogs).toEqual([]);
			const typed = act(ctx, { type: 'ws.basicAuth.input', field: 'user', value: A.officeNumber });
			expect(typed.feedback).toEqual({ kind: 'ignored' });
			expect(typed.pc.context.ui.basicAuth.user).toBe('');
			const no = answer(ctx, 'いいえ');
			expect(say(no)).toContain('アドレス欄のすぐ下');
			const yes = answer(no, 'はい');
			expect(heldDialog(yes)).toBe(false);
			expect(layout(yes.pc, heldDialog(yes)).dialogs.map((d) => d.kind)).toEqual(['basicAuth']);
			expect(currentStep(yes)).toMatchObject({ event: { type: 'ws.basicAuth.input', field: 'user' } });
		}
		// 見る: the check is the manual's, shown as it holds; nothing waits.
		expect(heldDialog(startContext(addon, 'watch'))).toBe(false);
	});
});

describe('plain words (point 7)', () => {
	test('テスト’s pass mark is the hub’s, and the result says 合格 or 不合格', () => {
		expect(SCORE.passMark).toBe(PASS_MARK);
		const done = followUntil(startContext(ieMode, 'test'), (c) => c.finished);
		expect(score(done).passed).toBe(true);
		let wrong = startContext(ieMode, 'test');
		for (let i = 0; i < 3; i++) wrong = act(act(wrong, { type: 'shell.search.open' }), { type: 'shell.search.close' });
		wrong = followUntil(wrong, (c) => c.finished);
		expect(score(wrong).points).toBeLessThan(SCORE.passMark);
		expect(score(wrong).passed).toBe(false);
	});
	test('the goal is announced only when the lesson is finished (not when it first holds)', () => {
		const done = followUntil(startContext(ieMode, 'practice'), (c) => c.goalReached);
		expect(done.finished).toBe(true);
		expect(done.feedback?.kind).toBe('goal');
	});
});
