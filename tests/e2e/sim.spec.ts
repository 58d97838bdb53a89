import { test, expect, axeViolations } from './fixtures';
import { alreadySo, calloutBesideTarget, chooseMode, control, doStep, doStepByKeyboard, openSim, PC_NAME, stepDone, stepDoneThenRead, type StepNow } from './sim-support';
import { sections, sectionPath } from '../../src/sections';
import { scenarioOfSection, type ScenarioId } from '../../src/sim/scenarios/catalog';
import { loadScenarioSource as loadScenario } from '../../src/sim/scenarios/sources';
import type { Scenario } from '../../src/sim/scenarios/types';
import { contentPages } from './site';

/**
 * Issue 6: every scenario completed on its page in 練習 by the manual's labels alone (the steps
 * read from the engine's scenario data), 2.2.1 by keyboard alone, axe clean at the start, in the
 * middle and at the end, hints after wrong clicks, 見る and the page's own steps pointing at each
 * other, print and no JavaScript.
 */

const pages = sections
	.filter((s) => scenarioOfSection[s.number])
	.map((s) => ({ number: s.number, path: sectionPath(s), id: scenarioOfSection[s.number]! as ScenarioId }))
	.filter((p) => contentPages().includes(p.path));

test('every scenario of a section is on its page', () => {
	expect(pages.length).toBe(Object.keys(scenarioOfSection).length);
});

for (const { number, path, id } of pages) {
	test(`${number}: 練習 completed by the manual's labels at 1366×768, each step's callout beside its control, axe clean at the start, the middle and the end`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		const scenario: Scenario = await loadScenario(id);
		const sim = await openSim(page, path);
		// Choosing the mode brings the practice under the header (issue 14); nothing scrolls after that.
		await chooseMode(sim, '練習');
		const screenY = (await sim.getByRole('region', { name: PC_NAME }).boundingBox())!.y;
		// A first step that only asks to look (3.11's 「Not Found」) is behind the learner at once.
		await expect(sim.locator('.sim-summary')).toHaveText(new RegExp(`^全 ${scenario.steps.length} ステップ中 \\d+ ステップ目$`, 'u'));
		expect(await axeViolations(page, 'section.sim'), 'first state').toEqual([]);
		const middle = Math.floor(scenario.steps.length / 2);
		let seen: StepNow | undefined;
		for (const [i, step] of scenario.steps.entries()) {
			if (i === middle) expect(await axeViolations(page, 'section.sim'), `before step ${i + 1}`).toEqual([]);
			await test.step(`${i + 1}. ${step.text}`, async () => {
				const read = seen;
				seen = undefined;
				// A box already as the step asks (3.1 step 7: unticked since 2.2.1) is left as it is.
				if (await alreadySo(sim, step)) return;
				await calloutBesideTarget(page, sim, step, i, screenY, read);
				await doStep(sim, step);
				seen = await stepDoneThenRead(sim, i);
			});
		}
		await expect(sim.locator('.sim-feedback')).toContainText('目標を達成しました');
		await expect(sim.locator('.sim-summary')).toHaveText(`全 ${scenario.steps.length} ステップ完了`);
		await expect(sim.locator('.sim-steplist > li:not(.sim-step--done)')).toHaveCount(0);
		expect(await axeViolations(page, 'section.sim'), 'final state').toEqual([]);
	});
}

