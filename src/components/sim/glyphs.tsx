import { memo, type ReactNode } from 'react';
import { useFrame } from './frame';

/**
 * Our own line glyphs for the drawn screens (issue 14: no Microsoft images, logos or icons, no
 * raster images): each is one SVG path on a 16×16 grid, stroked in the text's colour. Decorative:
 * the control around a glyph keeps the manual's label as its name. A program's own glyphs live in
 * its view (loaded with it); here only those of the window frames and the taskbar.
 */

export const paths = {
	close: 'M4 4l8 8M12 4l-8 8',
	min: 'M3 8.5h10',
	max: 'M3.5 3.5h9v9h-9z',
	restore: 'M6 5.5V3h7v7h-2.5M3 5.5h7.5V13H3z',
	search: 'M6.5 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM9.8 9.8L14 14',
	start: 'M2 2h5.5v5.5H2zM8.5 2H14v5.5H8.5zM2 8.5h5.5V14H2zM8.5 8.5H14V14H8.5z',
	cert: 'M2 2.5h12v8.5H9.5M2 2.5V11h3M4 5h8M4 7h3M7.5 8.5a2 2 0 1 0 0 .01zM6.2 11l-.7 3.5 2-1 2 1-.7-3.5',
	person: 'M8 2.5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM2.5 14.5c.5-3 2.8-4.5 5.5-4.5s5 1.5 5.5 4.5',
	shield: 'M8 1.5l5.5 2v4c0 3.5-2.5 6-5.5 7-3-1-5.5-3.5-5.5-7v-4z',
	gear: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
	globe: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM2 8h12M8 2c-2.5 3-2.5 9 0 12M8 2c2.5 3 2.5 9 0 12',
} as const;

export type GlyphName = keyof typeof paths;

/** A glyph: `d` is one of `paths` or a program's own path. Memoised: its props are strings and numbers, and a screen draws dozens. */
export const G = memo(function G({ d, size = 16, className }: { d: string; size?: number; className?: string }) {
	return (
		<svg className={className ?? 'sim-g'} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
			<path d={d} />
		</svg>
	);
});

/** The yellow warning triangle of a Windows message box (the root-certificate warning, IE's page message). */
export function WarnMark() {
	return (
		<span className="sim-msg-warn" aria-hidden="true">
			<svg width="32" height="32" viewBox="0 0 16 16" focusable="false">
				<path d="M8 1.2l7 13.3H1z" fill="#ffb900" stroke="#7a5a00" strokeWidth="0.6" strokeLinejoin="round" />
				<path d="M8 5.5v4.5M8 11.8v.8" stroke="#000" strokeWidth="1.4" />
			</svg>
		</span>
	);
}

/** The browser's taskbar and desktop mark: our own circle and wave (not Edge's logo). */
export function BrowserMark({ size = 20 }: { size?: number }) {
	return (
		<svg className="sim-mark" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
			<circle cx="8" cy="8" r="7" fill="#1b8fd6" />
			<path d="M3.5 9.5c1-3.5 6-4.5 8.5-1.5M4.5 12c2.5 1.5 6 1 7.5-1.5" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
		</svg>
	);
}

/**
 * The window buttons of a title bar: — drawn; □ drawn, or in a window frame (a browser window,
 * Screen.tsx) its maximise / restore-down button with Windows' glyph for the state (two squares
 * while maximised); × the window's own close control (or drawn, when it has none).
 */
export function Caption({ close }: { close?: ReactNode }) {
	const frame = useFrame();
	return (
		<span className="sim-caption">
			<span className="sim-cap" aria-hidden="true">
				<G d={paths.min} size={10} />
			</span>
			{frame ? (
				<button type="button" className="sim-cap" aria-label={frame.maximised ? '元に戻す（縮小）' : '最大化'} onClick={frame.toggle}>
					<G d={frame.maximised ? paths.restore : paths.max} size={10} />
				</button>
			) : (
				<span className="sim-cap" aria-hidden="true">
					<G d={paths.max} size={10} />
				</span>
			)}
			{close ?? (
				<span className="sim-cap sim-cap--x" aria-hidden="true">
					<G d={paths.close} size={10} />
				</span>
			)}
		</span>
	);
}
