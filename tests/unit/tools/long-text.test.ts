import { describe, expect, it } from 'vitest';
import { afterPaste, cutNote, isCut, shownPart, SHOWN_CHARACTERS } from '../../../src/tools/long-text';

describe('a long paste into a tool (issue 17: cap what is shown, not what is checked)', () => {
	it('shows a short text whole and a long one from its start', () => {
		expect(shownPart('https://example.jp/')).toBe('https://example.jp/');
		expect(isCut('a'.repeat(SHOWN_CHARACTERS))).toBe(false);
		const long = 'あ'.repeat(100_000);
		expect(isCut(long)).toBe(true);
		expect(shownPart(long)).toBe('あ'.repeat(SHOWN_CHARACTERS));
	});

	it('never cuts a character in two (an emoji or a rare kanji outside the basic plane)', () => {
		const text = 'a'.repeat(SHOWN_CHARACTERS - 1) + '😀' + 'b'.repeat(10);
		const shown = shownPart(text);
		expect(shown).toBe('a'.repeat(SHOWN_CHARACTERS - 1));
		expect(shown.isWellFormed()).toBe(true);
	});

	it('puts a paste where the selection was', () => {
		expect(afterPaste('https://X/', 8, 9, 'example.jp')).toBe('https://example.jp/');
		expect(afterPaste('abc', null, null, 'def')).toBe('abcdef');
		expect(afterPaste('abc', 1, 1, 'Z')).toBe('aZbc');
	});

	it('says how long the paste is, how much of it the tool reads, and how to start again', () => {
		const note = cutNote('x'.repeat(100_000), {
			clear: '消す',
			checked: 4000,
			verb: '確かめる',
		});
		expect(note).toContain('100,000 文字');
		expect(note).toContain(`初めの ${SHOWN_CHARACTERS.toLocaleString('ja-JP')} 文字だけを表示`);
		expect(note).toContain('確かめるのは初めの 4,000 文字です');
		expect(note).toContain('［消す］');
		expect(
			cutNote('x'.repeat(3000), {
				clear: '消す',
				checked: 4000,
				verb: '確かめる',
			}),
		).toContain('確かめるのは全文です');
		expect(
			cutNote('x'.repeat(3000), {
				clear: '消す',
				checked: SHOWN_CHARACTERS,
				verb: '探す',
			}),
		).toContain('探すのは表示している部分です');
	});
});
