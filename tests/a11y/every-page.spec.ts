import { test, expect, axeViolations, loadAxe } from '../e2e/fixtures';
import { contentPages, hasStepPictures } from '../e2e/site';

/**
 * Every page of the built site (read from dist/, not a hand-kept list): Japanese, no console
 * error, nothing leaving the origin (the fixture), and 0 axe violations at WCAG 2.2 AA.
 * One page per worker goes from page to page (`visitingPage`): each test only loads and looks.
 * A page with step pictures is looked at 1366×768, the screen its pictures are drawn for: this run
 * is their axe check (issue 15), over the whole page.
 */
const PICTURED = { width: 1366, height: 768 };
const PLAIN = { width: 1280, height: 720 };

for (const path of contentPages()) {
	const viewport = hasStepPictures(path) ? PICTURED : PLAIN;
	test(`${path} is Japanese, clean and accessible${viewport === PICTURED ? ', with its step pictures at 1366×768' : ''}`, async ({ visitingPage: page }) => {
		await page.setViewportSize(viewport);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		// axe goes into the page while the network settles (the islands loading), not after.
		await Promise.all([page.waitForLoadState('networkidle'), loadAxe(page)]);
		expect(await axeViolations(page)).toEqual([]);
	});
}
