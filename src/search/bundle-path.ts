/** Where the search box loads Pagefind from: Pagefind re-exported with the relaxed search. */
export const RELAXED_BUNDLE_PATH = '/pagefind-relaxed/';
