import type { Locator } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { alreadySo, chooseMode, doStep, openSim, PC_NAME, stepDone } from './sim-support';
import { scenarioData } from './practice-support';
import * as labels from '../../src/facts/labels';
import { FULLSCREEN_OFF, FULLSCREEN_ON, MIN_TEXT_PX, SCREEN } from '../../src/components/sim/stage';

/**
 * Issue 14: the practice stage at the manual's recommended 1366×768. For every lesson, at every
 * step of its own path in 練習, the step's callout and its target are both on screen without
 * scrolling, and the callout does not cover the target. Full screen opens and closes by keyboard
 * with the PC at 1:1 and the steps beside it; a phone-sized page says the practice is made for a
 * PC screen; a wide one draws the PC at 1:1.
 */

const HD = { width: 1366, height: 768 };

type Box = { x: number; y: number; width: number; height: number };

async function box(l: Locator): Promise<Box> {
	const b = await l.boundingBox();
	if (!b) throw new Error(`${String(l)} has no box`);
	return b;
}

// Every lesson's callout and target at every step of its own path: checked at 1366×768 as
// tests/e2e/sim.spec.ts completes each lesson (`calloutBesideTarget` in sim-support.ts).
test.describe('at 1366×768', () => {
	test.use({ viewport: HD });

	test('full screen opens and closes by keyboard: the PC at 1:1, the steps beside it, readable, the button saying what it does, axe clean', async ({ page }) => {
		const sim = await openSim(page, '/2-2-1-ie-mode/');
		await chooseMode(sim, '練習');
		expect(await axeViolations(page, 'section.sim'), 'on the page').toEqual([]);
		const button = sim.getByRole('button', { name: FULLSCREEN_ON });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('sim-app');
		// In full screen the same button (the focus stays on it) says it leaves full screen.
		const leave = sim.getByRole('button', { name: FULLSCREEN_OFF });
		await expect(leave).toBeFocused();
		await expect(button).toHaveCount(0);
		// At 1366 px the screen is at 1:1, the step panel in what is left, its text still readable.
		const screen = await box(sim.locator('.sim-screen'));
		expect(Math.round(screen.width)).toBe(SCREEN.width);
		expect((await box(sim.locator('.sim-side'))).width, 'a step panel beside it').toBeGreaterThanOrEqual(18 * 16);
		const textPx = await sim.locator('.sim-steplist .sim-steptext').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(textPx, 'the steps readable').toBeGreaterThanOrEqual(13);
		const list = await box(sim.locator('.sim-steplist'));
		expect(list.x, 'the step list is beside the screen').toBeGreaterThanOrEqual(screen.x + screen.width);
		expect(list.x + list.width, 'and inside the viewport').toBeLessThanOrEqual(HD.width);
		expect(await axeViolations(page, 'section.sim'), 'in full screen').toEqual([]);
		// The practice goes on in full screen.
		const pc = sim.getByRole('region', { name: PC_NAME });
		await pc.getByRole('button', { name: labels.edge.app.value, exact: true }).click();
		await expect(sim.locator('.sim-summary')).toHaveText(/2 ステップ目/u);
		// The opened window's address bar takes the focus once its view has loaded: then the learner moves it.
		await expect(pc.getByRole('textbox', { name: labels.edge.addressBar.value, exact: true })).toBeFocused();
		await leave.focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
		await expect(button).toBeFocused();
		// And by Enter on the button itself.
		await page.keyboard.press('Enter');
		await expect(leave).toBeFocused();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
		await expect(button).toBeFocused();
	});

	test('a window still loading does not take the focus from where the learner has moved it', async ({ page }) => {
		const sim = await openSim(page, '/2-2-1-ie-mode/');
		await chooseMode(sim, '練習');
		// Edge's view comes in its own chunk when Edge first opens: hold it back until the focus has moved.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/Edge\.[\w-]+\.js$/u, async (route) => {
			await held;
			await route.continue();
		});
		// The learner moves the focus at the worst moment: as the view arrives, before the frame in
		// which the window would take the focus.
		await page.evaluate(
			([sel, name]) => {
				const observer = new MutationObserver(() => {
					if (!document.querySelector(sel)) return;
					observer.disconnect();
					[...document.querySelectorAll<HTMLButtonElement>('section.sim button')].find((b) => b.textContent === name)?.focus();
				});
				observer.observe(document.querySelector('section.sim')!, { childList: true, subtree: true });
			},
			[`[aria-label="${labels.edge.addressBar.value}"]`, FULLSCREEN_ON] as const,
		);
		const pc = sim.getByRole('region', { name: PC_NAME });
		await pc.getByRole('button', { name: labels.edge.app.value, exact: true }).click();
		const button = sim.getByRole('button', { name: FULLSCREEN_ON });
		release();
		const address = pc.getByRole('textbox', { name: labels.edge.addressBar.value, exact: true });
		await expect(address).toBeVisible();
		// Two frames after the view is drawn: the window's own focus move would have happened by then.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await expect(button).toBeFocused();
		await expect(address).not.toBeFocused();
	});
});

