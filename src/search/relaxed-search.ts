/**
 * Pagefind only returns pages that contain every word of a query. People describe problems in
 * whole sentences (「証明書サービスでパスワードを入力する画面が出てこない」), and one word the
 * manual does not use leaves them with nothing. So: the exact search first; when it finds
 * nothing, each word is searched on its own and pages are ranked by how many of the words they
 * contain, then by Pagefind's own scores.
 *
 * This file is shipped to the browser as it is (transpiled at build, see
 * src/integrations/relaxed-search.ts): it must not import anything.
 */
export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<unknown>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	[key: string]: unknown;
}

export interface PagefindLike {
	search: (term: string, options?: unknown) => Promise<PagefindSearch | null>;
}

export async function relaxedSearch(pagefind: PagefindLike, term: string, options?: unknown): Promise<PagefindSearch | null> {
	const exact = await pagefind.search(term, options);
	if (!exact || exact.results.length > 0) return exact;
	const words = [...new Set(term.split(/\s+/).filter(Boolean))];
	if (words.length < 2) return exact;
	const perWord = await Promise.all(words.map((word) => pagefind.search(word, options)));
	const pages = new Map<string, { result: PagefindResult; matched: number; score: number }>();
	for (const found of perWord) {
		for (const result of found?.results ?? []) {
			const page = pages.get(result.id) ?? { result, matched: 0, score: 0 };
			page.matched += 1;
			page.score += result.score;
			pages.set(result.id, page);
		}
	}
	const ranked = [...pages.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
	// Pages that share only one word with a long query are noise when better ones exist.
	const best = ranked[0]?.matched ?? 0;
	const kept = ranked.filter((p) => p.matched >= Math.min(best, Math.max(1, Math.ceil(best / 2))));
	return {
		...exact,
		results: kept.map((p) => ({ ...p.result, score: p.score })),
		unfilteredResultCount: kept.length,
	};
}
