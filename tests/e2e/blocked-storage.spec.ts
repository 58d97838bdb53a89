import { test, expect } from './fixtures';
import { contentPages, onePageOfEachKind } from './site';
import { openSim } from './sim-support';
import { problemMessages } from '../../src/practice/messages';

/**
 * Issue 17: a browser that blocks site data throws a SecurityError on the mere access to
 * `localStorage` and `sessionStorage` (Chromium's "Failed to read the 'localStorage' property
 * from 'Window'"). No page may log an error for it (the fixture fails on any), the theme picker
 * still works, and the training record says it is not kept.
 */
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage'] as const) {
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
				},
			});
		}
	});
});

test('no kind of page logs an error with site data blocked (one page of each kind: same scripts, same code)', async ({ page }) => {
	const kinds = onePageOfEachKind(contentPages());
	test.setTimeout(20_000 + kinds.length * 5_000);
	for (const path of kinds) {
		await page.goto(path, { waitUntil: 'load' });
		await expect(page.locator('starlight-theme-select').first(), path).toBeAttached();
	}
});

test('the theme picker still changes the theme (for this page)', async ({ page }) => {
	await page.goto('/1-1-supported-environment/');
	const picker = page.getByRole('combobox', { name: 'テーマの選択' }).first();
	await picker.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await picker.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the practice pages and a simulation say the record is not kept, and work', async ({ page }) => {
	await page.goto('/practice/');
	await expect(page.locator('[data-practice-notice]')).toContainText(problemMessages.unavailable);
	await page.goto('/practice/record/');
	await expect(page.getByRole('status').filter({ hasText: problemMessages.unavailable })).toBeVisible();
	const sim = await openSim(page, '/1-2-1-browser-version/');
	await expect(sim.locator('.sim-record')).toContainText(problemMessages.unavailable);
});
