import { sections, type Section } from '../sections';

/**
 * What a mistyped address of this site probably meant. Support reads out short links such as
 * 「3 の 9」 and people type /3.9/, /３－９/ or /3-9-login/; the 404 page turns that into the
 * section, and the rest of the path into search words.
 */

function decoded(path: string): string {
	try {
		return decodeURIComponent(path).normalize('NFKC');
	} catch {
		return path.normalize('NFKC');
	}
}

/** Sections whose number appears in the path (3.9, 3-9, 3_9, 3 9, 2.2.4 …), most specific first. */
export function sectionsInPath(path: string): Section[] {
	const text = decoded(path).replace(/[ー－―‐]/g, '-');
	const found: Section[] = [];
	for (const match of text.matchAll(/(?<![0-9])([1-3])[.\-_ ]([0-9]{1,2})(?:[.\-_ ]([0-9]))?(?![0-9])/g)) {
		const [, chapter, sectionNo, sub] = match;
		const candidates = [sub ? `${chapter}.${sectionNo}.${sub}` : null, `${chapter}.${sectionNo}`].filter(Boolean) as string[];
		const hit = candidates.map((n) => sections.find((s) => s.number === n)).find(Boolean);
		if (hit && !found.includes(hit)) found.push(hit);
	}
	return found;
}

/** The words of a path for a search: '/3-9-login-dialog-missing/' → 'login dialog missing'. */
export function searchWordsFromPath(path: string): string {
	return decoded(path)
		.split(/[/\-_.?#=&+\s]+/)
		.filter((word) => word && !/^[0-9]+$/.test(word) && !/^(index|html?)$/i.test(word))
		.join(' ')
		.slice(0, 80);
}
