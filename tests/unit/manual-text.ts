import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The manual's OCR text: the ground truth every fact and step is checked against. A copy lives in
 * the repository (tests/manual/) so that a fresh clone can run the tests anywhere; the team's shared
 * seed (../shared/seed/) is the original, and tests/unit/manual-copy.test.ts keeps the two identical.
 */
export const MANUAL_PATH = fileURLToPath(new URL('../manual/000_1bcc294652773f33.txt', import.meta.url));
export const SHARED_MANUAL_PATH = fileURLToPath(new URL('../../../shared/seed/000_1bcc294652773f33.txt', import.meta.url));

/** OCR slips that would hide a quoted fact; each is fixed as DESIGN.md lists it, nothing more. */
const OCR_SLIPS: ReadonlyArray<readonly [string, string]> = [
	['\\$', '$'],
	['AA04!', 'AA041'],
	['入らし', '入力し'],
	['事象所', '事業所'],
	['かがわシステム', 'かながわシステム'],
	['(https) を必要とする', '(https:) を必要とする'],
	['令和6年1.0月', '令和6年10月'],
];

/** Width-folded, whitespace-free text: the manual's spacing and full/half width vary. */
export function normalize(text: string): string {
	return text.normalize('NFKC').replace(/\s+/gu, '');
}

export function readManual(): string {
	let text = readFileSync(MANUAL_PATH, 'utf8');
	for (const [slip, fix] of OCR_SLIPS) text = text.split(slip).join(fix);
	return text;
}

/** The manual's table of contents: every numbered entry (number and heading) between 目次 and the body. */
export function tableOfContents(text = readManual()): Array<{ number: string; heading: string }> {
	const lines = text.split('\n');
	const body = bodyStart(lines);
	const entries: Array<{ number: string; heading: string }> = [];
	for (const line of lines.slice(0, body)) {
		// 「3.9 証明書サービスでログイン画面が表示されない.....	3-16」: number, heading, page.
		const m = /^(\d\.\d+(?:\.\d+)?)\s+(.+?)[.\s]*\t\s*\d-\d+\s*$/u.exec(line);
		if (m) entries.push({ number: m[1]!, heading: m[2]!.trim() });
	}
	return entries;
}

/** Where the body begins: the second time the first section's heading is printed (the first is in 目次). */
function bodyStart(lines: readonly string[]): number {
	const first = lines.findIndex((l) => /^1\.1\s+システムの動作保証環境\s*\t/u.test(l));
	const start = lines.findIndex((l, i) => i > first && /^1\.1\s+システムの動作保証環境\s*$/u.test(l));
	if (first < 0 || start < 0) throw new Error('The manual text no longer has its table of contents and body where expected.');
	return start;
}

/**
 * The body of each numbered section, from its heading to the next one, NFKC-folded with its
 * spacing kept (so that a URL's edges can be told). Headings are taken in the table of contents'
 * order, so a number that merely starts a line (a date, a version) is not taken for one.
 */
export function sectionTexts(text = readManual()): Map<string, string> {
	const lines = text.split('\n');
	const order = tableOfContents(text).map((e) => e.number);
	const out = new Map<string, string>();
	let next = 0;
	let current: string | null = null;
	let buffer: string[] = [];
	for (const line of lines.slice(bodyStart(lines))) {
		const n = order[next];
		if (n !== undefined && new RegExp(`^${n.replaceAll('.', '\\.')}\\s`, 'u').test(line)) {
			if (current) out.set(current, buffer.join('\n').normalize('NFKC'));
			current = n;
			buffer = [];
			next += 1;
		}
		buffer.push(line);
	}
	if (current) out.set(current, buffer.join('\n').normalize('NFKC'));
	return out;
}

/**
 * Top-level numbered steps of each section as its text prints them: lines 「1.」「2.」… in order
 * (a number out of order, a cross-reference or a date, does not count).
 */
export function printedStepCounts(text = readManual()): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [number, body] of sectionTexts(text)) {
		let next = 1;
		for (const line of body.split('\n')) {
			const m = /^\s*(\d+)\.\s/u.exec(line);
			if (m && Number(m[1]) === next) next += 1;
		}
		counts.set(number, next - 1);
	}
	return counts;
}
