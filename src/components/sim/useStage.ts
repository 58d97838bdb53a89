import { useCallback, useEffect, useState, type RefObject } from 'react';
import { fitStage, type StageFit } from './stage';

/**
 * The stage's fit to the width the page gives it: the screen's zoom is set on the screen region
 * as `--sim-scale` (through the CSSOM: the CSP allows no style attribute).
 */
export function useStageFit(pc: RefObject<HTMLDivElement | null>): StageFit {
	const [fit, setFit] = useState<StageFit>({ scale: 1, narrow: false });
	useEffect(() => {
		const el = pc.current;
		const host = el?.parentElement;
		if (!el || !host) return;
		const measure = () => {
			const style = getComputedStyle(el);
			const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
			const next = fitStage(host.clientWidth - borders);
			el.style.setProperty('--sim-scale', String(next.scale));
			setFit((f) => (f.scale === next.scale && f.narrow === next.narrow ? f : next));
		};
		measure();
		const observer = new ResizeObserver(measure);
		observer.observe(host);
		return () => observer.disconnect();
	}, [pc]);
	return fit;
}

/**
 * [全画面で練習]: the simulation alone on the screen (Fullscreen API), the PC at 1:1 with the step
 * panel beside it; Esc leaves (the browser's own key; handled here too where a browser lets it
 * through), and the focus stays where it was.
 */
export function useFullscreen(app: RefObject<HTMLElement | null>) {
	const [on, setOn] = useState(false);
	const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
	useEffect(() => {
		const sync = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === app.current);
		document.addEventListener('fullscreenchange', sync);
		// Where the browser passes Esc on to the page: it leaves full screen, unless a dialog or
		// menu of the practice PC is open and takes it (as the real one closes on Esc).
		const esc = (e: KeyboardEvent) => {
			if (e.key !== 'Escape' || e.defaultPrevented || document.fullscreenElement !== app.current || !app.current) return;
			const inPc = e.target instanceof Element && e.target.closest('.sim-pc');
			if (inPc && app.current.querySelector('.sim-pc :is([role="dialog"], [role="alertdialog"], [role="menu"])')) return;
			keepingFocus(() => document.exitFullscreen());
		};
		document.addEventListener('keydown', esc);
		return () => {
			document.removeEventListener('fullscreenchange', sync);
			document.removeEventListener('keydown', esc);
		};
	}, [app]);
	const toggle = useCallback(() => {
		const el = app.current;
		if (!el) return;
		keepingFocus(() => (document.fullscreenElement ? document.exitFullscreen() : el.requestFullscreen()));
	}, [app]);
	return { on, supported, toggle };
}

/** Enters or leaves full screen with the focus where it was (Chromium may drop it on the way, by the button or by Esc). */
function keepingFocus(change: () => Promise<void>): void {
	const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const keep = () => {
		if (focused?.isConnected) focused.focus({ preventScroll: true });
	};
	void change().then(keep, keep);
}
