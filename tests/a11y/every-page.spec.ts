import { test, expect, axeViolations, loadAxe } from '../e2e/fixtures';
import { contentPages } from '../e2e/site';

/**
 * Every page of the built site (read from dist/, not a hand-kept list): Japanese, no console
 * error, nothing leaving the origin (the fixture), and 0 axe violations at WCAG 2.2 AA.
 * One page per worker goes from page to page (`visitingPage`): each test only loads and looks.
 */
for (const path of contentPages()) {
	test(`${path} is Japanese, clean and accessible`, async ({ visitingPage: page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		// axe goes into the page while the network settles (the islands loading), not after.
		await Promise.all([page.waitForLoadState('networkidle'), loadAxe(page)]);
		expect(await axeViolations(page)).toEqual([]);
	});
}
