/**
 * One-click copy for every `[data-copy]` button of a page (URLs, short links). The manual asks
 * users to copy URLs rather than type them (2.2 注意), so this must work everywhere: the
 * Clipboard API where the page is a secure context, `copy-to-clipboard` (a selection and
 * execCommand) where it is not. The result is shown on the button and announced politely.
 */
import copyFallback from 'copy-to-clipboard';

const COPIED = 'コピーしました';
const FAILED = 'コピーできませんでした。文字を選択してコピーしてください。';

function liveRegion(): HTMLElement {
	let region = document.getElementById('copy-announcer');
	if (!region) {
		region = document.createElement('div');
		region.id = 'copy-announcer';
		region.className = 'sr-only';
		region.setAttribute('role', 'status');
		region.setAttribute('aria-live', 'polite');
		document.body.append(region);
	}
	return region;
}

async function writeText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Permission refused or no focus: fall through to the selection-based copy.
	}
	return copyFallback(text, { format: 'text/plain' });
}

/** A short link is copied as a full address, so it can be pasted into a mail or a chat. */
function resolve(value: string): string {
	return value.startsWith('/') ? new URL(value, location.origin).href : value;
}

async function onClick(event: MouseEvent): Promise<void> {
	const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
	if (!button) return;
	const ok = await writeText(resolve(button.dataset.copy ?? ''));
	const message = ok ? COPIED : FAILED;
	const label = button.querySelector<HTMLElement>('.copy-label');
	if (label) {
		label.dataset.original ??= label.textContent ?? '';
		label.textContent = ok ? COPIED : 'コピー失敗';
		window.setTimeout(() => (label.textContent = label.dataset.original ?? ''), 2500);
	}
	button.dataset.copied = ok ? 'true' : 'false';
	const region = liveRegion();
	region.textContent = '';
	// A fresh text node each time so that the same message is announced again.
	window.setTimeout(() => (region.textContent = message), 50);
}

document.addEventListener('click', (event) => void onClick(event));
// The buttons are hidden until now (src/styles/site.css): without JavaScript they would do nothing.
document.documentElement.dataset.copyReady = '';
