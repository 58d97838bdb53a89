import { test, expect } from './fixtures';
import { kb, recordScripts, total, type ScriptWeight, type Weight } from '../../bench/js-weight';
import { sections, sectionPath } from '../../src/sections';
import { scenarioOfSection } from '../../src/sim/scenarios/catalog';
import type { Page } from '@playwright/test';
import { contentPages } from './site';
import { revealIsland } from './sim-support';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.DIST_DIR ?? 'dist';
/** The stylesheets a built page links. */
const stylesheets = (path: string) => [...readFileSync(join(DIST, path, 'index.html'), 'utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu)].map((m) => m[1]!);

/**
 * The simulations' budgets (issue 9, decided in issue 14). A section page with a simulation loads
 * nothing of it until it is scrolled to (the island hydrates only once it is in the upper three
 * quarters of the screen); then it loads React, XState, the engine, the trainer, the views of the
 * screens shown at the start and only the page's own lesson: at most 120 KB gzipped after
 * hydration for every lesson (React with Astro's renderer are ~67 KB and XState ~12 KB of it).
 * The rules of 練習 and テスト (src/sim/practice.ts) come when the learner first leaves 見る.
 * The stage's CSS is at most 30 KB gzipped, with no raster image and no web font.
 */
const CEILING = 120 * 1024;
const CSS_CEILING = 30 * 1024;
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
	test(`${number}: nothing of the simulation before it is scrolled to; then only its own lesson, within 120 KB gzipped`, async ({ page }) => {
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
}

test('the stage\'s CSS: at most 30 KB gzipped, no raster image, no web font', () => {
	const own = (path: string) => new Set(stylesheets(path));
	const chapter = own('/1-1-supported-environment/');
	const sim = [...own('/2-2-1-ie-mode/')].filter((href) => !chapter.has(href));
	expect(sim.length, 'a page with a simulation has its own stylesheet').toBeGreaterThan(0);
	const css = sim.map((href) => readFileSync(join(DIST, href), 'utf8')).join('\n');
	const gz = gzipSync(css, { level: 9 }).length;
	console.log(`stage CSS: ${kb(gz)} gzipped (${kb(css.length)})`);
	expect(gz).toBeLessThanOrEqual(CSS_CEILING);
	expect(css, 'no raster image or web font in the stage').not.toMatch(/url\((?!['"]?data:image\/svg)[^)]*\.(?:png|jpe?g|gif|webp|avif|woff2?|ttf|otf)/iu);
	expect(css).not.toMatch(/@font-face/u);
});
