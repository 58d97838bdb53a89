/**
 * Opens Starlight's search dialog with words already typed: used by the landing page's search
 * box and the 404 page. Starlight builds its Pagefind UI lazily, so the input may appear a
 * moment after the dialog opens.
 */
export function openSearch(words: string): void {
	document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
	const fill = (tries: number) => {
		const input = document.querySelector<HTMLInputElement>('site-search input');
		if (input) {
			input.value = words;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
		} else if (tries > 0) {
			window.setTimeout(() => fill(tries - 1), 100);
		}
	};
	fill(30);
}
