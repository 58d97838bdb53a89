/**
 * A fact of the manual: its value, the sections it comes from, and the manual's own words
 * that prove it (`evidence`). The facts test reads the manual text and checks that every
 * piece of evidence occurs there, so a fact cannot drift from the manual by one character.
 *
 * `evidence` defaults to the value itself for string facts (a URL, a message, a label quoted
 * verbatim). For numbers it is the sentence that states the number. `evidence: null` marks a
 * fact that the manual does not quote literally (our own note, or text the OCR lost); it must
 * then carry a `note` saying why.
 */
export type SectionNumber =
	| '1.1' | '1.2' | '1.2.1' | '1.2.2'
	| '2.1' | '2.2' | '2.2.1' | '2.2.2' | '2.2.3' | '2.2.4' | '2.3' | '2.3.1' | '2.3.2'
	| '3.1' | '3.2' | '3.3' | '3.4' | '3.5' | '3.6' | '3.7' | '3.8' | '3.9' | '3.10'
	| '3.11' | '3.12' | '3.13' | '3.14' | '3.15' | '3.16' | '3.17' | '3.18' | '3.19'
	| 'about' | 'revisions' | 'contact';

export interface Fact<T> {
	readonly value: T;
	readonly sections: readonly SectionNumber[];
	/** The manual's words that prove the value; `null` when the manual does not quote it. */
	readonly evidence: readonly string[] | null;
	readonly note?: string;
}

interface FactOptions {
	/** Text of the manual proving the fact; defaults to the value for strings. */
	evidence?: string | readonly string[] | null;
	note?: string;
}

/**
 * Pure (it only builds the record; it throws on a malformed fact at build time): the annotation
 * lets the bundler drop the facts a browser bundle does not use (a simulation imports a few
 * labels, not the reissue form or the contact desk).
 */
/*@__NO_SIDE_EFFECTS__*/
export function fact<const T>(value: T, sections: readonly SectionNumber[], options: FactOptions = {}): Fact<T> {
	const { evidence, note } = options;
	let proof: readonly string[] | null;
	if (evidence === null) {
		if (!note) throw new Error('A fact the manual does not quote needs a note saying where it comes from.');
		proof = null;
	} else if (evidence !== undefined) {
		proof = typeof evidence === 'string' ? [evidence] : evidence;
	} else if (typeof value === 'string') {
		proof = [value];
	} else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
		proof = value as readonly string[];
	} else {
		throw new Error(`A non-string fact needs its evidence from the manual: ${JSON.stringify(value)}`);
	}
	return { value, sections, evidence: proof, ...(note ? { note } : {}) };
}
