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
