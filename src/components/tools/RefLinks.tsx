import { refHref, refLabel, refShort, type SectionRef } from '../../tools/links';

/** Links to the manual's sections (and steps), each with the short link support reads out. */
export function RefLinks({ refs, label }: { refs: readonly SectionRef[]; label?: string }) {
	if (refs.length === 0) return null;
	return (
		<ul className="tool-refs" aria-label={label}>
			{refs.map((ref) => (
				<li key={refShort(ref)}>
					<a href={refHref(ref)}>{refLabel(ref)}</a>{' '}
					<span className="tool-short">
						（短縮リンク <code translate="no">{refShort(ref)}</code>）
					</span>
				</li>
			))}
		</ul>
	);
}

/** A copy button handled by src/scripts/copy.ts (loaded on the page by <Url>): same behaviour everywhere. */
export function CopyButton({ text, label }: { text: string; label: string }) {
	return (
		<button type="button" className="copy-button" data-copy={text} aria-label={label}>
			<span className="copy-label" aria-hidden="true">
				コピー
			</span>
		</button>
	);
}
