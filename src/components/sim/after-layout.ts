/**
 * Calls `then` with where `el` is once the browser has laid out the next frame (an
 * IntersectionObserver's first report: no layout is forced). Reading a box's place right after an
 * action (getBoundingClientRect, offsetTop) made the browser lay the page out in the middle of the
 * action, and once more for the frame (issue 14's 16 ms an action).
 */
export function afterLayout(el: Element, root: Element | null, then: (entry: IntersectionObserverEntry) => void): void {
	const observer = new IntersectionObserver(
		(entries) => {
			observer.disconnect();
			const entry = entries.at(-1);
			if (entry) then(entry);
		},
		{ root },
	);
	observer.observe(el);
}
