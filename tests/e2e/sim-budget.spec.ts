import { test, expect } from './fixtures';
import { kb, recordScripts, total, type ScriptWeight } from '../../bench/js-weight';
import { sections, sectionPath } from '../../src/sections';
import { scenarioOfSection } from '../../src/sim/scenarios/catalog';
import { contentPages } from './site';

/**
 * Issue 9's budgets for the simulations: a section page with a simulation loads nothing of it
 * until it is scrolled into view (the page's first viewport, 1280×720, does not reach it), and
 * when it hydrates it adds at most 110 KB gzipped of JavaScript in all (React and XState
 * included), with only the page's own scenario.
 */
const SIM_BUDGET = 110 * 1024;

test.use({ viewport: { width: 1280, height: 720 } });

const simPages = sections
	.filter((s) => scenarioOfSection[s.number])
	.map((s) => ({ number: s.number, path: sectionPath(s), id: scenarioOfSection[s.number]! }))
	.filter((p) => contentPages().includes(p.path));

const names = (scripts: ScriptWeight[]) => scripts.map((s) => s.url.replace(/^\/_astro\//u, '')).join(', ');

for (const { number, path, id } of simPages) {
	test(`${number}: nothing of the simulation before it is scrolled to, at most 110 KB gzipped after`, async ({ page }) => {
		const read = recordScripts(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const island = page.locator('.sim-island');
		await expect(island).toHaveCount(1);
		// Below the first screen's upper three quarters (where it would hydrate): it has not hydrated and loaded nothing.
		expect((await island.boundingBox())!.y).toBeGreaterThan(720 * 0.75);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
		const before = await read();
		expect(before.filter((s) => /SimIsland|SimApp|client\.|trainer|xstate|define/u.test(s.url)), names(before)).toEqual([]);

		await island.scrollIntoViewIfNeeded();
		await expect(page.locator('.sim-island[data-ready]')).toBeVisible();
		await page.waitForLoadState('networkidle');
		const all = await read();
		const added = total(all.filter((s) => !before.some((b) => b.url === s.url)));
		expect(added.gzip, `${path}: ${kb(added.gzip)} gzipped: ${names(added.scripts)}`).toBeLessThanOrEqual(SIM_BUDGET);
		// Only this page's own lesson is loaded (and a lesson whose goal it shares: 3.17 → 2.2.1).
		const lessons = added.scripts.filter((s) => /\/(?:\d+-\d+[-\w]*|journey)\.[\w-]+\.js$/u.test(s.url));
		expect(lessons.some((s) => s.url.includes(`/${id}.`)), names(lessons)).toBe(true);
		expect(lessons.length, names(lessons)).toBeLessThanOrEqual(2);
		console.log(`${number}: +${kb(added.gzip)} gzipped (${kb(added.bytes)}) after hydration`);
	});
}
