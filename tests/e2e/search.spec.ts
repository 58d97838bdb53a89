import { test, expect } from './fixtures';

/** The site's search (Pagefind) works under the CSP and finds Japanese words from the pages. */
test('the search box finds a word from a page and opens it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '検索' }).first().click();
	const box = page.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' });
	await box.fill('バージョン情報');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('1.2.1');
});
