import { useEffect, type RefObject } from 'react';
import { afterLayout } from './after-layout';
import { useEnv } from './env';

/**
 * Focus that does not jump the page: the practice screen is sized to be seen whole, and a focus
 * that scrolls (Starlight keeps 88 px of scroll padding under its header) would move the screen
 * under the learner's pointer at every dialog. The page scrolls only when the element is not on
 * screen at all (seen once the frame is laid out, not by forcing a layout in the action).
 */
export function focusCalmly(el: HTMLElement | null | undefined): void {
	if (!el) return;
	el.focus({ preventScroll: true });
	afterLayout(el, null, ({ boundingClientRect: r }) => {
		if (el.isConnected && (r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > window.innerWidth)) el.scrollIntoView({ block: 'nearest' });
	});
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"], [role="link"]';

/**
 * Moves the focus into a dialog or menu when it opens, and back to what opened it when it closes
 * (or, when that is gone, to the PC), in 練習 and テスト only: in 見る the focus stays on [次へ].
 */
export function useTakeFocus(ref: RefObject<HTMLElement | null>, initial?: string) {
	const env = useEnv();
	const interactive = env.interactive;
	const refocus = env.refocus;
	const lastFocused = env.lastFocused;
	useEffect(() => {
		if (!interactive) return;
		const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
		const opener = active ?? lastFocused();
		const el = ref.current;
		const target = (initial ? el?.querySelector<HTMLElement>(initial) : null) ?? el?.querySelector<HTMLElement>(FOCUSABLE) ?? el;
		focusCalmly(target);
		return () => {
			if (opener && opener.isConnected && !opener.closest('[inert]') && !el?.contains(opener)) focusCalmly(opener);
			else refocus();
		};
		// Once per opening: a dialog's identity is its mounting.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
}

