import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { findByLabel } from '../../../src/sim-pictures/pictures';

const tree = (html: string) => fromHtml(html, { fragment: true });

describe('a picture finds what the manual names', () => {
	test('a switch named by the label beside it is marked with its label: the row (the setting and its state)', () => {
		const root = tree('<div class="sim-card"><div class="sim-switchrow"><span id="s1">許可 (推奨)</span><button role="switch" aria-labelledby="s1">オン</button></div></div>');
		expect(findByLabel(root, '許可 (推奨)')).toEqual([0, 0]);
	});

	test('a label that names nothing beside it is marked alone', () => {
		const root = tree('<div class="sim-card"><p><span id="t">JavaScript</span><a href="#">詳細</a></p></div>');
		expect(findByLabel(root, 'JavaScript')).toEqual([0, 0, 0]);
	});

	test('a control named by its own aria-label is marked itself', () => {
		const root = tree('<div><button aria-label="設定など">…</button></div>');
		expect(findByLabel(root, '設定など')).toEqual([0, 0]);
	});
});
