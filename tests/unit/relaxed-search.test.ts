import { describe, expect, test } from 'vitest';
import { relaxedSearch, type PagefindLike, type PagefindSearch } from '../../src/search/relaxed-search';

/** A tiny Pagefind: pages are word lists; a search returns the pages containing every word. */
function fakePagefind(pages: Record<string, string[]>): PagefindLike {
	return {
		async search(term: string): Promise<PagefindSearch> {
			const words = term.split(/\s+/).filter(Boolean);
			const results = Object.entries(pages)
				.filter(([, content]) => words.every((w) => content.includes(w)))
				.map(([id, content]) => ({ id, score: words.reduce((n, w) => n + content.filter((c) => c === w).length, 0), data: async () => ({ url: id }) }));
			return { results, unfilteredResultCount: results.length };
		},
	};
}

const site = fakePagefind({
	'3.9': ['証明書', 'サービス', 'ログイン', '画面', '表示', 'ない', 'パスワード'],
	'2.2.2': ['証明書', 'サービス', 'インストール', 'インストール', 'パスワード'],
	'3.5': ['パスワード', 'ロック'],
});

const ids = (r: PagefindSearch | null) => r?.results.map((x) => x.id);

describe('the search finds something for a whole sentence', () => {
	test('an exact match is returned as Pagefind returns it', async () => {
		expect(ids(await relaxedSearch(site, 'パスワード ロック'))).toEqual(['3.5']);
	});

	test('when no page has every word, pages with the most words come first', async () => {
		const found = await relaxedSearch(site, '証明書 サービス パスワード 入力 画面 出 ない');
		expect(ids(found)?.[0]).toBe('3.9');
		expect(ids(found)).toContain('2.2.2');
		// A page sharing one word of a long sentence is left out when better ones exist.
		expect(ids(found)).not.toContain('3.5');
	});

	test('a single unknown word still finds nothing', async () => {
		expect(ids(await relaxedSearch(site, 'ノットファウンド'))).toEqual([]);
	});

	test('a search superseded by a newer one (null) stays null', async () => {
		const cancelled: PagefindLike = { search: async () => null };
		expect(await relaxedSearch(cancelled, 'a b')).toBeNull();
	});
});