test('2.2.1 completed by keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, typing)', async ({ page }) => {
	test.setTimeout(180_000);
	const scenario = await loadScenario('2-2-1-ie-mode');
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	const practice = sim.getByRole('radio', { name: '練習', exact: true });
	await sim.getByRole('radio', { name: '見る', exact: true }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(practice).toBeChecked();
	for (const [i, step] of scenario.steps.entries()) {
		await test.step(`${i + 1}. ${step.text}`, async () => {
			if (await alreadySo(sim, step)) return;
			await doStepByKeyboard(page, sim, step);
			await stepDone(sim, i);
		});
	}
	await expect(sim.locator('.sim-feedback')).toContainText('目標を達成しました');
});

test('3.14 by keyboard alone too: the start button\'s menu opens with Shift+F10, switches with Space', async ({ page }) => {
	const scenario = await loadScenario('3-14-windows11-smartscreen');
	const sim = await openSim(page, '/3-14-windows11-smartscreen/');
	await chooseMode(sim, '練習');
	for (const [i, step] of scenario.steps.entries()) {
		await test.step(`${i + 1}. ${step.text}`, async () => {
			await doStepByKeyboard(page, sim, step);
			await stepDone(sim, i);
		});
	}
	await expect(sim.locator('.sim-feedback')).toContainText('目標を達成しました');
});

test('練習: a wrong click shows the right step\'s text and marks its control', async ({ page }) => {
	const scenario = await loadScenario('2-2-1-ie-mode');
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await chooseMode(sim, '練習');
	const pc = sim.getByRole('region', { name: PC_NAME });
	await doStep(sim, scenario.steps[0]!);
	const next = scenario.steps[1]!;
	const target = control(sim, next);
	// Before any mistake the step's text is in the callout beside its control, with no mark yet.
	await expect(sim.getByRole('note', { name: 'いまの手順' })).toContainText(next.text);
	await expect(pc.locator('.sim-here')).toHaveCount(0);
	await pc.getByRole('button', { name: '新しいタブ', exact: true }).click();
	// What went wrong first (the control used and the one the step names), in the callout's one hint
	// area beside the step's text, and in the live region with the hint.
	const callout = sim.getByRole('note', { name: 'いまの手順' });
	await expect(callout.locator('.sim-now')).toHaveText(next.text);
	await expect(callout.locator('.sim-hint')).toContainText(`[新しいタブ] を操作しました。この手順で使うのは [${next.target.name}]`);
	await expect(sim.locator('.sim-feedback')).toContainText(`[新しいタブ] を操作しました。この手順で使うのは [${next.target.name}]`);
	await expect(sim.locator('.sim-feedback')).toContainText(`ヒント: ${next.text}`);
	// The mark: an outline on the control and the word 「ここ」 beside it, said in the hint too.
	await expect(target).toHaveAttribute('data-here', 'true');
	await expect(pc.locator('.sim-here')).toHaveText('ここ');
	await expect(pc.locator('.sim-here')).toBeVisible();
	await expect(sim.locator('.sim-hint')).toContainText(`「ここ」の目印を付けました: [${next.target.name}]`);
	// Doing the step takes the mark away and moves on.
	await target.click();
	await expect(pc.locator('.sim-here')).toHaveCount(0);
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${scenario.steps.length} ステップ中 3 ステップ目`);
});

test('テスト: no hint after wrong clicks; the score at the end, from the engine', async ({ page }) => {
	test.setTimeout(120_000);
	const scenario = await loadScenario('1-2-1-browser-version');
	const sim = await openSim(page, '/1-2-1-browser-version/');
	await chooseMode(sim, 'テスト');
	const pc = sim.getByRole('region', { name: PC_NAME });
	await pc.getByRole('button', { name: scenario.steps[0]!.target.name, exact: true }).click();
	await pc.getByRole('button', { name: '新しいタブ', exact: true }).click();
	await pc.getByRole('button', { name: '新しいタブ', exact: true }).click();
	await expect(sim.locator('.sim-hint')).toHaveCount(0);
	await expect(pc.locator('.sim-here')).toHaveCount(0);
	await expect(sim.locator('.sim-steplist')).not.toContainText(scenario.steps[1]!.text);
	for (const [i, step] of scenario.steps.entries()) if (i > 0) await doStep(sim, step);
	const result = sim.getByRole('region', { name: 'テストの結果' });
	await expect(result).toContainText('違う操作: 1 回');
	await expect(result).toContainText(/テストの結果: \d+ 点/u);
	expect(await axeViolations(page, 'section.sim')).toEqual([]);
});

test('見る: [次へ] and [前へ] play the steps; the page\'s step is marked, and a click on it goes there', async ({ page }) => {
	const scenario = await loadScenario('2-2-1-ie-mode');
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	const total = scenario.steps.length;
	await expect(sim.getByRole('radio', { name: '見る', exact: true })).toBeChecked();
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${total} ステップ中 1 ステップ目`);
	await expect(page.locator('#step-1')).toHaveClass(/step-current/u);
	// The control of the step shown is marked, for watching.
	await expect(control(sim, scenario.steps[0]!)).toHaveAttribute('data-here', 'true');
	await sim.getByRole('button', { name: '次へ', exact: true }).click();
	await sim.getByRole('button', { name: '次へ', exact: true }).click();
	await sim.getByRole('button', { name: '次へ', exact: true }).click();
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${total} ステップ中 4 ステップ目`);
	await expect(sim.locator('.sim-feedback')).toContainText(scenario.steps[3]!.text);
	await expect(page.locator('#step-3')).toHaveClass(/step-current/u);
	await expect(page.locator('#step-1')).not.toHaveClass(/step-current/u);
	await sim.getByRole('button', { name: '前へ', exact: true }).click();
	await expect(page.locator('#step-2')).toHaveClass(/step-current/u);
	// A click on step 8 of the page's own list.
	await page.locator('#step-8 > p').first().click({ position: { x: 5, y: 5 } });
	const eight = scenario.steps.findIndex((s) => s.anchor?.startsWith('step-8'));
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${total} ステップ中 ${eight + 1} ステップ目`);
	await expect(page.locator('#step-8')).toHaveClass(/step-current/u);
	// Controls of the PC do nothing in 見る: it says how to move on.
	await control(sim, scenario.steps[eight]!).click();
	await expect(sim.locator('.sim-feedback')).toContainText('[次へ]');
	// A step of the simulation's own list is a button that goes there.
	await sim.getByRole('button', { name: scenario.steps[0]!.text, exact: true }).click();
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${total} ステップ中 1 ステップ目`);
	await sim.getByRole('button', { name: '最初から', exact: true }).click();
	expect(await axeViolations(page, 'section.sim')).toEqual([]);
});

test('練習: after a mistyped address (3.11), the page the browser shows and what differs, character by character', async ({ page }) => {
	const scenario = await loadScenario('3-11-not-found');
	const sim = await openSim(page, '/3-11-not-found/');
	const pc = sim.getByRole('region', { name: PC_NAME });
	await expect(pc.getByText('Not Found', { exact: true })).toBeVisible();
	// 見る gives no comparison (the step's control is marked instead).
	await expect(sim.locator('.sim-wrongurl')).toHaveCount(0);
	await chooseMode(sim, '練習');
	const navigate = scenario.steps.find((s) => s.kind === 'action' && s.event.type === 'edge.navigate')!;
	// In the step's callout beside the screen, not in the browser's page (issue 14).
	const note = sim.getByRole('note', { name: 'いまの手順' }).locator('.sim-wrongurl');
	await expect(pc.locator('.sim-wrongurl')).toHaveCount(0);
	await expect(note).toContainText(`正しい URL: ${navigate.value}`);
	await expect(note.getByRole('listitem')).toHaveCount(1);
	await expect(note).toContainText('抜けています');
	expect(await axeViolations(page, 'section.sim')).toEqual([]);
	await doStep(sim, navigate);
	await expect(note).toHaveCount(0);
	await expect(sim.locator('.sim-feedback')).toContainText('目標を達成しました');
});

test('the clock control appears where time must pass, named as the engine names it', async ({ page }) => {
	const scenario = await loadScenario('3-5-password-locked');
	const sim = await openSim(page, '/3-5-password-locked/');
	await chooseMode(sim, '練習');
	const clock = scenario.steps.find((s) => s.kind === 'action' && s.event.type === 'clock.advance')!;
	await expect(control(sim, clock)).toBeVisible();
	const plain = await openSim(page, '/2-2-1-ie-mode/');
	await chooseMode(plain, '練習');
	await expect(plain.getByRole('button', { name: /後へ進む$/u })).toHaveCount(0);
});

test('where a password is typed, the practice account is shown beside the form, and nothing typed is stored', async ({ page }) => {
	const scenario = await loadScenario('2-2-2-naraclientcontrol');
	const sim = await openSim(page, '/2-2-2-naraclientcontrol/');
	await chooseMode(sim, '練習');
	const login = scenario.steps.findIndex((s) => s.kind === 'action' && s.event.type === 'ws.basicAuth.input');
	for (const step of scenario.steps.slice(0, login)) await doStep(sim, step);
	await expect(sim.locator('.sim-account')).toContainText('1419000001');
	await doStep(sim, scenario.steps[login]!);
	await doStep(sim, scenario.steps[login + 1]!);
	const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
	expect(stored).not.toContain(String(scenario.steps[login + 1]!.value));
});

test('a dialog takes the focus when it opens and gives it back when it closes; Escape closes it', async ({ page }) => {
	const scenario = await loadScenario('2-2-1-ie-mode');
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await chooseMode(sim, '練習');
	const add = scenario.steps.findIndex((s) => s.kind === 'action' && s.event.type === 'edge.ieModePages.add');
	for (const step of scenario.steps.slice(0, add)) await doStep(sim, step);
	const opener = control(sim, scenario.steps[add]!);
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = sim.getByRole('dialog', { name: 'ページの追加' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('textbox')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(opener).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a simulation is its steps as text, framed as 練習, saying that practice needs JavaScript', async ({ page }) => {
		for (const { path, id } of pages) {
			const scenario = await loadScenario(id);
			await page.goto(path);
			const sim = page.locator('section.sim');
			await expect(sim.locator('.sim-badge')).toHaveText('練習');
			await expect(sim.locator('.sim-static-note')).toContainText('JavaScript');
			const items = sim.locator('.sim-static-steps > li');
			await expect(items).toHaveCount(scenario.steps.length);
			await expect(items.first()).toContainText(scenario.steps[0]!.text);
			const first = scenario.steps[0]!.target;
			await expect(items.first()).toContainText(first.role === 'text' ? `「${first.name}」` : `[${first.name}]`);
		}
	});
});

test('printed, a simulation is its steps as text', async ({ page }) => {
	const scenario = await loadScenario('2-2-4-client-certificate');
	const sim = await openSim(page, '/2-2-4-client-certificate/');
	await expect(sim.locator('.sim-static')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(sim.locator('.sim-app')).toBeHidden();
	await expect(sim.locator('.sim-static-steps > li')).toHaveCount(scenario.steps.length);
	await expect(sim.locator('.sim-static-steps')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(sim.locator('.sim-app')).toBeVisible();
});

test('dark theme: the simulation stays clean under axe', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	const scenario = await loadScenario('2-2-2-naraclientcontrol');
	const sim = await openSim(page, '/2-2-2-naraclientcontrol/');
	await chooseMode(sim, '練習');
	const login = scenario.steps.findIndex((s) => s.kind === 'action' && s.event.type === 'ws.basicAuth.input');
	for (const step of scenario.steps.slice(0, login)) await doStep(sim, step);
	expect(await axeViolations(page, 'section.sim')).toEqual([]);
});
