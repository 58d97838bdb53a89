import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { test, expect, axeViolations } from './fixtures';
import { DIST } from './site';
import { sections, type Section } from '../../src/sections';
import { scenarioOfSection } from '../../src/sim/scenarios/catalog';
import type { Scenario } from '../../src/sim/scenarios/types';

/**
 * Every step's picture (issue 15), read from the build: each picture marks only controls its
 * step's text names (by the manual's label), and a step the lesson practises keeps a 「画面」 note
 * instead of a picture only where the README says so. Then, in a browser, one page: axe, and
 * that it prints with its pictures. Every other pictured page's axe check is its run in
 * tests/a11y/every-page.spec.ts (the whole page, at 1366×768 as here).
 */

/** The page's text with its pictures, without the simulation (checked in its lesson's test). */
const PICTURES = { include: ['.sl-markdown-content'], exclude: ['.sim'] };

const pictured = ['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '3.1', '3.9', '3.10', '3.14', '3.15', '3.16', '3.17', '3.18'] as const;

/** Steps with a lesson step whose picture is still words (listed in the README, with the reason). */
const keptNotes: Readonly<Record<string, readonly string[]>> = {
	// Edge's offer to save the password (its [なし]): the lesson starts with it answered.
	'3.15': ['step-1'],
};

/** The manual's words for a label, as the step's text writes them (no access key, no colon). */
const bare = (label: string) => label.replace(/\s*\([A-Z]\)\s*:?$/u, '').replace(/[:：]$/u, '').trim();
const squeeze = (s: string) => s.replace(/\s+/gu, '');

const circled = (n: number) => String.fromCodePoint(0x2460 + n - 1);

/**
 * Where the step's text numbers the controls (「[▼]を選択し (①)」), a mark numbered n is named just
 * before one of the text's n: after the number before it. A text without that number is not checked.
 */
function numberedInText(text: string, label: string, n: number): boolean {
	const numbers = /[\u2460-\u2473]/gu;
	let previous = 0;
	for (const hit of text.matchAll(numbers)) {
		if (hit[0] === circled(n) && text.slice(previous, hit.index).includes(label)) return true;
		previous = hit.index + 1;
	}
	return !text.includes(circled(n));
}

function stepText(li: Element): string {
	const copy = structuredClone(li);
	copy.children = copy.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'figure')));
	const strip = (el: Element) => {
		el.children = el.children.filter((c) => !(c.type === 'element' && (c.tagName === 'figure' || c.tagName === 'ol')));
		for (const c of el.children) if (c.type === 'element') strip(c);
	};
	strip(copy);
	return toString(copy);
}

function page(section: Section) {
	return fromHtml(readFileSync(join(DIST, section.slug, 'index.html'), 'utf8'));
}

async function lesson(n: string): Promise<Scenario> {
	const id = scenarioOfSection[n as keyof typeof scenarioOfSection]!;
	return JSON.parse(readFileSync(join(import.meta.dirname, '../../src/sim/scenarios/data', `${id}.json`), 'utf8')) as Scenario;
}

test.describe('step pictures', () => {
	for (const n of pictured) {
		const section = sections.find((s) => s.number === n)!;
		test(`${n}: every picture marks what its step names, and every practised step has its picture`, async () => {
			const tree = page(section);
			const figures = selectAll('figure.pic', tree);
			expect(figures.length).toBeGreaterThan(0);
			const wrong: string[] = [];
			for (const li of selectAll('li[id^="step-"]', tree)) {
				const own = selectAll(':scope > figure.pic, :scope > * > figure.pic', li).filter((f) => f.properties['dataPicStep'] === li.properties['id']);
				const text = squeeze(stepText(li));
				for (const f of own) {
					const marks = JSON.parse(String(f.properties['dataPicMarks'])) as string[];
					expect(marks.length).toBeGreaterThan(0);
					const numbers = JSON.parse(String(f.properties['dataPicNumbers'])) as number[];
					marks.forEach((m, k) => {
						if (!text.includes(squeeze(bare(m)))) wrong.push(`${li.properties['id']}: [${m}] is not in its text`);
						else if (numbers[k] && !numberedInText(text, squeeze(bare(m)), numbers[k])) wrong.push(`${li.properties['id']}: [${m}] is ${circled(numbers[k])} in the picture, not in its text`);
					});
				}
			}
			expect(wrong).toEqual([]);
			// A 「画面」 note left where the lesson has the step: only the listed ones.
			const s = await lesson(n);
			const practised = new Set(s.steps.filter((x) => x.section === n && x.anchor && !x.optional).map((x) => x.anchor!));
			const notes = selectAll('p.screen-note', tree).map((note) => {
				let id = '';
				for (const li of selectAll('li[id^="step-"]', tree)) if (selectAll('p.screen-note', li).includes(note)) id = String(li.properties['id']);
				return id;
			});
			const unexpected = notes.filter((id) => practised.has(id) && !(keptNotes[n] ?? []).includes(id));
			expect(unexpected).toEqual([]);
			for (const f of figures) expect(practised.has(String(f.properties['dataPicStep']))).toBe(true);
			expect(select('figure.pic figcaption', tree)).toBeTruthy();
		});
	}

	test('a picture holds no form field (Chrome would lay out every lazy picture while the page loads)', () => {
		for (const n of pictured) {
			const fields = selectAll('figure.pic :is(input, select, textarea)', page(sections.find((s) => s.number === n)!));
			expect(fields.map((f) => f.tagName), n).toEqual([]);
		}
	});

	test('a pictured page stays within issue 15\'s HTML budget (250 KB gzipped)', () => {
		for (const n of pictured) {
			const slug = sections.find((s) => s.number === n)!.slug;
			expect(gzipSync(readFileSync(join(DIST, slug, 'index.html'))).length, n).toBeLessThanOrEqual(250_000);
		}
	});

	test('2.2.1 is axe-clean with its pictures, and prints them', async ({ page: p }) => {
		test.setTimeout(120_000);
		await p.setViewportSize({ width: 1366, height: 768 });
		await p.goto('/2-2-1-ie-mode/');
		expect(await axeViolations(p, PICTURES)).toEqual([]);
		// [画面全体を見る]: the same drawing, opened over the page, shows the whole screen (1024×640).
		const first = p.locator('figure.pic').first();
		await first.getByRole('button', { name: '画面全体を見る' }).click();
		const opened = p.locator('.pic-crop:popover-open');
		await expect(opened).toHaveCount(1);
		const screen = await opened.locator('.sim-screen').boundingBox();
		expect(screen!.width).toBeGreaterThanOrEqual(1000);
		expect(screen!.height).toBeGreaterThanOrEqual(600);
		await p.keyboard.press('Escape');
		await expect(opened).toHaveCount(0);
		await p.emulateMedia({ media: 'print' });
		// Every picture is drawn in print, with its marks (one look at the laid-out page).
		const drawn = await p.locator('figure.pic').evaluateAll((figures) =>
			figures.map((f) => ({
				height: f.querySelector('.pic-crop')?.getBoundingClientRect().height ?? 0,
				marks: f.querySelectorAll('.pic-crop [data-pic-n]').length,
				hidden: getComputedStyle(f).display === 'none',
			})),
		);
		expect(drawn.length).toBeGreaterThan(8);
		expect(drawn.filter((d) => d.hidden || d.height < 100 || d.marks === 0)).toEqual([]);
	});
});
