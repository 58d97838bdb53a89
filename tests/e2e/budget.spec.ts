import { test, expect } from './fixtures';
import { weighBeforeInteraction, kb } from '../../bench/js-weight';
import { buildBaseline, serve } from './servers';
import { contentPages, onePageOfEachKind } from './site';
import { sections, sectionPath } from '../../src/sections';

/**
 * Issue 9's budgets. A chapter page ships no JavaScript beyond a bare Starlight page, except two
 * things the other issues ask of every page: the copy buttons' script (issue 4: copy buttons on
 * every URL, title and step; about 1.5 KB) and the search box's query normalisation (issue 8;
 * about 1.3 KB, inside the search chunk Starlight loads anyway). Together at most ALLOWANCE gzipped.
 */
const ALLOWANCE = 4 * 1024;

test('a chapter page ships no more JavaScript than a bare Starlight page (plus the copy and search scripts)', async ({ page, browser }) => {
	test.setTimeout(180_000);
	// Built here, by the one test that needs it (two builds of bench/baseline at once share its caches and fail).
	const baseline = await serve(buildBaseline(), 4380 + test.info().workerIndex);
	const bare = await browser.newPage();
	const base = await weighBeforeInteraction(bare, `${baseline.url}/page/`);
	await bare.close();
	baseline.stop();
	const chapterPages = sections.map(sectionPath).filter((p) => contentPages().includes(p));
	expect(chapterPages.length).toBeGreaterThan(0);
	// Pages that load the same scripts load the same JavaScript: one of each kind is weighed.
	const kinds = onePageOfEachKind(chapterPages);
	expect(kinds.length).toBeGreaterThan(0);
	for (const path of kinds) {
		const ours = await weighBeforeInteraction(page, path);
		const extra = ours.gzip - base.gzip;
		expect(extra, `${path}: ${kb(ours.gzip)} vs baseline ${kb(base.gzip)} (${ours.scripts.map((s) => s.url).join(', ')})`).toBeLessThanOrEqual(ALLOWANCE);
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
