import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * No `:has()` in the practice stage's CSS (issue 14's budget: an action renders in ≤ 16 ms median).
 * With `:has()` rules anchored on the page (`:root`), the screen, its layers and the stage, every
 * change inside the practice screen (a dialog opening, a class or attribute set) made Chromium
 * re-check those rules and restyle what they anchor, and each action paid for it. What such a rule
 * asked is now said where it is known: a class or data attribute set by the views (Screen.tsx,
 * SimApp.tsx, WindowsSecurity.tsx, TrainerParts.tsx) or by the page (overrides/PageFrame.astro: `.page-with-sim`).
 */
const dir = new URL('../../../src/components/sim/styles/', import.meta.url);
const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));

describe('the stage CSS', () => {
	it('has its sheets', () => {
		expect(sheets).toEqual(expect.arrayContaining(['stage.css', 'trainer.css', 'windows.css', 'security.css']));
	});
	it.each(sheets)('%s uses no :has()', (file) => {
		const css = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
		expect(css.match(/[^\n]*:has\([^\n]*/gu) ?? []).toEqual([]);
	});
});
