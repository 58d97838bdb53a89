import { test, expect } from './fixtures';
import { contentPages } from './site';

/** Issue 9: every page is readable with JavaScript disabled (simulations fall back to their steps). */
test.use({ javaScriptEnabled: false });

test('every page is readable without JavaScript', async ({ page }) => {
	test.setTimeout(120_000);
	for (const path of contentPages()) {
		await page.goto(path);
		const main = page.locator('main');
		await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
		const text = (await main.innerText()).trim();
		expect(text.length, `${path} shows too little text without JavaScript`).toBeGreaterThan(40);
	}
});
