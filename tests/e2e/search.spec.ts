import { test, expect } from './fixtures';

/**
 * Issue 8: the site's search box answers what people type: a message pasted with its
 * punctuation, a code typed in full width, a symptom in everyday words. Each query is typed
 * into the real search box and its first result followed.
 */
const queries: Array<{ typed: string; lands: RegExp }> = [
	{ typed: '「パスワードがロックされています。」', lands: /^3\.5 / },
	{ typed: 'ＡＡ０４１', lands: /^2\.3\.1 / },
	{ typed: '証明書サービスでパスワードを入力する画面が出てこない', lands: /^3\.9 / },
];

for (const { typed, lands } of queries) {
	test(`searching 「${typed}」 leads to the section that answers it`, async ({ page }) => {
		await page.goto('/2-2-certificates/');
		await page.getByRole('button', { name: '検索' }).first().click();
		const box = page.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' });
		// Typed key by key, as a person does (the search answers as it goes).
		await box.pressSequentially(typed);
		const first = page.locator('.pagefind-ui__result-link').first();
		// Each result shows the section's number and title.
		await expect(first).toHaveText(lands);
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lands);
	});
}

test('the landing page puts the search box first and opens the search with its words', async ({ page }) => {
	await page.goto('/');
	const form = page.getByRole('search', { name: 'マニュアルを検索' });
	await expect(form).toBeVisible();
	const first = await page.locator('main input').first().getAttribute('id');
	expect(first).toBe('landing-search-input');
	await form.getByRole('searchbox').fill('Not Found');
	await form.getByRole('button', { name: '検索' }).press('Enter');
	const result = page.locator('.pagefind-ui__result-link').first();
	await expect(result).toHaveText(/^3\.11 /);
});

test('the search dialog speaks Japanese', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '検索' }).first().click();
	const dialog = page.getByRole('dialog', { name: '検索' });
	await expect(dialog.getByRole('search')).toHaveAccessibleName('このサイトを検索');
});
