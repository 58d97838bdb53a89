import { test, expect, axeViolations } from './fixtures';
import { reissueExample, reissueFormTitle } from '../../src/facts';
import { MAX_LENGTH } from '../../src/tools/reissue';
import { hydrated } from './tools-support';

/** Issue 10: the reissue request form, filled in by keyboard, printed alone on one A4 page. */

test.beforeEach(async ({ page }) => {
	// window.print would open the print dialog: count the calls instead.
	await page.addInitScript(() => {
		(window as unknown as { __prints: number }).__prints = 0;
		window.print = () => {
			(window as unknown as { __prints: number }).__prints += 1;
		};
	});
	await page.clock.setFixedTime(new Date('2025-02-03T01:00:00Z'));
	await page.goto('/tools/reissue/');
	await hydrated(page, 'ReissueForm');
});

const prints = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __prints: number }).__prints);

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the page tree). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function fillExample(page: import('@playwright/test').Page, overrides: Partial<Record<string, string>> = {}) {
	const ex = { ...reissueExample.value, ...overrides };
	await page.getByLabel(/【ログイン】システムID・パスワード/).check();
	await page.getByLabel('事由(原因)').fill(ex.reason);
	await page.getByLabel('事業所番号').fill(ex.officeNumber);
	await page.getByLabel('事業所所在地').fill(ex.address);
	await page.getByLabel('事業所名称').fill(ex.officeName);
	await page.getByLabel('代表者氏名').fill(ex.representative);
	await page.getByLabel('電話番号').fill(ex.phone);
	await page.getByLabel('担当者氏名').fill(ex.personInCharge);
}

test('submitting it empty: errors summarised at the top (focused), each next to its field', async ({ page }) => {
	const submit = page.getByRole('button', { name: '確認して印刷する' });
	await submit.focus();
	await page.keyboard.press('Enter');
	const summary = page.getByRole('heading', { name: '入力内容を確認してください（8 件）' });
	await expect(summary).toBeVisible();
	await expect(page.locator('.tool-error-summary')).toBeFocused();
	const office = page.getByLabel('事業所番号');
	await expect(office).toHaveAttribute('aria-invalid', 'true');
	await expect(office).toHaveAccessibleDescription(/事業所番号を入力してください（半角数字 10 桁）。/);
	// The summary's link moves focus to the field.
	await page.locator('.tool-error-summary').getByRole('link', { name: '事業所番号' }).click();
	await expect(office).toBeFocused();
	expect(await prints(page)).toBe(0);
	expect(await axeViolations(page)).toEqual([]);
});

test('filled in by keyboard: full-width digits become half-width, 令和 date, envelope answer, then print', async ({ page }) => {
	await page.getByLabel(/【証明書】発行用パスワード/).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('事由(原因)')).toBeFocused();
	await page.keyboard.type(reissueExample.value.reason);
	await page.getByLabel('事業所番号').focus();
	await page.keyboard.type('２７１９０００００１');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('事業所番号')).toHaveValue('2719000001');
	await expect(page.getByLabel('日付（令和）')).toHaveValue('2025-02-03');
	await expect(page.getByText('用紙には「令和 7 年 2 月 3 日」と印刷します。')).toBeVisible();
	for (const [label, value] of [
		['事業所所在地', reissueExample.value.address],
		['事業所名称', reissueExample.value.officeName],
		['代表者氏名', reissueExample.value.representative],
		['電話番号', reissueExample.value.phone],
		['担当者氏名', reissueExample.value.personInCharge],
	] as const) {
		await page.getByLabel(label, { exact: true }).focus();
		await page.keyboard.type(value);
	}
	// Outside Kanagawa (not 14…), not a 地域生活支援事業所: the return envelope is needed.
	await page.getByRole('group', { name: '地域生活支援事業所ですか' }).getByLabel('いいえ').check();
	await page.getByRole('group', { name: '電子請求受付システムにログインできますか' }).getByLabel('はい').check();
	await expect(page.getByRole('status').filter({ hasText: '返信用封筒' })).toContainText('返信用封筒が必要です。');
	await expect(page.locator('.reissue-preview')).toContainText('令和 7 年 2 月 3 日');
	await expect(page.locator('.reissue-preview')).toContainText('☑【証明書】発行用パスワード');
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('button', { name: '確認して印刷する' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => prints(page)).toBe(1);
	await expect(page.locator('.tool-error-summary')).toHaveCount(0);
});