test.describe('the step callout', () => {
	test.use({ viewport: HD });

	test('is never painted before it is placed (not at its first position, then moved)', async ({ page }) => {
		// After every frame is painted: a callout on screen must have been placed by then (Callout.tsx).
		await page.addInitScript(() => {
			const w = window as unknown as { __unplaced: string[]; __placed: number };
			w.__unplaced = [];
			w.__placed = 0;
			const tick = () => {
				setTimeout(() => {
					for (const el of document.querySelectorAll<HTMLElement>('.sim-callout')) {
						if (!el.checkVisibility({ visibilityProperty: true })) continue;
						if (el.dataset['side'] === 'docked' || el.style.getPropertyValue('left')) w.__placed += 1;
						else w.__unplaced.push(el.textContent?.slice(0, 60) ?? '');
					}
				}, 0);
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		const lesson = scenarioData('2-2-2-naraclientcontrol');
		const sim = await openSim(page, '/2-2-2-naraclientcontrol/');
		await chooseMode(sim, '練習');
		for (const [i, step] of lesson.steps.slice(0, 8).entries()) {
			if (await alreadySo(sim, step)) continue;
			await doStep(sim, step);
			await stepDone(sim, i);
		}
		const seen = await page.evaluate(() => {
			const w = window as unknown as { __unplaced: string[]; __placed: number };
			return { unplaced: w.__unplaced, placed: w.__placed };
		});
		expect(seen.placed, 'frames with the callout placed').toBeGreaterThan(10);
		expect(seen.unplaced, 'frames with the callout painted where it was before being placed').toEqual([]);
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
	// Step 1 played: Edge's view (its own chunk) is drawn before axe reads the screen (a run once
	// reported a contrast failure on :root while it was arriving).
	await expect(sim.getByRole('region', { name: labels.edge.app.value }).getByRole('textbox', { name: labels.edge.addressBar.value })).toBeVisible();
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

test('at 1280 px, an office laptop: the whole screen, readable, beside no phone note', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await chooseMode(sim, '練習');
	await expect(sim.locator('.sim-pc')).not.toHaveAttribute('data-narrow');
	await expect(sim.locator('.sim-narrow')).toHaveCount(0);
	const screen = await box(sim.locator('.sim-screen'));
	const pc = await box(sim.locator('.sim-pc'));
	expect(screen.width, 'the whole screen, not scrolled sideways').toBeLessThanOrEqual(pc.width);
	const text = await sim.locator('.sim-screen').evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * Number(getComputedStyle(el).zoom || 1));
	expect(text).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
	// 720 px high: the screen, its taskbar (lesson 2.2.1's first step) and the step's callout are in view, at the mode's scroll.
	const bottom = page.viewportSize()!.height;
	const taskbar = await box(sim.getByRole('region', { name: labels.windowsShell.taskbar.value }));
	expect(taskbar.y + taskbar.height, 'the taskbar above the bottom of the window').toBeLessThanOrEqual(bottom);
	const callout = await box(sim.locator('.sim-callout'));
	expect(callout.y + callout.height).toBeLessThanOrEqual(bottom);
});
