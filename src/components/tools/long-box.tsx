import type { ChangeEvent, ClipboardEvent } from 'react';
import { afterPaste, cutNote, isCut, shownPart } from '../../tools/long-text';

type Box = HTMLInputElement | HTMLTextAreaElement;

/**
 * The props of a box that holds `text` (kept whole by its tool): past SHOWN_CHARACTERS the box
 * shows the start, read-only, and `note` says so (src/tools/long-text.ts says why). A long paste
 * never reaches the box at all: the browser would lay it out before React could shorten it.
 */
export function longBox(text: string, setText: (text: string) => void, how: Parameters<typeof cutNote>[1]) {
	const cut = isCut(text);
	const box = {
		value: cut ? shownPart(text) : text,
		readOnly: cut,
		onChange: (e: ChangeEvent<Box>) => setText(e.target.value),
		onPaste: (e: ClipboardEvent<Box>) => {
			const el = e.currentTarget;
			const next = afterPaste(el.value, el.selectionStart, el.selectionEnd, e.clipboardData.getData('text'));
			if (!isCut(next)) return;
			e.preventDefault();
			setText(next);
		},
	};
	return { box, note: cut ? cutNote(text, how) : null };
}

/** The note under a box that shows only the start of its text, with the button that empties it where the tool has none of its own. */
export function CutNote({ id, note, clear }: { id: string; note: string; clear?: { label: string; onClick: () => void } }) {
	const text = (
		<p className="tool-hint" id={id}>
			{note}
		</p>
	);
	if (!clear) return text;
	return (
		<div className="tool-row">
			{text}
			<button type="button" className="tool-button tool-button--quiet" onClick={clear.onClick}>
				{clear.label}
			</button>
		</div>
	);
}
