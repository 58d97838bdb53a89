import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { passwordMaxLength, passwordMinLength, passwordSymbols, symbolsNotInList, yenKey } from '../../../src/facts';
import { checkPassword, classifyChar, type PasswordReport } from '../../../src/tools/password-check';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const problems = (r: PasswordReport) => r.problems.map((p) => p.code);
const notes = (r: PasswordReport) => r.notes.map((n) => n.code);

/** n characters with upper, lower and digit: 3 kinds, so only the length decides. */
const ofLength = (n: number) => 'Ab1' + 'x'.repeat(Math.max(0, n - 3));

describe('length: 半角 8～30 文字', () => {
	test.each([
		[7, ['too-short']],
		[8, []],
		[30, []],
		[31, ['too-long']],
	])('%i characters', (n, expected) => {
		const r = checkPassword(ofLength(n));
		expect(r.length).toBe(n);
		expect(problems(r)).toEqual(expected);
		expect(r.ok).toBe(expected.length === 0);
	});

	test('the bounds are the facts', () => {
		expect(passwordMinLength.value).toBe(8);
		expect(passwordMaxLength.value).toBe(30);
	});

	test('says how many characters are missing or too many', () => {
		expect(checkPassword(ofLength(5)).problems[0]!.message).toContain('あと 3 文字');
		expect(checkPassword(ofLength(33)).problems[0]!.message).toContain('3 文字多すぎます');
	});

	test('an empty field asks for a password', () => {
		expect(problems(checkPassword(''))).toEqual(['empty']);
	});

	test('characters are counted as a person counts them (a surrogate pair is one)', () => {
		expect(checkPassword('Ab1xxxx😀').length).toBe(8);
	});
});

describe('kinds: 3 of 英大文字・英小文字・数字・記号', () => {
	test.each([
		['abcdefgh', 1, false],
		['abcdefg1', 2, false],
		['ABCDEFG!', 2, false],
		['Abcdefg1', 3, true],
		['abcdefg1!', 3, true],
		['ABCDEFG1!', 3, true],
		['Abcdef1!', 4, true],
	])('%s has %i kinds', (pw, kinds, ok) => {
		const r = checkPassword(pw);
		expect(r.kindCount).toBe(kinds);
		expect(r.ok).toBe(ok);
		expect(problems(r).includes('few-kinds')).toBe(!ok);
	});

	test('reports which kinds are present and which are missing', () => {
		const r = checkPassword('abcdefg1');
		expect(r.kinds).toEqual({ upper: false, lower: true, digit: true, symbol: false });
		expect(r.problems[0]!.message).toContain('英小文字・数字');
		expect(r.problems[0]!.message).toContain('まだ使っていない種類: 英大文字、記号');
	});
});

describe('symbols: exactly the manual list', () => {
	// The list's ¥ is the character the ¥ key types (U+005C), not the yen sign U+00A5.
	test.each(passwordSymbols.value.map((s) => [s === ' ' ? '半角スペース' : s, s === '¥' ? yenKey.value : s]))('%s counts as a symbol', (_name, s) => {
		expect(classifyChar(s)).toBe('symbol');
		const r = checkPassword(`Abcdefg${s}`);
		expect(r.kinds.symbol).toBe(true);
		expect(r.ok).toBe(true);
	});

	test('the list has the half-width space first and ¥, 31 symbols', () => {
		expect(passwordSymbols.value[0]).toBe(' ');
		expect(passwordSymbols.value).toContain('¥');
		expect(passwordSymbols.value).toHaveLength(31);
	});

	test('U+005C typed by the ¥ key counts as the manual ¥, with a note only while the password is shown', () => {
		expect(yenKey.value).toBe('\u005c');
		const hidden = checkPassword('abcdefg1\\');
		expect(hidden.kinds.symbol).toBe(true);
		expect(hidden.ok).toBe(true);
		expect(notes(hidden)).not.toContain('yen-key');
		expect(notes(checkPassword('abcdefg1\\', { reveal: true }))).toContain('yen-key');
	});

	test('the yen sign U+00A5 (pasted, looks the same) is flagged: the ¥ key does not type it', () => {
		const report = checkPassword('Abcdefg1\u00a5');
		expect(report.ok).toBe(false);
		expect(problems(report)).toEqual(['yen-sign']);
		expect(report.problems[0]!.message).toContain('¥ キーで入力される文字と違います');
	});

	test.each(symbolsNotInList.value.map((s) => [s]))("%s is not in the list: a problem that names it when shown", (s) => {
		expect(classifyChar(s)).toBe('unlisted-symbol');
		const shown = checkPassword(`Abcdefg1${s}`, { reveal: true });
		expect(shown.ok).toBe(false);
		expect(problems(shown)).toEqual(['unlisted-symbol']);
		expect(shown.problems[0]!.message).toContain(`「${s}」`);
		// Still not a symbol kind: 'abcdefg' + ' has one kind only.
		expect(checkPassword(`abcdefgh${s}`).kinds.symbol).toBe(false);
	});
});

