/**
 * Characters named so that a user can tell them apart in plain text: a space, a full-width
 * space and a line break look like nothing, ｈ and h look alike. Used by the diff displays
 * (never colour alone: each difference is also said in words).
 */

const NAMES: Record<string, string> = {
	' ': '半角スペース',
	'\u3000': '全角スペース',
	'\n': '改行',
	'\r': '改行',
	'\t': 'タブ',
	'\u00a0': '空白（ノーブレークスペース）',
	'\u200b': '見えない文字（ゼロ幅スペース）',
	'\u200c': '見えない文字',
	'\u200d': '見えない文字',
	'\u2060': '見えない文字',
	'\ufeff': '見えない文字',
};

/** True for characters a reader cannot see on screen. */
export function isInvisible(ch: string): boolean {
	return ch in NAMES || /^\s$/u.test(ch) || /^\p{Cc}$/u.test(ch) || /^\p{Cf}$/u.test(ch);
}

/** Full-width ASCII (Ａ, １, ：, ／ …): what a Japanese IME types in 全角英数 mode. */
export function isFullWidthAscii(ch: string): boolean {
	const code = ch.codePointAt(0) ?? 0;
	return code >= 0xff01 && code <= 0xff5e;
}

/** 「h」, 半角スペース, 改行 …: a name that says what the character is. */
export function charName(ch: string): string {
	const named = NAMES[ch];
	if (named) return named;
	if (isInvisible(ch)) return `見えない文字（U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）`;
	if (isFullWidthAscii(ch)) return `全角の「${ch}」`;
	return `「${ch}」`;
}

/** A run of characters: 「/certsrv/」 when all are visible, else each named (半角スペース・改行). */
export function runName(text: string): string {
	const chars = Array.from(text);
	if (chars.every((c) => !isInvisible(c) && !isFullWidthAscii(c))) return `「${text}」`;
	if (chars.every((c) => isFullWidthAscii(c))) return `全角の「${text}」`;
	return chars.map(charName).join('・');
}

/** What to show in a diff cell for a character: visible symbols for invisible characters. */
export function visibleChar(ch: string): string {
	switch (ch) {
		case ' ':
			return '␣';
		case '\u3000':
			return '□';
		case '\n':
		case '\r':
			return '⏎';
		case '\t':
			return '⇥';
		default:
			return isInvisible(ch) ? '◇' : ch;
	}
}
