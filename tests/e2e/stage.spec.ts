import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { alreadySo, chooseMode, control, doStep, openSim, PC_NAME, stepDone } from './sim-support';
import { sections, sectionPath } from '../../src/sections';
import { scenarioOfSection, type ScenarioId } from '../../src/sim/scenarios/catalog';
import { loadScenarioSource as loadScenario } from '../../src/sim/scenarios/sources';
import { MIN_TEXT_PX, SCREEN } from '../../src/components/sim/stage';
import { contentPages } from './site';

/**
 * Issue 14: the practice stage at the manual's recommended 1366×768. For every lesson, at every
 * step of its own path in 練習, the step's callout and its target are both on screen without
 * scrolling, and the callout does not cover the target. Full screen opens and closes by keyboard
 * with the PC at 1:1 and the steps beside it; a phone-sized page says the practice is made for a
 * PC screen; a wide one draws the PC at 1:1.
 */

const HD = { width: 1366, height: 768 };
const CALLOUT = 'いまの手順';

const pages = sections
	.filter((s) => scenarioOfSection[s.number])
	.map((s) => ({ number: s.number, path: sectionPath(s), id: scenarioOfSection[s.number]! as ScenarioId }))
	.filter((p) => contentPages().includes(p.path));

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Below Starlight's fixed header and above the bottom of the window: seen without scrolling. */
async function onScreen(page: Page, box: Box): Promise<boolean> {
	const header = await page.locator('header.header').boundingBox();
	const top = header ? header.y + header.height : 0;
	const view = page.viewportSize()!;
	return box.y >= top - 1 && box.x >= -1 && box.y + box.height <= view.height + 1 && box.x + box.width <= view.width + 1;
}

async function box(l: Locator): Promise<Box> {
	const b = await l.boundingBox();
	if (!b) throw new Error(`${String(l)} has no box`);
	return b;
}


test.describe('at 1366×768', () => {
	test.use({ viewport: HD });

	for (const { number, path, id } of pages) {
		test(`${number}: every step's callout and its target are on screen together, the callout clear of the target`, async ({ page }) => {
			test.setTimeout(180_000);
			const scenario = await loadScenario(id);
			const sim = await openSim(page, path);
			// Choosing the mode scrolls the practice (its buttons and screen) under the header; nothing scrolls after that.
			await chooseMode(sim, '練習');
			const pc = sim.getByRole('region', { name: PC_NAME });
			const at = (await box(pc)).y;
			for (const [i, step] of scenario.steps.entries()) {
				await test.step(`${i + 1}. ${step.text}`, async () => {
					if (await alreadySo(sim, step)) return;
					const status = await sim.locator('.sim-steplist > li').nth(i).getAttribute('class');
					if (status?.includes('sim-step--done')) return;
					// After a step left as it already was (a box already unticked) the trainer is still on that one.
					if (!status?.includes('sim-step--current')) {
						await doStep(sim, step);
						return stepDone(sim, i);
					}
					if (step.kind === 'action' && step.event.type === 'clock.advance') {
						// The clock is the trainer's own button above the screen, not a control on it.
						await doStep(sim, step);
						return stepDone(sim, i);
					}
					const callout = sim.getByRole('note', { name: CALLOUT });
					await expect(callout).toContainText(step.text);
					const target = control(sim, step).first();
					await expect(target).toBeVisible();
					expect((await box(pc)).y, 'the screen has not moved').toBeCloseTo(at, 0);
					const [c, t] = [await box(callout), await box(target)];
					expect(await onScreen(page, t), `the target [${step.target.name}] is on screen`).toBe(true);
					expect(await onScreen(page, c), 'the callout is on screen').toBe(true);
					expect(overlaps(c, t), 'the callout does not cover the target').toBe(false);
					await doStep(sim, step);
					await stepDone(sim, i);
				});
			}
		});
	}

	test('full screen opens and closes by keyboard: the PC at 1:1, the steps beside it, axe clean', async ({ page }) => {
		const sim = await openSim(page, '/2-2-1-ie-mode/');
		await chooseMode(sim, '練習');
		expect(await axeViolations(page, 'section.sim'), 'on the page').toEqual([]);
		const button = sim.getByRole('button', { name: '全画面で練習' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('sim-app');
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(button).toBeFocused();
		const screen = await box(sim.locator('.sim-screen'));
		expect(Math.round(screen.width)).toBe(SCREEN.width);
		const list = await box(sim.locator('.sim-steplist'));
		expect(list.x, 'the step list is beside the screen').toBeGreaterThanOrEqual(screen.x + screen.width);
		expect(await axeViolations(page, 'section.sim'), 'in full screen').toEqual([]);
		// The practice goes on in full screen.
		await sim.getByRole('region', { name: PC_NAME }).getByRole('button', { name: 'Microsoft Edge', exact: true }).click();
		await expect(sim.locator('.sim-summary')).toHaveText(/2 ステップ目/u);
		await button.focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(button).toBeFocused();
	});
});

test('at 390 px: a calm note that the practice is made for a PC screen, and 見る still plays', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await expect(sim.locator('.sim-narrow')).toContainText('パソコンの画面');
	await expect(sim.locator('.sim-narrow')).toContainText('見る');
	const text = await sim.locator('.sim-screen').evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * Number(getComputedStyle(el).zoom || 1));
	expect(text).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
	await sim.getByRole('button', { name: '次へ', exact: true }).click();
	await expect(sim.locator('.sim-summary')).toHaveText(/2 ステップ目/u);
	expect(await axeViolations(page, 'section.sim')).toEqual([]);
});

test('at 1920 px the PC is drawn at 1:1, and no table of contents takes its room', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await expect(page.locator('starlight-toc')).toHaveCount(0);
	const screen = await box(sim.locator('.sim-screen'));
	expect(Math.round(screen.width)).toBe(SCREEN.width);
	expect(Math.round(screen.height)).toBe(SCREEN.height);
	await expect(sim.locator('.sim-narrow')).toHaveCount(0);
});
