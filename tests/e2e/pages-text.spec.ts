import { test, expect } from './fixtures';
import { contentPages } from './site';
import { sections, sectionPath } from '../../src/sections';
import { normalize, readManual } from '../unit/manual-text';

/**
 * The pages say what the manual says, to the letter: every line of a drawn screen or letter
 * (ScreenText) and every bracketed screen label ([追加], 【設定】) of chapters 1 and 2 is found in
 * the manual's text. Our own words inside a drawing are marked `sx-ours` and left out, as are
 * screen-reader hints (.sr-only), callout numbers (①) and decorations (aria-hidden).
 * And no OCR slip that DESIGN.md lists is left on any page.
 */

/** The manual as comparable text: OCR slips fixed, its Markdown links and autolinks unwrapped. */
const manual = normalize(
	readManual()
		.replace(/\[([^\]]*)\]\(#\)/gu, '$1')
		.replace(/<(https?:[^>]+)>/gu, '$1')
		.replaceAll('**', ''),
);

const chapterOneAndTwo = sections.filter((s) => s.chapter !== 3).map(sectionPath);

for (const path of chapterOneAndTwo) {
	test(`${path}: drawn screens and letters quote the manual`, async ({ page }) => {
		await page.goto(path);
		const lines = await page.locator('figure.screen-text .screen-text__body').evaluateAll((bodies) => {
			const LINE = 'p, li, td, th, .sx-field';
			const SKIP = '.sr-only, .sx-ours, .sx-mark, [aria-hidden="true"], script';
			const out: Array<{ line: string; parts: string[] }> = [];
			for (const body of bodies) {
				for (const el of body.querySelectorAll(LINE)) {
					if (el.querySelector(LINE) || el.matches(SKIP) || el.closest(SKIP)) continue; // innermost lines, ours left out
					const copy = el.cloneNode(true) as Element;
					for (const skip of copy.querySelectorAll(SKIP)) skip.remove();
					const parts = [...copy.childNodes].map((n) => n.textContent ?? '').filter((t) => t.trim());
					out.push({ line: copy.textContent ?? '', parts });
				}
			}
			return out;
		});
		const missing = lines
			.filter(({ line }) => line.trim() !== '')
			// A line of a drawing may join pieces the manual prints apart (【発行済み:】…【1件】).
			.filter(({ line, parts }) => !manual.includes(normalize(line)) && !parts.every((p) => manual.includes(normalize(p))))
			.map(({ line }) => line.trim());
		expect(missing).toEqual([]);
	});

	test(`${path}: every bracketed screen label is the manual's`, async ({ page }) => {
		await page.goto(path);
		const texts = await page.locator('.sl-markdown-content ol.sl-steps, .sl-markdown-content .starlight-aside').evaluateAll((els) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as Element;
				for (const skip of copy.querySelectorAll('figure, .screen-note, .sr-only, button')) skip.remove();
				return copy.textContent ?? '';
			}),
		);
		const labels = new Set(texts.flatMap((t) => t.match(/\[[^\]\n]+\]|【[^】\n]+】/gu) ?? []));
		const unknown = [...labels].filter((label) => !manual.includes(normalize(label)));
		expect(unknown).toEqual([]);
	});
}

/** DESIGN.md's OCR slips: none may reach a page. */
const SLIPS = ['入らし', '事象所', 'AA04!', '目 補足', '\\$', '(https) を必要とする', '【 証 明 書 】', '🔵', '🔴', '1.0月'];

for (const path of contentPages()) {
	test(`${path} carries none of the OCR slips`, async ({ page }) => {
		await page.goto(path);
		const text = await page.locator('main').innerText();
		const found = SLIPS.filter((slip) => text.includes(slip));
		// かがわ alone (not かながわ, 香川) is the OCR's dropped な.
		if (/(?<!な)かがわシステム/u.test(text)) found.push('かがわシステム');
		expect(found).toEqual([]);
	});
}
