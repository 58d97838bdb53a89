import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { test, expect, axeViolations } from './fixtures';
import { builtTree } from './site';
import { sections, sectionPath } from '../../src/sections';
import { clientCertValidityYears, noticeListSample, systemLogin, systemLoginAsPrinted } from '../../src/facts';

/**
 * Issue 17: the site's own words (tool pointers, inferences, summaries) are set apart from the
 * manual's in a labelled block 「このサイトから」, so a reader always knows what the manual says.
 */

test('on every section page, each pointer to a tool is inside a 「このサイトから」 block (read from the build)', () => {
	for (const s of sections) {
		const path = sectionPath(s);
		const content = select('main .sl-markdown-content', builtTree(path));
		expect(content, path).toBeTruthy();
		const notes = selectAll('[data-our-note]', content!);
		const inNotes = new Set(notes.flatMap((note) => selectAll('a[href^="/tools/"]', note)));
		const outside = selectAll('a[href^="/tools/"]', content!).filter((a) => !inNotes.has(a));
		expect(outside.map((a) => String(a.properties.href)), `${path}: a tool pointer outside 「このサイトから」`).toEqual([]);
		for (const note of notes) {
			const label = select('.our-note__label', note);
			expect(label && toString(label).trim(), path).toBe('このサイトから');
		}
	}
});

test('3.5: the inference about a forgotten password is marked as ours', async ({ page }) => {
	await page.goto('/3-5-password-locked/');
	const main = page.locator('main .sl-markdown-content');
	await expect(main).not.toContainText('パスワードそのものが分からない場合は、時間を空けてもログインできません。');
	await expect(main.locator('[data-our-note]')).toContainText('3.6');
});

test('3.19: the sentence about stamping is ours; お知らせ一覧 has every line of the screen', async ({ page }) => {
	await page.goto('/3-19-password-reissue/');
	const main = page.locator('main .sl-markdown-content');
	await expect(main).not.toContainText('印刷して記入し、事業所の届出印を押印して郵送します。');
	await expect(main.locator('[data-our-note]').filter({ hasText: '押印' })).toBeVisible();
	const n = noticeListSample.value;
	const screen = main.locator('.ch3-filters').locator('..');
	for (const text of [n.lastLogin, n.clock, n.targetLabel, ...n.targets, n.dateRange.text, n.keyword, ...n.buttons, n.count]) {
		await expect(screen).toContainText(text);
	}
	expect(await axeViolations(page)).toEqual([]);
});

test('2.3.1 step 2: the login URL as the manual prints it, our note on 3.11, and the copy button gives 3.11’s form', async ({ page }) => {
	await page.goto('/2-3-1-change-password/');
	const step = page.locator('#step-2');
	await expect(step.locator('code.url').first()).toHaveText(systemLoginAsPrinted.value);
	await expect(step.locator('.url-copy button[data-copy]').first()).toHaveAttribute('data-copy', systemLogin.value);
	await expect(step.locator('[data-our-note]').first()).toContainText('3.11');
});

test('the URL tool page says nothing the manual does not: no claim that the URL opens with or without 「/」', async ({ page }) => {
	await page.goto('/tools/url/');
	await expect(page.locator('main')).not.toContainText('があってもなくても');
	await expect(page.locator('main [data-our-note]').first()).toContainText('3.11');
});

test('the glossary credits each sentence to its own section (3 years: 2.2.4; 3.7’s own words)', async ({ page }) => {
	await page.goto('/glossary/');
	const client = page.locator('section.glossary__entry').filter({ has: page.locator('#client-certificate') });
	await expect(client.locator('p').filter({ hasText: `クライアント証明書の有効期間は${clientCertValidityYears.value}年です。` })).toContainText('2.2.4');
	const issuance = page.locator('section.glossary__entry').filter({ has: page.locator('#certificate-issuance-id') });
	await expect(issuance.locator('p').first()).toHaveText('証明書発行用 ID は事業所番号と同じです。');
	await expect(issuance.locator('p').filter({ hasText: '証明書発行用パスワードは' })).toContainText('2.1');
});