test('printed, only the form is on the page, on exactly one A4 page', async ({ page }) => {
	await fillExample(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.page')).toBeHidden();
	const sheet = page.locator('.reissue-print-root .reissue-sheet');
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText(reissueFormTitle.value);
	await expect(sheet).toContainText(reissueExample.value.officeName);
	await expect(sheet).toContainText('届出印');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdfPages(pdf)).toBe(1);
	// The count itself is checked: a long page without the form prints on several pages.
	await page.goto('/tools/url/');
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

test('even with every field at its longest, the form prints on one A4 page', async ({ page }) => {
	const long = (field: keyof typeof MAX_LENGTH) => '記'.repeat(MAX_LENGTH[field]!);
	await fillExample(page, {
		reason: long('reason'),
		address: long('address'),
		officeName: long('officeName'),
		representative: long('representative'),
		personInCharge: long('personInCharge'),
	});
	await page.getByLabel(/【証明書】発行用パスワード/).check();
	await page.getByRole('button', { name: '確認して印刷する' }).click();
	await expect.poll(() => prints(page)).toBe(1);
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

/** Issue 17: a part-filled form prints with its blanks, Ctrl+P on the untouched page prints only the form, a pre-Reiwa date says why it is blank. */
test.describe('issue 17', () => {
	test('part-filled: the note names the blank fields, 空欄のまま印刷する prints, the sheet is blank there', async ({ page }) => {
		await page.getByLabel('事業所名称').fill(reissueExample.value.officeName);
		const note = page.locator('[data-reissue-blanks]');
		await expect(note).toContainText('空欄のまま印刷される欄');
		await expect(note).toContainText('事業所番号');
		await expect(note).not.toContainText('事業所名称、');
		await page.getByRole('button', { name: '空欄のまま印刷する' }).click();
		await expect.poll(() => prints(page)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator('.reissue-print-root .reissue-sheet');
		await expect(sheet).toContainText(reissueExample.value.officeName);
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
	});

	test('the untouched page prints only the form (Ctrl+P), on one A4 page', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.page')).toBeHidden();
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
	});

	test('a date before 令和 says the sheet leaves it blank', async ({ page }) => {
		await page.getByLabel('日付（令和）').fill('2019-04-30');
		await expect(page.locator('section.tool')).toContainText('令和より前の日付（令和は 2019年5月1日から）は、用紙の「令和 年 月 日」に書けないため、日付は空欄で印刷されます。');
		await expect(page.locator('[data-reissue-blanks]')).toContainText('日付（令和）');
	});

	test('100,000 characters in a field: the page answers at once, the sheet shows what fits', async ({ page }) => {
		const field = page.getByLabel('事由(原因)');
		const ms = await field.evaluate((el: HTMLTextAreaElement) => {
			const t = performance.now();
			const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
			setter.call(el, 'A'.repeat(100_000));
			el.dispatchEvent(new Event('input', { bubbles: true }));
			document.body.getBoundingClientRect();
			return new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t), 0)));
		});
		expect(ms).toBeLessThan(1000);
		await expect(page.locator('.reissue-preview .rs-reason-text')).toHaveText(`${'A'.repeat(MAX_LENGTH.reason!)}…`);
		// The field shows its start only, says so, and empties with its own button.
		await expect(field).not.toBeEditable();
		await expect(field).toHaveAccessibleDescription(/100,000 文字と長いため.*確かめるのは全文です/);
		await page.getByRole('button', { name: '事由(原因)を消す' }).click();
		await expect(field).toHaveValue('');
		await expect(field).toBeEditable();
	});
});
