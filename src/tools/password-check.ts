import {
	passwordKinds,
	passwordMaxLength,
	passwordMinKinds,
	passwordMinLength,
	passwordSymbols,
	symbolsNotInList,
	yenKey,
} from '../facts';
import { charName } from './char-names';

/**
 * The new-password checker: the policy of 2.3.1 step 10 注意 (半角 8~30 文字; at least 3 of
 * 英大文字, 英小文字, 数字, 記号 from the manual's exact list; case-sensitive) and 3.6 注意
 * (no full-width; turn the Japanese IME off; Caps Lock). Nothing here stores, sends or logs
 * the password: it is a pure function of its argument.
 */

export type PasswordKind = 'upper' | 'lower' | 'digit' | 'symbol';
export const PASSWORD_KINDS: readonly PasswordKind[] = ['upper', 'lower', 'digit', 'symbol'];

/** The manual's names of the four kinds, in its order. */
export const KIND_LABELS: Record<PasswordKind, string> = {
	upper: passwordKinds.value[0],
	lower: passwordKinds.value[1],
	digit: passwordKinds.value[2],
	symbol: passwordKinds.value[3],
};

export type CharClass = PasswordKind | 'yen-sign' | 'unlisted-symbol' | 'full-width' | 'not-allowed';

/** The yen sign U+00A5 as a character (pasted, or from a character map): not what the ¥ key types. */
export const YEN_SIGN = '\u00a5';

const SYMBOLS = new Set<string>(passwordSymbols.value);

/** One character of the candidate, by code point. */
export function classifyChar(ch: string): CharClass {
	if (ch >= 'A' && ch <= 'Z' && ch.length === 1) return 'upper';
	if (ch >= 'a' && ch <= 'z' && ch.length === 1) return 'lower';
	if (ch >= '0' && ch <= '9' && ch.length === 1) return 'digit';
	// The ¥ key of a Japanese keyboard types U+005C, drawn as ¥: it is the manual's ¥. The yen
	// sign U+00A5 looks the same but is another character, which the key never types (our note,
	// DESIGN.md password policy): a password set with it could not be typed at login.
	if (ch === YEN_SIGN) return 'yen-sign';
	if (SYMBOLS.has(ch) || ch === yenKey.value) return 'symbol';
	if ((symbolsNotInList.value as readonly string[]).includes(ch)) return 'unlisted-symbol';
	if (isWide(ch)) return 'full-width';
	return 'not-allowed';
}

/** Characters a Japanese IME types in 全角 mode: full-width ASCII and spaces, kana, kanji, CJK symbols. */
function isWide(ch: string): boolean {
	const c = ch.codePointAt(0) ?? 0;
	return (
		(c >= 0x3000 && c <= 0x30ff) || // CJK symbols, hiragana, katakana
		(c >= 0x3400 && c <= 0x9fff) || // kanji
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xff01 && c <= 0xff60) || // full-width ASCII
		(c >= 0xffe0 && c <= 0xffe6) || // ￠￡￢￣￤￥￦
		(c >= 0x20000 && c <= 0x3ffff)
	);
}

export type PasswordProblemCode = 'empty' | 'too-short' | 'too-long' | 'few-kinds' | 'full-width' | 'yen-sign' | 'unlisted-symbol' | 'not-allowed';
export type PasswordNoteCode = 'edge-space' | 'yen-key' | 'caps-lock' | 'case-sensitive';

export interface PasswordProblem {
	readonly code: PasswordProblemCode;
	readonly message: string;
}

export interface PasswordNote {
	readonly code: PasswordNoteCode;
	readonly severity: 'warning' | 'info';
	readonly message: string;
}

export interface PasswordReport {
	/** True when the candidate meets every rule of the policy. */
	readonly ok: boolean;
	/** Length in characters (code points), as the user counts them. */
	readonly length: number;
	readonly kinds: Readonly<Record<PasswordKind, boolean>>;
	readonly kindCount: number;
	readonly problems: readonly PasswordProblem[];
	readonly notes: readonly PasswordNote[];
}

export interface PasswordCheckOptions {
	/**
	 * Whether the field shows the password. Messages then name the offending characters;
	 * while it is hidden they only count them, so the screen never shows part of a hidden password.
	 */
	reveal?: boolean;
	/** Caps Lock state where the browser can tell (KeyboardEvent.getModifierState), else undefined. */
	capsLock?: boolean;
}

function listChars(chars: readonly string[], reveal: boolean): string {
	const unique = [...new Set(chars)];
	return reveal ? unique.map(charName).join('・') : `${chars.length} 文字`;
}

