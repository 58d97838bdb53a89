import { test, expect, axeViolations } from './fixtures';
import { contactPhone } from '../../src/facts';
import { SHOWN_CHARACTERS } from '../../src/tools/long-text';
import { hydrated, pasteInto } from './tools-support';

/** Issue 10: the message lookup, by keyboard: a pasted message leads to its section. */

test.beforeEach(async ({ page }) => {
	await page.goto('/tools/message/');
	await hydrated(page, 'MessageLookup');
});

test('a slightly different paste finds 3.5, and the link is followed by keyboard', async ({ page }) => {
	const field = page.getByRole('searchbox', { name: '表示されたメッセージ、または困っていること' });
	await field.focus();
	await page.keyboard.type('パスワードが ロックされてます');
	await expect(page.getByRole('status').filter({ hasText: '件見つかりました' })).toHaveText('1 件見つかりました。');
	const link = page.locator('section.tool').getByRole('link', { name: '3.5 「パスワードがロックされています。」と表示される' });
	await expect(link).toBeVisible();
	await expect(page.locator('section.tool')).toContainText('/3-5/');
	expect(await axeViolations(page)).toEqual([]);
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/3-5-password-locked\/$/);
});

test('AA041 in full width leads to 2.3.1 step 10', async ({ page }) => {
	await page.getByRole('searchbox').fill('ＡＡ０４１');
	await expect(page.locator('section.tool').getByRole('link', { name: '2.3.1 仮パスワードを本パスワードに変更する 手順 10' })).toHaveAttribute(
		'href',
		'/2-3-1-change-password/#step-10',
	);
});

test('nothing found: says so, with the contact desk and chapter 3', async ({ page }) => {
	await page.getByRole('searchbox').fill('ｘｙｚｚｚ');
	await expect(page.getByRole('status').filter({ hasText: '見つかりませんでした' })).toBeVisible();
	const tool = page.locator('section.tool');
	await expect(tool.getByRole('link', { name: contactPhone.value })).toBeVisible();
	await tool.getByText('第3章 こんなときは（項目の一覧）').click();
	await expect(tool.getByRole('link', { name: '3.9 証明書サービスでログイン画面が表示されない' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

/** Issue 17: anything typed gets an answer; kana as typed without converting still finds the section. */
test.describe('issue 17', () => {
	for (const query of ['😀', 'ア']) {
		test(`「${query}」: not found, with the contact desk and the site search`, async ({ page }) => {
			await page.locator('section.tool').getByRole('searchbox').fill(query);
			await expect(page.getByRole('status').filter({ hasText: '見つかりませんでした' })).toBeVisible();
			const tool = page.locator('section.tool');
			await expect(tool.getByRole('link', { name: contactPhone.value })).toBeVisible();
			await tool.getByRole('button', { name: 'サイト内を検索する' }).click();
			await expect(page.locator('site-search dialog[open]')).toBeVisible();
		});
	}

	test('hiragana for katakana (ぱすわーどがろっく) finds 3.5', async ({ page }) => {
		await page.locator('section.tool').getByRole('searchbox').fill('ぱすわーどがろっく');
		await expect(page.locator('section.tool').getByRole('link', { name: /^3\.5 /u }).first()).toBeVisible();
	});
});

test('a very long paste: the box shows its start with a note, the message is still found, [消す] empties it', async ({ page }) => {
	const field = page.getByRole('searchbox', { name: '表示されたメッセージ、または困っていること' });
	const pasted = 'パスワードがロックされています。'.repeat(400);
	await pasteInto(field, pasted);
	await expect(field).toHaveValue(pasted.slice(0, SHOWN_CHARACTERS));
	await expect(field).not.toBeEditable();
	await expect(field).toHaveAccessibleDescription(new RegExp(`${pasted.length.toLocaleString('ja-JP')} 文字と長いため.*探すのは表示している部分です`));
	await expect(page.locator('section.tool').getByRole('link', { name: '3.5 「パスワードがロックされています。」と表示される' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.locator('section.tool').getByRole('button', { name: '消す', exact: true }).click();
	await expect(field).toHaveValue('');
	await expect(field).toBeEditable();
	await expect(page.getByRole('status')).toHaveText('');
});