describe('full-width and other characters', () => {
	test.each([['Ａbcdefg1'], ['Abcdefg１'], ['Abcdefg1！'], ['Abcdefg1\u3000'], ['パスワードAb1'], ['漢字Abcd12']])('%s: full-width is refused, with how to fix it', (pw) => {
		const r = checkPassword(pw);
		expect(problems(r)).toContain('full-width');
		expect(r.problems.find((p) => p.code === 'full-width')!.message).toContain('日本語入力をオフ');
	});

	test('a hidden password is never shown in a message; a shown one names the characters', () => {
		const message = (r: PasswordReport) => r.problems.find((p) => p.code === 'full-width')!.message;
		const hidden = checkPassword('Ａbcdefg1');
		expect(message(hidden)).not.toContain('Ａ');
		expect(message(hidden)).toContain('1 文字');
		expect(message(checkPassword('Ａbcdefg1', { reveal: true }))).toContain('Ａ');
	});

	test.each([['Abcdefg1\t'], ['Abcdéfg1'], ['Abcdefg1😀']])('%s: other characters are not allowed', (pw) => {
		expect(problems(checkPassword(pw))).toContain('not-allowed');
	});
});

describe('warnings', () => {
	test('leading or trailing spaces are easy to miss', () => {
		expect(checkPassword(' Abcdefg1').notes.find((n) => n.code === 'edge-space')!.message).toContain('先頭');
		expect(checkPassword('Abcdefg1 ').notes.find((n) => n.code === 'edge-space')!.message).toContain('末尾');
		expect(notes(checkPassword('Abcd efg1'))).not.toContain('edge-space');
	});

	test('Caps Lock where the browser can tell', () => {
		expect(notes(checkPassword('Abcdefg1', { capsLock: true }))).toContain('caps-lock');
		expect(notes(checkPassword('Abcdefg1', { capsLock: false }))).not.toContain('caps-lock');
		expect(notes(checkPassword('Abcdefg1'))).not.toContain('caps-lock');
	});

	test('always reminds that case matters', () => {
		expect(notes(checkPassword('Abcdefg1'))).toContain('case-sensitive');
	});
});

/**
 * The policy, restated from the manual for the property: allowed characters, length, kinds. The
 * list's ¥ is what the ¥ key types (U+005C); the yen sign U+00A5 is not allowed (issue 17).
 */
const ALLOWED = new Set<string>([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', ...passwordSymbols.value.filter((c) => c !== '\u00a5'), yenKey.value]);
function policy(pw: string): boolean {
	const chars = Array.from(pw);
	const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => chars.some((c) => re.test(c))).length + (chars.some((c) => ALLOWED.has(c) && !/[A-Za-z0-9]/.test(c)) ? 1 : 0);
	return chars.length >= 8 && chars.length <= 30 && chars.every((c) => ALLOWED.has(c)) && kinds >= 3;
}

describe('properties (fast-check)', () => {
	const anyChars = fc.string({ unit: 'binary', maxLength: 40 });
	const policyChars = fc.string({ unit: fc.constantFrom(...'Aa1!¥\\ \'`Ｚ１ぱ\t'.split('')), maxLength: 35 });

	test('no input ever throws', () => {
		fc.assert(
			fc.property(fc.oneof(anyChars, policyChars), fc.boolean(), fc.option(fc.boolean(), { nil: undefined }), (pw, reveal, capsLock) => {
				const r = checkPassword(pw, { reveal, capsLock });
				expect(r.length).toBe(Array.from(pw).length);
			}),
		);
	});

	test('the verdict is the manual policy, and a hidden report never contains the password', () => {
		fc.assert(
			fc.property(fc.oneof(anyChars, policyChars), (pw) => {
				const r = checkPassword(pw);
				expect(r.ok).toBe(policy(pw));
				expect(r.ok).toBe(r.problems.length === 0);
				if (Array.from(pw).length >= 4) {
					for (const m of [...r.problems, ...r.notes]) expect(m.message).not.toContain(pw);
				}
			}),
			{ numRuns: 500 },
		);
	});
});
