import { test, expect } from '@playwright/test';
import type { Element, Nodes, Root } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtTree, contentPages } from './site';
import { sections, sectionPath } from '../../src/sections';
import { normalize, readManual } from '../unit/manual-text';

/**
 * The pages say what the manual says, to the letter: every line of a drawn screen or letter
 * (ScreenText) and every bracketed screen label ([追加], 【設定】) of chapters 1 and 2 is found in
 * the manual's text. Our own words inside a drawing are marked `sx-ours` and left out, as are
 * screen-reader hints (.sr-only), callout numbers (①) and decorations (aria-hidden).
 * And no OCR slip that DESIGN.md lists is left on any page. Read from the built HTML: no browser.
 */

/** The manual as comparable text: OCR slips fixed, its Markdown links and autolinks unwrapped. */
const manual = normalize(
	readManual()
		.replace(/\[([^\]]*)\]\(#\)/gu, '$1')
		.replace(/<(https?:[^>]+)>/gu, '$1')
		.replaceAll('**', ''),
);

const chapterOneAndTwo = sections.filter((s) => s.chapter !== 3).map(sectionPath);

const isElement = (n: Nodes): n is Element => n.type === 'element';

/** A copy of `node` without the descendants that match `skip`. */
function without(node: Element, skip: string): Element {
	return { ...node, children: node.children.filter((c) => !(isElement(c) && matches(skip, c))).map((c) => (isElement(c) ? without(c, skip) : c)) };
}

/** The innermost lines of the drawings, our own words and decorations left out, each with its pieces. */
function drawnLines(tree: Root): Array<{ line: string; parts: string[] }> {
	const LINE = 'p, li, td, th, .sx-field';
	const SKIP = '.sr-only, .sx-ours, .sx-mark, [aria-hidden="true"], script';
	const out: Array<{ line: string; parts: string[] }> = [];
	const visit = (node: Element): void => {
		if (matches(SKIP, node)) return;
		const inner = node.children.some((c) => isElement(c) && (matches(LINE, c) || select(LINE, c) !== undefined));
		if (matches(LINE, node) && !inner) {
			const copy = without(node, SKIP);
			out.push({ line: toString(copy), parts: copy.children.map((c) => toString(c)).filter((t) => t.trim()) });
			return;
		}
		for (const c of node.children) if (isElement(c)) visit(c);
	};
	for (const body of selectAll('figure.screen-text .screen-text__body', tree)) for (const c of body.children) if (isElement(c)) visit(c);
	return out;
}

test('the drawings are read (the checks below cannot pass on nothing)', () => {
	const counts = chapterOneAndTwo.map((path) => drawnLines(builtTree(path)).length);
	expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
	expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
});

for (const path of chapterOneAndTwo) {
	test(`${path}: drawn screens and letters quote the manual`, () => {
		const missing = drawnLines(builtTree(path))
			.filter(({ line }) => line.trim() !== '')
			// A line of a drawing may join pieces the manual prints apart (【発行済み:】…【1件】).
			.filter(({ line, parts }) => !manual.includes(normalize(line)) && !parts.every((p) => manual.includes(normalize(p))))
			.map(({ line }) => line.trim());
		expect(missing).toEqual([]);
	});

	test(`${path}: every bracketed screen label is the manual's`, () => {
		const texts = selectAll('.sl-markdown-content ol.sl-steps, .sl-markdown-content .starlight-aside', builtTree(path)).map((el) =>
			toString(without(el, 'figure, .screen-note, .sr-only, button')),
		);
		const labels = new Set(texts.flatMap((t) => t.match(/\[[^\]\n]+\]|【[^】\n]+】/gu) ?? []));
		const unknown = [...labels].filter((label) => !manual.includes(normalize(label)));
		expect(unknown).toEqual([]);
	});
}

/** DESIGN.md's OCR slips: none may reach a page. */
const SLIPS = ['入らし', '事象所', 'AA04!', '目 補足', '\\$', '(https) を必要とする', '【 証 明 書 】', '🔵', '🔴', '1.0月'];

test('no page carries an OCR slip', () => {
	const found: string[] = [];
	for (const path of contentPages()) {
		const main = select('main', builtTree(path));
		expect(main, path).toBeDefined();
		const text = toString(without(main!, 'script, style, template'));
		for (const slip of SLIPS) if (text.includes(slip)) found.push(`${path}: ${slip}`);
		// かがわ alone (not かながわ, 香川) is the OCR's dropped な.
		if (/(?<!な)かがわシステム/u.test(text)) found.push(`${path}: かがわシステム`);
	}
	expect(found).toEqual([]);
});
