import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { test, expect } from './fixtures';
import { builtTree, contentPages, onePageOfEachKind } from './site';

/**
 * A page's main text as the HTML carries it (no script, style or template; no step picture's drawn
 * screen (issue 15): it shows the screen as it was, 「…準備をしています…」 included, not the page's words).
 */
function mainText(path: string): string {
	const main = select('main', builtTree(path));
	if (!main) return '';
	for (const el of selectAll('script, style, template, .pic-screen', main)) el.children = [];
	return toString(main).trim();
}

test('every page carries its heading and text in its HTML, and no 「…しています…」 or 「読み込み中」', () => {
	for (const path of contentPages()) {
		expect(select('main h1', builtTree(path)), `${path}: no heading`).toBeTruthy();
		const text = mainText(path);
		expect(text.length, `${path} shows too little text without JavaScript`).toBeGreaterThan(40);
		expect(text, path).not.toMatch(/しています…|読み込み中/u);
	}
});

/** Issue 9: every page is readable with JavaScript disabled (simulations fall back to their steps). */
test.use({ javaScriptEnabled: false });

/**
 * The browser shows what the HTML carries as its CSS decides: one page of each kind (same scripts,
 * islands and stylesheets), each loaded once for both checks (issue 9: readable; issue 17: what
 * needs JavaScript is not shown, and nothing claims to be working on something).
 */
test('every kind of page is readable without JavaScript, shows no control that needs it, and no 「…しています…」 or 「読み込み中…」', async ({ page }) => {
	test.setTimeout(120_000);
	for (const path of onePageOfEachKind(contentPages())) {
		await page.goto(path);
		const main = page.locator('main');
		await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
		const text = (await main.innerText()).trim();
		expect(text.length, `${path} shows too little text without JavaScript`).toBeGreaterThan(40);
		await expect(page.locator('.copy-button:visible'), `${path}: a copy button`).toHaveCount(0);
		await expect(page.locator('[data-landing-search]:visible'), `${path}: the search form`).toHaveCount(0);
		// A step's picture (issue 15) draws the screen as it was, 「…準備をしています…」 included: not the page's words.
		const own = await main.evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			for (const drawn of copy.querySelectorAll('.pic-screen')) drawn.remove();
			return copy.textContent ?? '';
		});
		expect(own, path).not.toMatch(/しています…|読み込み中/u);
	}
	await page.goto('/practice/record/');
	await expect(page.getByRole('button', { name: '記録を印刷する' })).toBeHidden();
	await expect(page.getByRole('button', { name: '記録を消す' })).toBeHidden();
	// The 404 page as the host serves it for a missing address (its status would be a console error here).
	await page.goto('/404.html');
	await expect(page.locator('[data-landing-search]')).toBeHidden();
});
