/**
 * Pagefind's ranking for this site, shared by the site's search box (astro.config.ts) and the
 * search evaluation (scripts/eval-search.ts), so the evaluation measures what users get.
 */
export const pagefindRanking = {
	// Short pages (a chapter-3 answer) are as good as long ones: do not favour long pages.
	pageLength: 0.5,
	termFrequency: 1.0,
	termSaturation: 1.4,
	termSimilarity: 1.0,
} as const;
