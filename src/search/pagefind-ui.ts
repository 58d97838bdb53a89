/**
 * Starlight's search box, with our query normalisation and Pagefind's Japanese strings.
 *
 * Starlight builds its search with `new PagefindUI({...})` from '@pagefind/default-ui'; an alias
 * in astro.config.ts points that import here, so we add `processTerm` (see ./query.ts) without
 * copying Starlight's Search component. The strings Starlight does not translate (the form's
 * label, the clear button…) would otherwise be English.
 */
// @ts-expect-error — the package ships no types.
import { PagefindUI as Base } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { normalizeQuery } from './query';
import { RELAXED_BUNDLE_PATH } from './bundle-path';

const JA: Record<string, string> = {
	placeholder: '検索',
	clear_search: 'クリア',
	load_more: 'さらに表示',
	search_label: 'このサイトを検索',
	filters_label: '絞り込み',
	zero_results: '「[SEARCH_TERM]」に一致するページはありませんでした',
	many_results: '「[SEARCH_TERM]」の検索結果 [COUNT] 件',
	one_result: '「[SEARCH_TERM]」の検索結果 [COUNT] 件',
	alt_search: '「[SEARCH_TERM]」に一致するページはありませんでした。「[DIFFERENT_TERM]」の検索結果を表示しています',
	search_suggestion: '「[SEARCH_TERM]」に一致するページはありませんでした。次の言葉でお試しください:',
	searching: '「[SEARCH_TERM]」を検索しています…',
};

interface Options {
	translations?: Record<string, string>;
	[key: string]: unknown;
}

export class PagefindUI extends Base {
	constructor(options: Options) {
		super({
			...options,
			bundlePath: RELAXED_BUNDLE_PATH,
			translations: { ...JA, ...(options.translations ?? {}) },
			processTerm: normalizeQuery,
		});
	}
}
