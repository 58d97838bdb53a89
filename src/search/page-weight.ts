/**
 * How much the search should trust a page's body text, by the kind of page. The manual's sections
 * are the answers; pages that list other pages' titles (the short-link list, the revision history,
 * chapter overviews) or that explain a tool would otherwise outrank the section they point to.
 * `undefined` keeps Pagefind's default weight (1).
 */
export function pageWeight(path: string): number | undefined {
	if (path === '/') return 0.3;
	if (/^\/(support|revisions)\/$/.test(path)) return 0.2;
	if (/^\/chapter-\d\/$/.test(path)) return 0.4;
	if (/^\/(tools|practice)\//.test(path)) return 0.25;
	if (path === '/about/') return 0.5;
	if (path === '/glossary/') return 0.8;
	return undefined;
}
