import { test, expect } from './fixtures';
import { weighBeforeInteraction, kb } from '../../bench/js-weight';
import { buildBaseline, serve } from './servers';
import { contentPages } from './site';
import { sections, sectionPath } from '../../src/sections';

/**
 * Issue 9's budgets. A chapter page ships no JavaScript beyond a bare Starlight page, except the
 * copy buttons' script (issue 4 asks for copy buttons on every URL, heading and step); that
 * script may add at most COPY_ALLOWANCE gzipped.
 */
const COPY_ALLOWANCE = 3 * 1024;

let baseline: { url: string; stop: () => void };
test.beforeAll(async () => {
	baseline = await serve(buildBaseline(), 4380 + test.info().workerIndex);
});
test.afterAll(() => baseline?.stop());

test('a chapter page ships no more JavaScript than a bare Starlight page (plus the copy script)', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const bare = await browser.newPage();
	const base = await weighBeforeInteraction(bare, `${baseline.url}/page/`);
	await bare.close();
	const chapterPages = sections.map(sectionPath).filter((p) => contentPages().includes(p));
	expect(chapterPages.length).toBeGreaterThan(0);
	for (const path of chapterPages) {
		const ours = await weighBeforeInteraction(page, path);
		const extra = ours.gzip - base.gzip;
		expect(extra, `${path}: ${kb(ours.gzip)} vs baseline ${kb(base.gzip)} (${ours.scripts.map((s) => s.url).join(', ')})`).toBeLessThanOrEqual(
			COPY_ALLOWANCE,
		);
	}
});

test('no web fonts are loaded', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'font') fonts.push(r.url());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(fonts).toEqual([]);
});
