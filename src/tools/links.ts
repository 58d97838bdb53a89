import { section, sectionPath, shortPath, type Section } from '../sections';

/**
 * A pointer into the manual: a section and, where one applies, a step anchor of its page
 * (`step-8`, `step-3-1`: the anchors src/components/Steps.astro gives, following the manual's
 * numbering). Tools answer with these so support can read the short link out on the phone.
 */
export interface SectionRef {
	readonly number: Section['number'];
	/** `step-N` or `step-N-M`. */
	readonly anchor?: string;
}

export function refHref(ref: SectionRef): string {
	return sectionPath(section(ref.number)) + (ref.anchor ? `#${ref.anchor}` : '');
}

/** The short link with its anchor (`/3-9/#step-5`): the short-link page keeps the anchor. */
export function refShort(ref: SectionRef): string {
	return shortPath(ref.number) + (ref.anchor ? `#${ref.anchor}` : '');
}

/** 「手順 3」「手順 3 (1)」 for `step-3`, `step-3-1`; empty without an anchor. */
export function stepLabel(anchor: string | undefined): string {
	const m = anchor ? /^step-(\d+)(?:-(\d+))?$/.exec(anchor) : null;
	if (!m) return '';
	return m[2] ? `手順 ${m[1]} (${m[2]})` : `手順 ${m[1]}`;
}

/** 「3.9 証明書サービスでログイン画面が表示されない」, with 「 手順 8」 when the ref has a step. */
export function refLabel(ref: SectionRef): string {
	const s = section(ref.number);
	const step = stepLabel(ref.anchor);
	return `${s.number} ${s.title}${step ? ` ${step}` : ''}`;
}
