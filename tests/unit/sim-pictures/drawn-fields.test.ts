import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { drawFields } from '../../../src/sim-pictures/drawn-fields';

/** A picture's HTML after its fields are drawn (the views' own markup, as the build renders it). */
function drawn(html: string): string {
	const root = fromHtml(html, { fragment: true });
	drawFields(root);
	return toHtml(root);
}

describe('a picture draws its fields instead of holding inputs', () => {
	test('a text box shows what is typed in it, or its placeholder when empty, and keeps its mark', () => {
		const out = drawn('<div class="sim-field"><label for="a">ユーザー名</label><input id="a" type="text" value="1419000001" autocomplete="off" data-pic-n="1"></div><input type="text" class="sim-address" placeholder="検索または Web アドレスを入力" value="">');
		expect(out).not.toContain('<input');
		expect(out).toContain('<span id="a" data-pic-n="1" class="pic-input">1419000001</span>');
		expect(out).toContain('<span class="pic-input sim-address"><span class="pic-placeholder">検索または Web アドレスを入力</span></span>');
	});

	test('a password box keeps its class that hides the characters', () => {
		expect(drawn('<input type="text" class="sim-secret" value="Pass1234">')).toBe('<span class="pic-input sim-secret">Pass1234</span>');
	});

	test('check boxes and radio buttons keep whether they are checked or greyed out', () => {
		const out = drawn('<label class="sim-check"><input type="checkbox" checked disabled>a</label><input type="checkbox"><input type="radio" checked><input type="radio">');
		expect(out).toBe(
			'<label class="sim-check"><span class="pic-input pic-check pic-check--checkbox" data-checked="" data-disabled=""></span>a</label>' +
				'<span class="pic-input pic-check pic-check--checkbox"></span>' +
				'<span class="pic-input pic-check pic-check--radio" data-checked=""></span>' +
				'<span class="pic-input pic-check pic-check--radio"></span>',
		);
	});

	test('fields nested deep in windows are found', () => {
		expect(drawn('<div><section><ul><li><p><input type="text" value="x"></p></li></ul></section></div>')).not.toContain('<input');
	});
});

describe('a picture draws its drop-down lists closed, showing the chosen option', () => {
	test('the chosen option is shown (the others only make it as wide), the list keeps its mark', () => {
		expect(drawn('<select id="s" data-pic-n="1"><option value="a">お気に入りバー</option><option value="b" selected>その他のお気に入り</option></select>')).toBe('<span id="s" data-pic-n="1" class="pic-input pic-select"><span class="pic-option">お気に入りバー</span><span class="pic-option" data-chosen="">その他のお気に入り</span></span>');
	});

	test('a marked option puts its mark and its number on the list', () => {
		// The marking puts the number right after the marked option, inside the list (no HTML parser would).
		const root = fromHtml('<span class="sim-dd"><select><option value="default">既定</option><option value="allow" selected data-pic-n="3">許可</option><option value="deny">許可しない</option></select></span>', { fragment: true });
		const select = (root.children[0] as Element).children[0] as Element;
		select.children.splice(2, 0, { type: 'element', tagName: 'span', properties: { className: ['pic-num'], dataN: '3', ariaHidden: 'true' }, children: [{ type: 'text', value: '③' }] });
		drawFields(root);
		const out = toHtml(root);
		expect(out).toBe('<span class="sim-dd"><span data-pic-n="3" class="pic-input pic-select"><span class="pic-option">既定</span><span class="pic-option" data-chosen="">許可</span><span class="pic-option">許可しない</span></span><span class="pic-num" data-n="3" aria-hidden="true">③</span></span>');
	});
});
