import { describe, expect, test } from 'vitest';
import { BASE_TEXT_PX, fitStage, MIN_TEXT_PX, overlaps, placeCallout, SCREEN, type Rect } from '../../../src/components/sim/stage';
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

describe('the stage fits the page', () => {
	test('1:1 where the page has room, never larger (1920 px)', () => {
		expect(fitStage(1600)).toEqual({ scale: 1, narrow: false });
		expect(fitStage(SCREEN.width)).toEqual({ scale: 1, narrow: false });
	});
	test('scaled down at 1366×768 (about 990 px of content), text still at least 11 px', () => {
		const fit = fitStage(990);
		expect(fit.narrow).toBe(false);
		expect(fit.scale).toBeCloseTo(990 / 1024);
		expect(BASE_TEXT_PX * fit.scale).toBeGreaterThanOrEqual(MIN_TEXT_PX);
	});
	test('on a phone (390 px) the scale stops at 11 px text and the page says it is made for a PC', () => {
		const fit = fitStage(390);
		expect(fit.narrow).toBe(true);
		expect(BASE_TEXT_PX * fit.scale).toBeCloseTo(MIN_TEXT_PX);
	});
	test('a width the browser cannot measure yet draws 1:1', () => {
		expect(fitStage(0)).toEqual({ scale: 1, narrow: false });
		expect(fitStage(Number.NaN)).toEqual({ scale: 1, narrow: false });
	});
});

describe('the callout is placed beside its target, never over it, inside the screen', () => {
	const screen: Rect = { x: 0, y: 0, width: 990, height: 619 };
	const box = { width: 300, height: 90 };
	test('below a target near the top (a menu item)', () => {
		const target = { x: 800, y: 60, width: 120, height: 28 };
		const spot = placeCallout(target, box, screen);
		expect(spot.side).toBe('below');
		expect(overlaps(spot, target)).toBe(false);
		expect(inside(spot, screen)).toBe(true);
	});
	test('above a target on the taskbar', () => {
		const target = { x: 90, y: 585, width: 30, height: 30 };
		const spot = placeCallout(target, box, screen);
		expect(spot.side).toBe('above');
		expect(overlaps(spot, target)).toBe(false);
		expect(inside(spot, screen)).toBe(true);
	});
	test('beside a tall target (a settings list) that leaves no room above or below', () => {
		const target = { x: 0, y: 0, width: 200, height: 619 };
		const spot = placeCallout(target, box, screen);
		expect(spot.side).toBe('right');
		expect(overlaps(spot, target)).toBe(false);
	});
	test('clear of an obstacle (the account card) when another side has room', () => {
		const target = { x: 400, y: 300, width: 100, height: 30 };
		const card = { x: 300, y: 340, width: 400, height: 200 };
		const spot = placeCallout(target, box, screen, [card]);
		expect(overlaps(spot, target)).toBe(false);
		expect(overlaps(spot, card)).toBe(false);
	});
	test('a target as large as the screen: the corner that covers the least of it', () => {
		const target = { x: 0, y: 0, width: 990, height: 619 };
		const spot = placeCallout(target, box, screen);
		expect(spot.side).toBe('corner');
		expect(inside(spot, screen)).toBe(true);
	});
	test('no target (nothing on screen to point at): a free corner', () => {
		const spot = placeCallout(null, box, screen);
		expect(inside(spot, screen)).toBe(true);
	});
});

describe('a target inside a dialog', () => {
	const screen: Rect = { x: 0, y: 0, width: 990, height: 619 };
	// The callout is 16rem wide: it passes beside a 440 px dialog centred on the screen at 1366×768.
	const box = { width: 256, height: 110 };
	test('the callout goes beside the dialog, so its [OK] and [キャンセル] stay in sight', () => {
		const dialog = { x: 275, y: 80, width: 440, height: 420 };
		const target = { x: 300, y: 330, width: 390, height: 60 };
		const spot = placeCallout(target, box, screen, [], dialog);
		expect(overlaps(spot, dialog)).toBe(false);
		expect(overlaps(spot, target)).toBe(false);
		expect(inside(spot, screen)).toBe(true);
	});
	test('a dialog too wide to pass: beside the target, still clear of it', () => {
		const dialog = { x: 0, y: 0, width: 990, height: 619 };
		const target = { x: 400, y: 300, width: 100, height: 30 };
		const spot = placeCallout(target, box, screen, [], dialog);
		expect(overlaps(spot, target)).toBe(false);
		expect(spot.side).toBe('below');
	});
});
