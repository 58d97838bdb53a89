/**
 * Levenshtein distance with its alignment, by code point. The URL checker needs both: the
 * distance tells which of the manual's URLs the user probably meant (3.11's /kgswebapjg/ is one
 * letter from /kkgswebapjg/), the alignment shows, character by character, what differs.
 */

export type EditOp =
	| { readonly kind: 'same'; readonly typed: string; readonly expected: string }
	| { readonly kind: 'wrong'; readonly typed: string; readonly expected: string }
	/** A character of the expected text that the typed text lacks. */
	| { readonly kind: 'missing'; readonly expected: string }
	/** A typed character the expected text does not have. */
	| { readonly kind: 'extra'; readonly typed: string };

function table(a: readonly string[], b: readonly string[]): Uint32Array {
	const cols = b.length + 1;
	const d = new Uint32Array((a.length + 1) * cols);
	for (let i = 0; i <= a.length; i++) d[i * cols] = i;
	for (let j = 0; j <= b.length; j++) d[j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i * cols + j] = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
		}
	}
	return d;
}

export function editDistance(typed: string, expected: string): number {
	const a = Array.from(typed);
	const b = Array.from(expected);
	// Two rows, not the whole table: the checker measures a whole pasted page against each URL
	// (4,000 characters × 5 URLs), and the table's allocation was most of its time (issue 17).
	let previous = new Uint32Array(b.length + 1).map((_, j) => j);
	let current = new Uint32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length]!;
}

/** The edits that turn `typed` into `expected`, in reading order. */
export function align(typed: string, expected: string): EditOp[] {
	const a = Array.from(typed);
	const b = Array.from(expected);
	const cols = b.length + 1;
	const d = table(a, b);
	const ops: EditOp[] = [];
	let i = a.length;
	let j = b.length;
	while (i > 0 || j > 0) {
		const here = d[i * cols + j]!;
		if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === d[(i - 1) * cols + j - 1]) {
			ops.push({ kind: 'same', typed: a[i - 1]!, expected: b[j - 1]! });
			i--;
			j--;
		} else if (i > 0 && j > 0 && here === d[(i - 1) * cols + j - 1]! + 1) {
			ops.push({ kind: 'wrong', typed: a[i - 1]!, expected: b[j - 1]! });
			i--;
			j--;
		} else if (j > 0 && here === d[i * cols + j - 1]! + 1) {
			ops.push({ kind: 'missing', expected: b[j - 1]! });
			j--;
		} else {
			ops.push({ kind: 'extra', typed: a[i - 1]! });
			i--;
		}
	}
	return ops.reverse();
}
