import { test, expect, axeViolations } from './fixtures';
import { certServiceHttp, certServiceHttps, systemLogin } from '../../src/facts';
import { hydrated } from './tools-support';

/** Issue 10: the URL helper and checker, used by keyboard only. */

test.describe('URL の確認', () => {
	test.beforeEach(async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/tools/url/');
	});

	const checker = (page: import('@playwright/test').Page) => hydrated(page, 'UrlChecker');

	test('each URL of the manual is there with a copy button, without JavaScript help', async ({ page }) => {
		for (const url of [certServiceHttps.value, certServiceHttp.value, systemLogin.value]) {
			await expect(page.getByRole('button', { name: `URL「${url}」をコピー` })).toBeVisible();
		}
	});

	test('3.11 typo: typed by keyboard, diagnosed, the right URL copied', async ({ page }) => {
		await checker(page);
		const field = page.getByRole('textbox', { name: '入力した URL' });
		await field.focus();
		await page.keyboard.type('https://www.independence-support-kanagawa.jp/kgswebapjg/');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('combobox', { name: 'どの手順で入力しましたか' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: '確かめる' })).toBeFocused();
		await page.keyboard.press('Enter');
		const status = page.getByRole('status').filter({ hasText: '直すところ' });
		await expect(status).toContainText('直すところが 1 件あります');
		await expect(page.getByText('3.11 の例と同じ入力ミスです')).toBeVisible();
		// The difference is said in words, not only marked.
		await expect(page.getByText(/の前に 「k」 が抜けています/)).toBeVisible();
		const copy = page.getByRole('button', { name: `正しい URL「${systemLogin.value}」をコピー` });
		await copy.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(systemLogin.value);
		expect(await axeViolations(page)).toEqual([]);
		// The marks and tags use Starlight's colours: still legible in the dark theme.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await axeViolations(page, 'section.tool')).toEqual([]);
	});

	test('http typed in 2.2.4: the step decides, and a correct URL is confirmed', async ({ page }) => {
		await checker(page);
		await page.getByRole('textbox', { name: '入力した URL' }).fill(certServiceHttp.value);
		await page.getByRole('combobox', { name: 'どの手順で入力しましたか' }).selectOption('2.2.4');
		await page.getByRole('textbox', { name: '入力した URL' }).press('Control+Enter');
		await expect(page.getByRole('status').filter({ hasText: '件あります' })).toBeVisible();
		await expect(page.getByText('「s」が必要')).toBeVisible();
		await page.getByRole('textbox', { name: '入力した URL' }).fill(certServiceHttps.value);
		await page.getByRole('textbox', { name: '入力した URL' }).press('Control+Enter');
		await expect(page.getByRole('status').filter({ hasText: '正しい URL です' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});
