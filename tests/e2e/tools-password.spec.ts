import { test, expect, axeViolations } from './fixtures';
import { hydrated } from './tools-support';

/** Issue 10: the password checker, by keyboard; the password is never stored or sent. */

test.beforeEach(async ({ page }) => {
	await page.goto('/tools/password/');
	await hydrated(page, 'PasswordChecker');
});

test('checks as the user types, by keyboard, and shows the password on request', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const storage = () => page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
	const before = await storage();
	const field = page.getByLabel('新しいパスワードの候補');
	await expect(field).toHaveAttribute('type', 'password');
	// Not offered to the browser's password manager (nothing typed here is kept, 3.15).
	await expect(field).toHaveAttribute('autocomplete', 'off');
	await field.focus();
	await page.keyboard.type('abcdefg');
	const status = page.getByRole('status').filter({ hasText: '条件を' });
	await expect(status).toHaveText('条件を満たしていません（直すところ 2 件）。');
	await expect(page.getByText('7 文字です。あと 1 文字以上必要です')).toBeVisible();
	await page.keyboard.type('1!');
	await expect(status).toHaveText('条件を満たしています（9 文字、3 種類）。');
	await expect(page.getByRole('row', { name: /3 種類以上/ })).toContainText('✓ あり: 記号');

	// Show the password: Tab to the toggle, Space.
	await page.keyboard.press('Tab');
	const toggle = page.getByRole('button', { name: 'パスワードを表示' });
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Space');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(field).toHaveAttribute('type', 'text');
	expect(await axeViolations(page)).toEqual([]);

	// Nothing was stored or sent while typing.
	expect(requests).toEqual([]);
	expect(await storage()).toBe(before);
	expect(before).not.toContain('abcdefg');
	await expect(page.getByRole('status').filter({ hasText: 'abcdefg1!' })).toHaveCount(0);
});

test("full-width characters and ' are explained; the hidden password is not shown in the messages", async ({ page }) => {
	const field = page.getByLabel('新しいパスワードの候補');
	await field.fill("Ａbcdefg1'");
	await expect(page.getByText('全角文字（1 文字）は使えません。日本語入力をオフにして')).toBeVisible();
	await expect(page.getByText("「'」と「`」は使えません")).toBeVisible();
	await expect(page.locator('section.tool')).not.toContainText('Ａ');
	expect(await axeViolations(page)).toEqual([]);
});

test('warns about Caps Lock where the browser tells it', async ({ page }) => {
	const field = page.getByLabel('新しいパスワードの候補');
	await field.focus();
	await field.dispatchEvent('keydown', { key: 'A', code: 'KeyA', modifierCapsLock: true });
	await expect(page.getByRole('alert')).toHaveText('Caps Lock がオンです。英字が大文字で入力されます。');
	await field.dispatchEvent('keyup', { key: 'a', code: 'KeyA', modifierCapsLock: false });
	await expect(page.getByRole('alert')).toHaveCount(0);
});