export function checkPassword(candidate: string, options: PasswordCheckOptions = {}): PasswordReport {
	const reveal = options.reveal ?? false;
	const chars = Array.from(typeof candidate === 'string' ? candidate : '');
	const classes = chars.map(classifyChar);
	const kinds: Record<PasswordKind, boolean> = { upper: false, lower: false, digit: false, symbol: false };
	for (const c of classes) if (c in kinds) kinds[c as PasswordKind] = true;
	const kindCount = PASSWORD_KINDS.filter((k) => kinds[k]).length;
	const min = passwordMinLength.value;
	const max = passwordMaxLength.value;
	const problems: PasswordProblem[] = [];
	const notes: PasswordNote[] = [];

	if (chars.length === 0) {
		problems.push({ code: 'empty', message: `パスワードを入力してください（半角 ${min}～${max} 文字）。` });
	} else if (chars.length < min) {
		problems.push({ code: 'too-short', message: `${chars.length} 文字です。あと ${min - chars.length} 文字以上必要です（半角 ${min}～${max} 文字）。` });
	} else if (chars.length > max) {
		problems.push({ code: 'too-long', message: `${chars.length} 文字です。${chars.length - max} 文字多すぎます（半角 ${min}～${max} 文字）。` });
	}

	if (chars.length > 0 && kindCount < passwordMinKinds.value) {
		const present = PASSWORD_KINDS.filter((k) => kinds[k]).map((k) => KIND_LABELS[k]);
		const missing = PASSWORD_KINDS.filter((k) => !kinds[k]).map((k) => KIND_LABELS[k]);
		problems.push({
			code: 'few-kinds',
			message: `文字の種類が ${kindCount} 種類${present.length ? `（${present.join('・')}）` : ''}です。${passwordKinds.value.join('、')}のうち ${passwordMinKinds.value} 種類以上を含めてください。まだ使っていない種類: ${missing.join('、')}。`,
		});
	}

	const wide = chars.filter((_, i) => classes[i] === 'full-width');
	if (wide.length > 0) {
		problems.push({
			code: 'full-width',
			message: `全角文字（${listChars(wide, reveal)}）は使えません。日本語入力をオフにして、半角で入力してください。`,
		});
	}
	if (classes.includes('yen-sign')) {
		problems.push({
			code: 'yen-sign',
			message:
				'「¥」（円記号の文字）は、¥ キーで入力される文字と違います。見た目は同じですが、ログインの画面で ¥ キーを押しても入力できません。この文字を消して、キーボードの ¥ キーで入力し直してください。',
		});
	}
	const unlisted = chars.filter((_, i) => classes[i] === 'unlisted-symbol');
	if (unlisted.length > 0) {
		problems.push({
			code: 'unlisted-symbol',
			message: `記号（${listChars(unlisted, reveal)}）は、マニュアルの「使用できる記号」の一覧にありません。${
				reveal ? '' : `「${symbolsNotInList.value.join('」と「')}」は使えません。`
			}一覧にある記号に替えてください。`,
		});
	}
	const other = chars.filter((_, i) => classes[i] === 'not-allowed');
	if (other.length > 0) {
		problems.push({
			code: 'not-allowed',
			message: `使えない文字（${listChars(other, reveal)}）が入っています。使えるのは半角の英大文字、英小文字、数字と、一覧にある記号です。`,
		});
	}

	const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000';
	if (isSpace(chars[0]) || isSpace(chars[chars.length - 1])) {
		const where = isSpace(chars[0]) && isSpace(chars[chars.length - 1]) ? '先頭と末尾' : isSpace(chars[0]) ? '先頭' : '末尾';
		notes.push({
			code: 'edge-space',
			severity: 'warning',
			message: `${where}が空白（スペース）です。半角スペースも記号として使えますが、画面では見えないため、入れたことを忘れたり入れ忘れたりしやすい文字です。`,
		});
	}
	// Only while shown: the note would otherwise tell an onlooker one character of a hidden password.
	if (reveal && chars.includes(yenKey.value)) {
		notes.push({
			code: 'yen-key',
			severity: 'info',
			message: '¥ キーで入力した文字（「\\」と表示されることもあります）は、一覧の「¥」として数えています。日本語のキーボードでは ¥ キーでこの文字が入力されます。',
		});
	}
	if (options.capsLock) {
		notes.push({
			code: 'caps-lock',
			severity: 'warning',
			message: '「Caps Lock」がオンです。英字が大文字で入力されます。意図した大文字・小文字になっているか確認してください。',
		});
	}
	notes.push({ code: 'case-sensitive', severity: 'info', message: '英字の大文字・小文字は区別されます。' });

	return { ok: problems.length === 0, length: chars.length, kinds, kindCount, problems, notes };
}

/** The manual's list of symbols as it prints it: 半角スペース ! " # … (¥ as ¥). */
export function symbolListText(): string {
	return passwordSymbols.value.map((s) => (s === ' ' ? '半角スペース' : s)).join(' ');
}
