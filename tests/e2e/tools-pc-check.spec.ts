import { test, expect, axeViolations } from './fixtures';
import { hydrated } from './tools-support';

/** Issue 10: the this-PC check: ok / not ok / cannot tell, from what the browser says. */

test.describe('as Microsoft Edge 120 on Windows 11 at 1366 x 768', () => {
	test.use({ viewport: { width: 1366, height: 768 }, screen: { width: 1366, height: 768 } });

	test('every requirement of 1.1 is met', async ({ page }) => {
		await page.addInitScript(() => {
			const brands = [
				{ brand: 'Not_A Brand', version: '8' },
				{ brand: 'Chromium', version: '120' },
				{ brand: 'Microsoft Edge', version: '120' },
			];
			Object.defineProperty(Navigator.prototype, 'userAgentData', {
				get: () => ({ platform: 'Windows', brands, mobile: false, getHighEntropyValues: async () => ({ platformVersion: '15.0.0' }) }),
			});
		});
		await page.goto('/tools/pc-check/');
		await hydrated(page, 'PcCheck');
		await expect(page.getByRole('status').filter({ hasText: '項目中' })).toContainText('満たしていない 0');
		await expect(page.getByRole('row', { name: /^OS/ })).toContainText('Windows 11 です。');
		await expect(page.getByRole('row', { name: /^ブラウザ/ })).toContainText('Microsoft Edge バージョン 120 です。');
		await expect(page.getByRole('row', { name: /^モニタ解像度/ })).toContainText('満たしています');
		await expect(page.getByRole('row', { name: /^JavaScript/ })).toContainText('満たしています');
		expect(await axeViolations(page)).toEqual([]);
	});
});

test('this test browser (not Edge): not met, with the section that fixes it', async ({ page }) => {
	await page.goto('/tools/pc-check/');
	await hydrated(page, 'PcCheck');
	const browser = page.getByRole('row', { name: /^ブラウザ/ });
	await expect(browser).toContainText('満たしていません');
	await expect(browser.getByRole('link', { name: '1.1 システムの動作保証環境' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page says what is needed and how to turn JavaScript on', async ({ page }) => {
		const response = await page.goto('/tools/pc-check/');
		await expect(page.locator('main')).toContainText('推奨モニタ解像度: 1366 x 768');
		await expect(page.locator('main').getByRole('link', { name: '1.2.2 JavaScript を有効にする' }).first()).toBeVisible();
		// Chromium's test mode still parses <noscript> as text, so its message is checked in the served page.
		expect(await response!.text()).toMatch(/<noscript><p>このブラウザでは JavaScript が無効になっているため、確認できません。/);
	});
});
