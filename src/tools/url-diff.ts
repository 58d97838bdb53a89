import { align, type EditOp } from './edit-distance';
import { isFullWidthAscii, runName } from './char-names';

/**
 * What differs between a typed URL and the right one, character by character, in words: the part
 * of the URL checker the simulation uses too (a mistyped address in 練習, issue 16), kept apart
 * from the checker's tables of the manual's URLs so the simulation loads only this.
 */

/** A run of the character-by-character difference between what was typed and the right URL. */
export interface DiffPart {
	readonly kind: EditOp['kind'];
	/** The typed characters of this run ('' for missing ones). */
	readonly typed: string;
	/** The right URL's characters of this run ('' for extra ones). */
	readonly expected: string;
	/** 1-based position in the typed text where the run starts. */
	readonly position: number;
}

/** Groups the edit operations into runs, with the typed position of each. */
export function diffParts(typed: string, expected: string): DiffPart[] {
	const parts: DiffPart[] = [];
	let position = 1;
	for (const op of align(typed, expected)) {
		const t = op.kind === 'missing' ? '' : op.typed;
		const e = op.kind === 'extra' ? '' : op.expected;
		const last = parts[parts.length - 1];
		if (last && last.kind === op.kind) {
			parts[parts.length - 1] = { ...last, typed: last.typed + t, expected: last.expected + e };
		} else {
			parts.push({ kind: op.kind, typed: t, expected: e, position });
		}
		if (op.kind !== 'missing') position += 1;
	}
	return parts;
}

/** Each difference in words, for the text list beside the marked characters. */
export function describeDiff(parts: readonly DiffPart[], { positions = true }: { positions?: boolean } = {}): string[] {
	const out: string[] = [];
	for (const p of parts) {
		if (p.kind === 'same') continue;
		const at = positions ? `${p.position} 文字目` : '';
		if (p.kind === 'missing') out.push(`${at ? `${at}の前に ` : ''}${runName(p.expected)} が抜けています。`);
		else if (p.kind === 'extra') out.push(`${at ? `${at}からの ` : ''}${runName(p.typed)} は不要です。`);
		else {
			const widthOnly = p.typed.normalize('NFKC').toLowerCase() === p.expected;
			out.push(
				widthOnly && Array.from(p.typed).some(isFullWidthAscii)
					? `${at ? `${at}からの ` : ''}${runName(p.typed)} は全角です。半角の ${runName(p.expected)} にします。`
					: `${at ? `${at}からの ` : ''}${runName(p.typed)} は ${runName(p.expected)} の誤りです。`,
			);
		}
	}
	return out;
}

