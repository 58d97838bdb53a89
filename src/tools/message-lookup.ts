import { messages, type MessageEntry } from '../data/messages';
import { symptoms } from '../data/symptoms';
import { section } from '../sections';

/**
 * The message lookup: a pasted message or a described symptom → the sections that answer it.
 * Pastes differ from the manual's text in width (ＡＡ０４１), spacing, punctuation (。、「」),
 * case (NOT FOUND) and length (part of a message, or a whole screen around it), and now and
 * then by a character; all of these still find the entry.
 */

/** Width-folded, lower-cased, without spaces, punctuation or symbols: what a match compares. */
export function compact(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/gu, '');
}

/**
 * Everyday words for what the manual names otherwise, folded to one word each (after
 * `compact`): a user says 「IE モードのバーが出ない」 or 「ログインダイアログが出てこない」 where the
 * manual says 「… のメッセージが表示されない」 and 「ログイン画面」. Generic words of screens and
 * of not appearing only; never a message or a query of its own.
 */
const EVERYDAY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
	[/internetexplorer/gu, 'ie'],
	[/(?:出てこない|出てきません|出てこなくなった|出てない|出ません|出なくなった|出ない|表示されません|表示されなくなった|表示されない|表示がない|現れない|でない)/gu, '出ない'],
	[/(?:ダイアログボックス|ダイアログ|ウィンドウ|ウインドウ|ポップアップ|画面)/gu, '画面'],
	[/の?(?:表示|バー|帯|メッセージ)(?=[がはも]?出ない)/gu, 'メッセージ'],
	[/のメッセージ/gu, 'メッセージ'],
];

/** The compacted text with everyday words folded: compared beside the compacted text itself. */
export function matchKey(text: string): string {
	let key = compact(text);
	for (const [pattern, word] of EVERYDAY_WORDS) key = key.replace(pattern, word);
	return key;
}

/** A compacted text ready to compare: its characters' count and its character pairs, counted once. */
interface Prepared {
	readonly text: string;
	readonly length: number;
	readonly grams: ReadonlyMap<string, number>;
	readonly pairs: number;
}

function prepare(text: string): Prepared {
	const chars = Array.from(text);
	const grams = new Map<string, number>();
	if (chars.length === 1) grams.set(chars[0]!, 1);
	for (let i = 0; i + 1 < chars.length; i++) {
		const g = chars[i]! + chars[i + 1]!;
		grams.set(g, (grams.get(g) ?? 0) + 1);
	}
	let pairs = 0;
	for (const c of grams.values()) pairs += c;
	return { text, length: chars.length, grams, pairs };
}

function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
	// Walk the smaller map: a pasted screen has thousands of pairs, a message a few dozen.
	if (a.size > b.size) [a, b] = [b, a];
	let n = 0;
	for (const [g, count] of a) n += Math.min(count, b.get(g) ?? 0);
	return n;
}

function similarityOf(q: Prepared, t: Prepared): number {
	if (!q.text || !t.text) return 0;
	if (q.text === t.text) return 1;
	if (t.length >= 3 && q.text.includes(t.text)) return 0.85 + 0.1 * (t.length / q.length);
	if (q.length >= 2 && t.text.includes(q.text)) return 0.55 + 0.4 * (q.length / t.length);
	const common = shared(q.grams, t.grams);
	const coverage = common / Math.max(1, q.pairs);
	const dice = (2 * common) / Math.max(1, q.pairs + t.pairs);
	return 0.55 * coverage + 0.35 * dice;
}

/**
 * How well a compacted query matches a compacted text, 0–1: 1 for the same text, high when
 * one contains the other (a partial paste, or a paste with more around it), else a blend of
 * how much of the query the text covers and how alike the two are (character pairs).
 * (The lookup prepares the query once and each table text once: `similarityOf`.)
 */
export function similarity(query: string, text: string): number {
	return similarityOf(prepare(query), prepare(text));
}

/**
 * Hiragana as katakana: 「ぱすわーどがろっく」 typed without converting finds 「パスワードがロック…」
 * (both sides are folded, after the everyday words, which are written in the manual's kana).
 */
export function foldKana(text: string): string {
	return text.replace(/[\u3041-\u3096\u309d\u309e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** The two forms a match compares: as written (compacted), and with everyday words folded; kana folded in both. */
type Forms = readonly [Prepared, Prepared];
const formsOf = (text: string): Forms => [prepare(foldKana(compact(text))), prepare(foldKana(matchKey(text)))];

/** The table's texts are prepared once, not on every keystroke. */
const prepared = new Map<string, Forms>();
function formsCached(text: string): Forms {
	let f = prepared.get(text);
	if (f === undefined) {
		f = formsOf(text);
		prepared.set(text, f);
	}
	return f;
}

/**
 * The table the lookup searches: the message table, with the everyday phrasings of
 * src/data/symptoms.ts (one list per section) added as variants of the entry that stands for
 * that section (its heading, as text or variant), or as an entry of their own where none does.
 */
const EVERYDAY_PREFIX = 'everyday-';

export function withEverydayPhrases(table: readonly MessageEntry[]): MessageEntry[] {
	const merged = table.map((m) => ({ ...m }));
	for (const s of symptoms) {
		// The entry that stands for the section: first about it, and worded as its heading.
		const title = section(s.section).title;
		const entry = merged.find(
			(m) => m.sections[0]?.number === s.section && !m.sections[0]?.anchor && (m.text === title || (m.variants ?? []).includes(title)),
		);
		if (entry) entry.variants = [...(entry.variants ?? []), ...s.phrases];
		else merged.push({ id: `${EVERYDAY_PREFIX}${s.section}`, text: title, kind: 'symptom', sections: [{ number: s.section }], variants: s.phrases });
	}
	return merged;
}

const lookupTable = withEverydayPhrases(messages);

function isEveryday(entry: MessageEntry): boolean {
	return entry.id.startsWith(EVERYDAY_PREFIX);
}

export interface LookupResult {
	readonly entry: MessageEntry;
	readonly score: number;
	/** The text or variant that matched best. */
	readonly matched: string;
}

/** Below this a result is noise (two texts sharing only a few common pairs such as パスワード). */
export const MIN_SCORE = 0.45;
/** Shorter queries say too little to look up. */
export const MIN_QUERY_LENGTH = 2;
/** A pasted screen is read from its start: a message is far shorter. */
export const MAX_QUERY_LENGTH = 2000;

export function lookupMessage(query: string, { limit = 5, table = lookupTable }: { limit?: number; table?: readonly MessageEntry[] } = {}): LookupResult[] {
	const q = formsOf(typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : '');
	if (q[0].length < MIN_QUERY_LENGTH) return [];
	const results: LookupResult[] = [];
	for (const entry of table) {
		let best = { score: 0, matched: entry.text };
		for (const text of [entry.text, ...(entry.variants ?? [])]) {
			const t = formsCached(text);
			const score = Math.max(similarityOf(q[0], t[0]), similarityOf(q[1], t[1]));
			if (score > best.score) best = { score, matched: text };
		}
		if (best.score >= MIN_SCORE) results.push({ entry, ...best });
	}
	// Stable: equal scores keep the table's order (messages before the broader symptoms).
	results.sort((a, b) => b.score - a.score);
	// A section's everyday phrasings add nothing when a better-ranked entry of the table is about that section.
	const kept: LookupResult[] = [];
	for (const r of results) {
		const number = r.entry.sections[0]?.number;
		if (isEveryday(r.entry) && kept.some((k) => k.entry.sections[0]?.number === number)) continue;
		kept.push(r);
	}
	return kept.slice(0, limit);
}
