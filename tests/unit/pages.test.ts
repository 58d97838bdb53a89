import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sections, sectionTitle, shortSlug } from '../../src/sections';
import { glossary } from '../../src/data/glossary';
import { revisions } from '../../src/data/revisions';
import { normalize, readManual, tableOfContents } from './manual-text';
import { anchorSteps } from '../../src/lib/step-anchors';

/**
 * The manual's pages as sources: every section has its MDX page titled with its number and the
 * manual's heading, and the data the front and back matter are drawn from (glossary, revision
 * history) says what the manual says. The built pages are checked in tests/e2e/pages*.spec.ts.
 */
const DOCS = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));
const manualText = readManual();
const manual = normalize(manualText);

function frontmatterTitle(file: string): string | undefined {
	const source = readFileSync(file, 'utf8');
	const block = /^---\n([\s\S]*?)\n---/u.exec(source)?.[1] ?? '';
	return /^title:\s*(.+)$/mu.exec(block)?.[1]?.trim();
}

describe('every section of the manual has its page', () => {
	test.each(sections.map((s) => [s.number, s] as const))('%s has an MDX page titled 「number title」', (_n, s) => {
		const file = `${DOCS}${s.slug}.mdx`;
		expect(existsSync(file), `missing page src/content/docs/${s.slug}.mdx`).toBe(true);
		expect(frontmatterTitle(file)).toBe(sectionTitle(s));
	});

	test('the sections are the manual’s table of contents, every entry, in its order', () => {
		// The OCR's screenshot residue in 3.15's heading (a drawn check box) is not part of the title.
		const heading = (h: string) => normalize(h.replace(/\[<input[^>]*\/>\s*|\]|。$/gu, ''));
		const toc = tableOfContents(manualText);
		expect(toc.length).toBeGreaterThan(30);
		expect(sections.map((s) => s.number)).toEqual(toc.map((e) => e.number));
		for (const [i, entry] of toc.entries()) expect(normalize(sections[i]!.title), entry.number).toBe(heading(entry.heading));
	});

	test('slugs are ASCII, keep the number, and short links are unique', () => {
		for (const s of sections) {
			expect(s.slug).toMatch(/^[a-z0-9-]+$/);
			expect(s.slug.startsWith(`${shortSlug(s.number)}-`), s.slug).toBe(true);
		}
		expect(new Set(sections.map((s) => shortSlug(s.number))).size).toBe(sections.length);
	});

	test('every heading is in the manual (its table of contents or its text)', () => {
		for (const s of sections) {
			expect(manual.includes(normalize(sectionTitle(s))), sectionTitle(s)).toBe(true);
		}
	});
});

/** The rows of one of the manual's two tables (■ 用語 / ■ 略称): [term, explanation]. */
function manualTable(start: string, end: string): Array<[string, string]> {
	const from = manualText.indexOf(start);
	const to = manualText.indexOf(end, from);
	return manualText
		.slice(from + start.length, to)
		.split('\n')
		.filter((line) => line.includes('\t'))
		.map((line) => line.split('\t').map((cell) => cell.trim()) as [string, string])
		.slice(1); // the table's own header row
}

describe('用語・略称 (src/data/glossary.ts)', () => {
	const terms = manualTable('■ 用語', '■ 略称');
	const abbreviations = manualTable('■ 略称', '■ マークと記号');

	test('the manual has the tables this test reads', () => {
		expect(terms.length).toBe(8);
		expect(abbreviations.length).toBe(10);
	});

	test.each([...terms.map((r) => ['用語', ...r] as const), ...abbreviations.map((r) => ['略称', ...r] as const)])(
		'%s 「%s」 is in the glossary with the manual\'s words',
		(kind, term, explanation) => {
			const entry = glossary.find((e) => e.kind === kind && normalize(e.term) === normalize(term));
			expect(entry, `${kind} ${term}`).toBeDefined();
			expect(normalize(entry!.explanation)).toBe(normalize(explanation));
			expect(entry!.source).toBe('about');
		},
	);

	test('the terms the chapters explain are explained in the manual\'s own sentences', () => {
		for (const e of glossary.filter((g) => g.source !== 'about')) {
			for (const sentence of e.explanation.split('。').filter((x) => x.trim())) {
				expect(manual.includes(normalize(sentence)), `${e.term}: ${sentence}`).toBe(true);
			}
		}
	});

	test('anchors are ASCII, unique and stable (地活 is #chikatsu)', () => {
		for (const e of glossary) expect(e.id).toMatch(/^[a-z][a-z0-9-]*$/);
		expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
		expect(glossary.find((e) => e.term === '地活')?.id).toBe('chikatsu');
		expect(glossary.find((e) => e.term === '連合会')?.id).toBe('rengokai');
	});

	test('every cross-reference points at an entry', () => {
		const ids = new Set(glossary.map((e) => e.id));
		for (const e of glossary) if (e.see) expect(ids.has(e.see), `${e.id} → ${e.see}`).toBe(true);
	});
});

describe('改版履歴 (src/data/revisions.ts)', () => {
	test('every place and change is printed in the manual', () => {
		for (const r of revisions) {
			expect(manual.includes(normalize(`${r.version}${r.date}`)), `${r.version} ${r.date}`).toBe(true);
			for (const row of r.rows) {
				for (const text of [...row.places, ...row.changes]) expect(manual.includes(normalize(text)), text).toBe(true);
			}
		}
	});

	test('editions are in order, the last one is the edition this site follows', () => {
		const versions = revisions.map((r) => Number(r.version));
		expect([...versions].sort((a, b) => a - b)).toEqual(versions);
		expect(revisions.at(-1)?.version).toBe('3.2');
	});

	test('no change of the printed history is left out', () => {
		// Every 変更内容 line of the printed table (lines with a tab that are not headers).
		const from = manualText.indexOf('改版履歴');
		const to = manualText.indexOf('目次');
		const printed = manualText
			.slice(from, to)
			.split('\n')
			.filter((l) => l.includes('\t') && !l.startsWith('版\t'))
			.flatMap((l) => l.split('\t').map((c) => c.trim()).filter(Boolean))
			.filter((c) => /(追加|追記|修正|削除|差替え)/u.test(c) && !/^\d\.\d/u.test(c));
		// A printed cell may hold two of our lines (「ポイント、注意を追加 パスワードの有効期限を…」).
		const ours = revisions.flatMap((r) => r.rows.map((row) => normalize(row.changes.join('')))).join('|');
		expect(printed.length).toBeGreaterThan(20);
		for (const cell of printed) expect(ours.includes(normalize(cell)), `missing from src/data/revisions.ts: ${cell}`).toBe(true);
	});
});

describe('asides of one step', () => {
	test('two of one kind in one step get different names (2.2.2 step 2 has two 補足)', () => {
		const aside = `<aside aria-label="補足" class="starlight-aside starlight-aside--note"><p>…</p></aside>`;
		const html = anchorSteps(`<ol><li><p>一</p></li><li><p>二</p>${aside}<p>…</p>${aside}</li></ol>`);
		const labels = [...html.matchAll(/<aside aria-label="([^"]+)"/gu)].map((m) => m[1]);
		expect(labels).toEqual(['補足（手順 2）', '補足（手順 2、2 つ目）']);
	});
});
