import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The few readings of a drawn screen's tree the step pictures need (pictures.ts, drawn-fields.ts). */

export const isElement = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';

export function classes(el: Element): string[] {
	const c: unknown = el.properties['className'];
	if (Array.isArray(c)) return c.map(String);
	return typeof c === 'string' ? c.split(/\s+/u) : [];
}

export function addClass(el: Element, name: string) {
	el.properties['className'] = [...classes(el), name];
}

/** The words an element shows on the screen. */
export function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	// Words only a screen reader hears (a column's name) are not on the picture.
	if (node.properties['ariaHidden'] === 'true' || node.tagName === 'svg' || classes(node).includes('sr-only')) return '';
	return node.children.map(textOf).join('');
}
