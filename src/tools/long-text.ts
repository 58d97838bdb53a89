/**
 * Long pastes into a tool's box (issue 17: 100,000 characters answered within 100 ms).
 * Checking 100,000 characters takes a few milliseconds; drawing them does not (Chromium needs
 * 100–400 ms to lay out that much Japanese text in a box). So a tool keeps the whole text and
 * checks all of it, and its box shows only the start.
 */

/** Past this many characters a box shows only the start; far more than any URL or message. */
export const SHOWN_CHARACTERS = 2000;

/** The part of `text` a box shows: all of it, or its first characters, never half a character. */
export function shownPart(text: string, limit = SHOWN_CHARACTERS): string {
	if (text.length <= limit) return text;
	const code = text.charCodeAt(limit - 1);
	// A surrogate pair cut in two would show as a broken character.
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** Whether a box holding `text` shows only part of it. */
export const isCut = (text: string, limit = SHOWN_CHARACTERS) => text.length > limit;

/** The box's text after a paste replaces the selection from `start` to `end`. */
export function afterPaste(value: string, start: number | null, end: number | null, pasted: string): string {
	const from = start ?? value.length;
	return value.slice(0, from) + pasted + value.slice(end ?? from);
}

/**
 * What the box says when it shows only the start: how much there is, how much the tool reads
 * (`checked`: the URL checker reads a pasted page's first 4,000 characters, the message lookup
 * its first 2,000), and how to start again.
 */
export function cutNote(
	text: string,
	{ clear, checked, verb }: { clear: string; checked: number; verb: '確かめる' | '探す' },
	limit = SHOWN_CHARACTERS,
): string {
	const n = (x: number) => x.toLocaleString('ja-JP');
	const reads = `${verb}のは${checked >= text.length ? '全文' : checked > limit ? `初めの ${n(checked)} 文字` : '表示している部分'}です`;
	return `貼り付けた文章は ${n(text.length)} 文字と長いため、初めの ${n(limit)} 文字だけを表示しています（${reads}）。直すときは［${clear}］で消してから、入力し直してください。`;
}
