/**
 * The stage's geometry (issue 14): the practice PC's screen is drawn at one virtual size, a
 * Windows 10 screen at 100 %, and scaled down only where the page is narrower. Text inside is
 * 12 px at 1:1 (Windows' 9 pt); it is never drawn below 11 px, so below `MIN_SCALE` the screen
 * keeps that scale, scrolls sideways, and the page says the practice is made for a PC screen.
 */
export const SCREEN = { width: 1024, height: 640 } as const;
export const BASE_TEXT_PX = 12;
export const MIN_TEXT_PX = 11;
export const MIN_SCALE = MIN_TEXT_PX / BASE_TEXT_PX;

/** The full-screen button's name, by what it does: into full screen, and (in full screen) out of it. */
export const FULLSCREEN_ON = '全画面で練習';
export const FULLSCREEN_OFF = '全画面を終了';

export interface StageFit {
	/** The zoom of the virtual screen: 1 at 1:1, never above (a bigger screen is not a sharper one). */
	readonly scale: number;
	/** The space is narrower than the screen at its smallest readable scale. */
	readonly narrow: boolean;
}

/** How the screen fits a width (CSS px) available to it. */
export function fitStage(width: number): StageFit {
	if (!Number.isFinite(width) || width <= 0) return { scale: 1, narrow: false };
	const scale = Math.min(1, width / SCREEN.width);
	return scale < MIN_SCALE ? { scale: MIN_SCALE, narrow: true } : { scale, narrow: false };
}

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where the step's callout goes (as WalkMe / Microsoft Learn place their balloons): beside its
 * target, never over it, inside the screen. When the target is in a dialog (`around`), beside the
 * dialog first, so that its other buttons ([OK], [キャンセル]) stay in sight; then below, above,
 * right, left of the target; the first that fits without covering the target or an obstacle (the
 * account card) wins. When none fits (a target as large as the screen), the corner that covers the
 * least of it.
 */
export function placeCallout(
	target: Rect | null,
	box: { width: number; height: number },
	screen: Rect,
	obstacles: readonly Rect[] = [],
	around: Rect | null = null,
	gap = 10,
): Rect & { side: Side | 'corner' } {
	const inScreen = (r: Rect) => r.x >= screen.x && r.y >= screen.y && r.x + r.width <= screen.x + screen.width && r.y + r.height <= screen.y + screen.height;
	const corners = (): (Rect & { side: 'corner' })[] => [
		{ x: screen.x + screen.width - box.width - gap, y: screen.y + gap, ...box, side: 'corner' },
		{ x: screen.x + gap, y: screen.y + gap, ...box, side: 'corner' },
		{ x: screen.x + screen.width - box.width - gap, y: screen.y + screen.height - box.height - gap, ...box, side: 'corner' },
		{ x: screen.x + gap, y: screen.y + screen.height - box.height - gap, ...box, side: 'corner' },
	];
	if (!target) return corners().find((c) => !obstacles.some((o) => overlaps(c, o))) ?? corners()[0]!;
	const cx = clamp(target.x + target.width / 2 - box.width / 2, screen.x + gap, screen.x + screen.width - box.width - gap);
	const cy = clamp(target.y + target.height / 2 - box.height / 2, screen.y + gap, screen.y + screen.height - box.height - gap);
	const beside: (Rect & { side: Side })[] = [
		{ x: cx, y: target.y + target.height + gap, ...box, side: 'below' },
		{ x: cx, y: target.y - gap - box.height, ...box, side: 'above' },
		{ x: target.x + target.width + gap, y: cy, ...box, side: 'right' },
		{ x: target.x - gap - box.width, y: cy, ...box, side: 'left' },
	];
	const outside: (Rect & { side: Side })[] = around
		? [
				{ x: around.x + around.width + gap, y: cy, ...box, side: 'right' },
				{ x: around.x - gap - box.width, y: cy, ...box, side: 'left' },
			]
		: [];
	const clear = (r: Rect) => inScreen(r) && !overlaps(r, target) && !obstacles.some((o) => overlaps(r, o));
	const fit =
		[...beside, ...outside].find((r) => clear(r) && (!around || !overlaps(r, around))) ??
		beside.find(clear) ??
		beside.find((r) => inScreen(r) && !overlaps(r, target));
	if (fit) return fit;
	const area = (r: Rect) => {
		const w = Math.max(0, Math.min(r.x + r.width, target.x + target.width) - Math.max(r.x, target.x));
		const h = Math.max(0, Math.min(r.y + r.height, target.y + target.height) - Math.max(r.y, target.y));
		return w * h;
	};
	return corners().sort((a, b) => area(a) - area(b))[0]!;
}
