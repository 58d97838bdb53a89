import { describeDiff, diffParts } from '../../../tools/url-diff';

/**
 * 練習 only, after a wrong address (3.11's 「Not Found」, a site that does not answer): the
 * difference from the address the step asks for, character by character, in words — the URL
 * checker's own comparison (src/tools/url-check.ts). Shown in the step's callout, beside the
 * screen (notes.tsx), not in the page; loaded only when such a page shows.
 */
export default function WrongUrl({ typed, expected }: { typed: string; expected: string }) {
	const differences = describeDiff(diffParts(typed, expected));
	if (differences.length === 0) return null;
	return (
		<div className="sim-wrongurl">
			<p>入力した URL と、手順の URL の違い:</p>
			<p className="sim-url" translate="no">
				入力: {typed}
				<br />
				正しい URL: {expected}
			</p>
			<ul>
				{differences.map((d) => (
					<li key={d}>{d}</li>
				))}
			</ul>
		</div>
	);
}
