/**
 * What the search does to a query before Pagefind sees it. People type what they see on screen
 * or on paper, often in another width or with the screen's punctuation, and Pagefind does no
 * width folding (STACK-NOTES): ＡＡ０４１, ｲﾝｽﾄｰﾙ and 「パスワードがロックされています。」 must
 * find what AA041, インストール and パスワードがロックされています find.
 */
export function normalizeQuery(raw: string): string {
	return withoutParticles(
		raw
			// Full-width letters, digits and spaces, half-width katakana: one width (NFKC).
			.normalize('NFKC')
			// Quotes, brackets and sentence punctuation around pasted messages and labels.
			.replace(/[「」『』【】〔〕［］\[\]（）()"“”'‘’<>＜＞〈〉《》。、，,・:：;；!！?？…]+/g, ' ')
			// A short link read out on the phone, 3-9 or 2-2-4, is the section 3.9 or 2.2.4.
			.replace(/(?<![\d.])(\d{1,2})[-ー－‐](\d{1,2})(?:[-ー－‐](\d))?(?![\d-])/g, (_m, a, b, c) => (c ? `${a}.${b}.${c}` : `${a}.${b}`))
			.replace(/\s+/g, ' ')
			.trim(),
	);
}

/**
 * Particles and auxiliary endings (の, が, を, て, います…) occur on every page: left in a query
 * they reward long pages rather than the page about the query's words.
 */
const PARTICLES = new Set(['の', 'が', 'を', 'は', 'に', 'で', 'と', 'も', 'へ', 'や', 'て', 'てい', 'い', 'た', 'ます', 'です', 'した', 'して', 'いる']);

function withoutParticles(query: string): string {
	if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return query;
	const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(query)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment);
	const kept = words.filter((w) => !PARTICLES.has(w));
	// A query made only of such words is kept as typed.
	return kept.length ? kept.join(' ') : query;
}
