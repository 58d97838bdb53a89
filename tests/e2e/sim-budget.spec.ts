import { test, expect } from './fixtures';
import { kb, recordScripts, total, type ScriptWeight, type Weight } from '../../bench/js-weight';
import { sections, sectionPath } from '../../src/sections';
import { scenarioOfSection } from '../../src/sim/scenarios/catalog';
import type { Page } from '@playwright/test';
import { contentPages } from './site';
import { revealIsland } from './sim-support';

/**
 * Issue 9's budgets for the simulations. A section page with a simulation loads nothing of it
 * until it is scrolled to (the island hydrates only once it is in the upper three quarters of the
 * screen); then it loads React, XState, the engine, the trainer, the views of the screens shown
 * at the start and only the page's own lesson.
 *
 * The target is 110 KB gzipped in all after hydration. It is not met today (measured 111–122 KB:
 * React and Astro's renderer 69.6 KB and XState about 12.5 KB leave 28 KB, and the engine with its
 * facts and one lesson takes about 22 KB of it, the trainer and the first screens about 9 KB), so
 * that test is marked as failing: it reports itself as soon as the figure is met. What is held
 * hard: nothing before scrolling, and no growth beyond today's largest figure.
 */
const TARGET = 110 * 1024;
/** Today's largest figure (3.1 opens on 「アドオンが実行できませんでした」 over the certificate service: 121.8 KB), with a little room. */
const CEILING = 124 * 1024;

test.use({ viewport: { width: 1280, height: 720 } });

const simPages = sections
	.filter((s) => scenarioOfSection[s.number])
	.map((s) => ({ number: s.number, path: sectionPath(s), id: scenarioOfSection[s.number]! }))
	.filter((p) => contentPages().includes(p.path));

const names = (scripts: ScriptWeight[]) => scripts.map((s) => s.url.replace(/^\/_astro\//u, '')).join(', ');

/** Loads the page, checks nothing of the simulation came before scrolling, scrolls to it, and weighs what hydration added. */
async function weigh(page: Page, path: string): Promise<{ before: ScriptWeight[]; added: Weight }> {
	const read = recordScripts(page);
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const island = page.locator('.sim-island');
	await expect(island).toHaveCount(1);
	expect((await island.boundingBox())!.y, 'the simulation starts below the upper three quarters of the first screen').toBeGreaterThan(720 * 0.75);
	await expect(page.locator('astro-island[ssr]'), 'not hydrated before it is scrolled to').toHaveCount(1);
	const before = await read();
	await revealIsland(island);
	await expect(page.locator('.sim-island[data-ready]')).toBeVisible();
	await expect(page.locator('.sim-pc .sim-screen')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const all = await read();
	return { before, added: total(all.filter((s) => !before.some((b) => b.url === s.url))) };
}

for (const { number, path, id } of simPages) {
	test(`${number}: nothing of the simulation before it is scrolled to; then only its own lesson, within today's ceiling`, async ({ page }) => {
		const { before, added } = await weigh(page, path);
		expect(before.filter((s) => /SimIsland|client\.|trainer|labels|catalog/u.test(s.url)), names(before)).toEqual([]);
		// Only this page's own lesson is loaded (and a lesson whose goal it shares).
		const lessons = added.scripts.filter((s) => /\/(?:\d+-\d+[-\w]*|journey)\.[\w-]+\.js$/u.test(s.url));
		expect(lessons.some((s) => s.url.includes(`/${id}.`)), names(lessons)).toBe(true);
		expect(lessons.length, names(lessons)).toBeLessThanOrEqual(2);
		expect(added.gzip, `${path}: ${kb(added.gzip)} gzipped: ${names(added.scripts)}`).toBeLessThanOrEqual(CEILING);
		test.info().annotations.push({ type: 'js after hydration', description: `${kb(added.gzip)} gzipped (${kb(added.bytes)})` });
		console.log(`${number}: +${kb(added.gzip)} gzipped (${kb(added.bytes)}) after hydration`);
	});

	test(`${number}: at most 110 KB gzipped after hydration (issue 9's target, not met yet)`, async ({ page }) => {
		test.fail(true, 'The engine (~22 KB) and the trainer with its first screens (~9 KB, more where a lesson opens on a program) exceed the 28 KB left by React and XState.');
		const { added } = await weigh(page, path);
		expect(added.gzip, `${path}: ${kb(added.gzip)} gzipped`).toBeLessThanOrEqual(TARGET);
	});
}
