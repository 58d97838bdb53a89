import { test, expect, axeViolations } from '../e2e/fixtures';
import { contentPages } from '../e2e/site';

/**
 * Every page of the built site (read from dist/, not a hand-kept list): Japanese, no console
 * error, nothing leaving the origin (the fixture), and 0 axe violations at WCAG 2.2 AA.
 */
for (const path of contentPages()) {
	test(`${path} is Japanese, clean and accessible`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page)).toEqual([]);
	});
}
