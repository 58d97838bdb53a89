import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { messages, type MessageEntry } from '../../../src/data/messages';
import { symptoms } from '../../../src/data/symptoms';
import { compact, lookupMessage, matchKey, MIN_SCORE } from '../../../src/tools/message-lookup';
import { section, sections } from '../../../src/sections';
import * as facts from '../../../src/facts';
import { normalize, readManual } from '../manual-text';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const manual = normalize(readManual());
const first = (query: string) => lookupMessage(query)[0]?.entry;
const refs = (e: MessageEntry | undefined) => e?.sections.map((r) => `${r.number}${r.anchor ? `#${r.anchor}` : ''}`) ?? [];

describe('the message table (src/data/messages.ts)', () => {
	test('ids are unique and every entry points to real sections and step anchors', () => {
		expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
		for (const m of messages) {
			expect(m.sections.length, m.id).toBeGreaterThan(0);
			for (const ref of m.sections) {
				expect(() => section(ref.number), m.id).not.toThrow();
				if (ref.anchor) expect(ref.anchor, m.id).toMatch(/^step-\d+(-\d+)?$/);
			}
		}
	});

	test('every text is as the manual words it (a message, a heading, or the phrase that answers it)', () => {
		for (const m of messages) {
			// A screen's label and value (「発行済み: 1件」) are quoted apart in the manual: each part must be there.
			for (const part of m.text.split(/(?<=:) /)) expect(manual.includes(normalize(part)), `${m.id}: 「${part}」 is not in the manual`).toBe(true);
		}
	});

	test('the messages are the facts, not retyped', () => {
		const factValues = new Set<string>();
		const walk = (node: unknown): void => {
			if (typeof node !== 'object' || node === null) return;
			if ('value' in node && typeof (node as { value: unknown }).value === 'string') factValues.add((node as { value: string }).value);
			else for (const child of Object.values(node)) walk(child);
		};
		walk(facts);
		for (const id of ['password-locked', 'aa041-password-expired', 'not-found', 'addon-failed', 'forced-logout', 'ie-mode-banner', 'nara-not-installed', 'logged-out']) {
			const entry = messages.find((m) => m.id === id)!;
			expect(factValues.has(entry.text), id).toBe(true);
		}
	});

	test('every chapter-3 section is the answer to at least one entry', () => {
		const answered = new Set(messages.flatMap((m) => m.sections.map((r) => r.number)));
		for (const s of sections.filter((x) => x.chapter === 3)) expect(answered.has(s.number), s.number).toBe(true);
	});
});

describe('the examples of issue 10 lead to their sections', () => {
	test.each([
		['「パスワードがロックされています。」', '3.5'],
		['AA041', '2.3.1#step-10'],
		['Not Found', '3.11'],
		['アドオンが実行できませんでした', '3.1'],
		['不正操作が行われたためログアウトしました。', '2.3.1#step-8'],
		['証明書サービスでログイン画面が表示されない', '3.9'],
		['IE モードにならない', '3.17'],
		['発行済み 0件', '3.18'],
		['保留中も0件', '3.18'],
		['証明書の確認画面が出ない', '2.2.4#step-3-1'],
		['インストールポップアップが表示されない', '2.2.2#step-7'],
		['インストール をクリック後に応答がない', '2.2.2#step-8'],
		['クライアント証明書の有効期限切れ', '3.2'],
		['かながわシステムにアクセスできない', '3.4'],
	])('%s → %s', (query, ref) => {
		expect(refs(first(query))[0]).toBe(ref);
	});

	test('IE-mode banner missing also points to 2.2.1; no install popup also to 3.1', () => {
		expect(refs(first('IE モードにならない'))).toContain('2.2.1');
		expect(refs(first('インストールポップアップが表示されない'))).toContain('3.1');
	});
});

/** Slightly different pastes: width, spacing, punctuation, case, a part of it, one character lost. */
const toFullWidth = (s: string) => Array.from(s).map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
const spaced = (s: string) => Array.from(s).join(' ');
const punctuated = (s: string) => `「${s.replace(/[。、]/g, '')}。」`;
const middle = (s: string) => {
	const chars = Array.from(s);
	const cut = Math.floor(chars.length * 0.15);
	return chars.slice(cut, chars.length - cut).join('');
};
const dropOne = (s: string) => {
	const chars = Array.from(s);
	chars.splice(Math.floor(chars.length / 2), 1);
	return chars.join('');
};

describe('every entry is found from a slightly different paste', () => {
	const variants: Array<[string, (s: string) => string]> = [
		['full width', toFullWidth],
		['spaces between characters', spaced],
		['punctuation changed', punctuated],
		['upper case', (s) => s.toUpperCase()],
	];
	for (const m of messages) {
		test(`${m.id}: 「${m.text}」`, () => {
			for (const [name, change] of variants) expect(first(change(m.text))?.id, name).toBe(m.id);
			if (Array.from(compact(m.text)).length >= 6) {
				expect(lookupMessage(middle(m.text)).map((r) => r.entry.id), 'a part of it').toContain(m.id);
			}
			if (Array.from(compact(m.text)).length >= 8) {
				expect(lookupMessage(dropOne(m.text)).map((r) => r.entry.id).slice(0, 3), 'one character lost').toContain(m.id);
			}
		});
	}
});

describe('the everyday phrasings of src/data/symptoms.ts', () => {
	test.each(symptoms.flatMap((s) => s.phrases.map((p) => [p, s.section])))('%s → %s', (phrase, number) => {
		const results = lookupMessage(phrase);
		expect(results[0]?.entry.sections[0]?.number).toBe(number);
	});

	test("a phrasing is answered by the table's own entry for its section, once", () => {
		const ids = lookupMessage('ロックされてログインできない').map((r) => r.entry.id);
		expect(ids[0]).toBe('password-locked');
		expect(ids.filter((id) => id.startsWith('everyday-3.5'))).toEqual([]);
	});
});

describe('everyday words for the screens and for not appearing', () => {
	// Issue 10: "no login dialog", "no IE-mode banner", said the way people say them.
	test.each([
		['IEモードの表示が出ない', '3.17'],
		['IE モードのバーが表示されない', '3.17'],
		['IE モードの帯が出てこない', '3.17'],
		['Internet Explorer モードのメッセージが表示されません', '3.17'],
		['ログインダイアログが出ない', '3.9'],
		['Windowsセキュリティのウィンドウが出てこない', '3.9'],
		['パスワードを入れるポップアップが出ない', '3.9'],
	])('%s → %s', (query, number) => {
		expect(lookupMessage(query)[0]?.entry.sections[0]?.number).toBe(number);
	});

	test('folding is the same for a query and for the table, and keeps the message itself', () => {
		expect(matchKey('ログインダイアログが表示されない')).toBe(matchKey('ログイン画面が出てこない'));
		expect(matchKey('IE モードの帯が出ない')).toBe(matchKey('Internet Explorer モードのメッセージが表示されない'));
		expect(matchKey('パスワードがロックされています。')).toBe(compact('パスワードがロックされています。'));
	});
});

describe('nothing found', () => {
	test.each([[''], ['あ'], ['こんにちは'], ['xyz'], ['!!!']])('%s finds nothing', (q) => {
		expect(lookupMessage(q)).toEqual([]);
	});
});

describe('properties (fast-check)', () => {
	test('no query ever throws; results are ranked and above the threshold', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...messages.map((m) => m.text))), (q) => {
				const results = lookupMessage(q);
				expect(results.length).toBeLessThanOrEqual(5);
				for (let i = 0; i < results.length; i++) {
					expect(results[i]!.score).toBeGreaterThanOrEqual(MIN_SCORE);
					expect(results[i]!.score).toBeLessThanOrEqual(1);
					if (i > 0) expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
				}
			}),
		);
	});

	test('NFKC-equivalent queries get the same answer', () => {
		fc.assert(
			fc.property(fc.constantFrom(...messages.map((m) => m.text)), fc.string({ unit: fc.constantFrom(...'AaNn0 4!。'.split('')), maxLength: 6 }), (text, noise) => {
				const q = text + noise;
				expect(lookupMessage(toFullWidth(q)).map((r) => r.entry.id)).toEqual(lookupMessage(q).map((r) => r.entry.id));
			}),
		);
	});
});

describe('issue 17: hiragana typed for katakana', () => {
	test.each(['ぱすわーどがろっく', 'ぱすわーどがろっくされています'])('「%s」 finds 3.5', (q) => {
		expect(lookupMessage(q)[0]?.entry.sections[0]?.number).toBe('3.5');
	});

	test('an emoji or one character finds nothing (the view then says 見つかりませんでした)', () => {
		expect(lookupMessage('😀')).toEqual([]);
		expect(lookupMessage('あ')).toEqual([]);
	});
});
