import { describe, expect, test } from 'vitest';
import { anchorSteps } from '../../src/lib/step-anchors';

/** What Starlight's <Aside type="note" title="補足"> renders. */
const aside = (title: string, type = 'note') =>
	`<aside aria-label="${title}" class="starlight-aside starlight-aside--${type}"><p class="starlight-aside__title" aria-hidden="true">${title}</p><div class="starlight-aside__content"><p>…</p></div></aside>`;

describe('asides inside the steps', () => {
	const html = anchorSteps(
		`<ol><li><p>一</p>${aside('補足')}</li><li><p>二</p>${aside('注意', 'caution')}<ol><li><p>(1)</p></li><li><p>(2)</p>${aside('注意', 'caution')}</li></ol></li><li><p>三</p>${aside('補足')}</li></ol>`,
	);
	const labels = [...html.matchAll(/<aside aria-label="([^"]+)"/g)].map((m) => m[1]);

	test('are named after their step, so no two landmarks of a page share a name (3.1 has three 補足)', () => {
		expect(labels).toEqual(['補足（手順 1）', '注意（手順 2）', '注意（手順 2 の (2)）', '補足（手順 3）']);
		expect(new Set(labels).size).toBe(labels.length);
	});

	test('keep the title the manual prints', () => {
		const titles = [...html.matchAll(/<p class="starlight-aside__title" aria-hidden="true">([^<]+)<\/p>/g)].map((m) => m[1]);
		expect(titles).toEqual(['補足', '注意', '注意', '補足']);
	});
});
