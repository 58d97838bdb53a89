import { test, expect, axeViolations } from './fixtures';

/** Issue 8/9: a 404 page that helps: the section the address meant, a search, the short links. */

test('a short link typed with a dot leads to its section from the 404 page', async ({ page, problems }) => {
	const response = await page.goto('/3.9/');
	expect(response?.status()).toBe(404);
	// The browser logs the 404 of the document itself; nothing else may be logged.
	problems.consoleErrors.splice(0, problems.consoleErrors.length, ...problems.consoleErrors.filter((e) => !e.includes('404')));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
	await page.getByRole('link', { name: '3.9 証明書サービスでログイン画面が表示されない' }).first().click();
	await expect(page).toHaveURL(/\/3-9-login-dialog-missing\/$/);
});

test('the 404 page searches with the words of the address', async ({ page, problems }) => {
	await page.goto('/naraclientcontrol/');
	problems.consoleErrors.splice(0, problems.consoleErrors.length, ...problems.consoleErrors.filter((e) => !e.includes('404')));
	const search = page.getByRole('search', { name: 'マニュアルを検索' });
	await expect(search.getByRole('searchbox')).toHaveValue('naraclientcontrol');
	await search.getByRole('button', { name: '検索' }).click();
	const box = page.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' });
	await expect(box).toHaveValue('naraclientcontrol');
});

test('an address without words still gets the search box (empty), and the short links', async ({ page, problems }) => {
	await page.goto('/3-20/');
	problems.consoleErrors.splice(0, problems.consoleErrors.length, ...problems.consoleErrors.filter((e) => !e.includes('404')));
	const search = page.getByRole('search', { name: 'マニュアルを検索' });
	await expect(search.getByRole('searchbox')).toHaveValue('');
	await search.getByRole('searchbox').fill('ロック');
	await search.getByRole('searchbox').press('Enter');
	await expect(page.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' })).toHaveValue('ロック');
});

test('the 404 page lists every short link and is accessible', async ({ page }) => {
	await page.goto('/404.html');
	await expect(page.getByRole('link', { name: /\/3-9\/ 3\.9 / })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
