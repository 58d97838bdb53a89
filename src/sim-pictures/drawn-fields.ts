import type { Element, ElementContent, Root } from 'hast';
import { classes, isElement, textOf } from './hast';

/**
 * A picture's form fields as plain elements that look like them (step-picture.css draws them).
 *
 * Chrome looks at every `<input>` of a page once it has loaded (its form filling), and an input
 * inside a `content-visibility: auto` picture that is not drawn yet makes it lay that picture out
 * first, one picture after another: on 2.2.4 that was 16 layouts in one task of about a second
 * under Lighthouse's 4× CPU, every picture laid out whether anyone scrolls to it or not (a trace
 * of the page load; with the fields as spans the pictures off screen stay undrawn). A picture
 * never takes input (it is inert and hidden from assistive technology), so nothing is lost.
 */
export function drawFields(root: Root | Element): void {
	root.children = root.children.flatMap((child) => (child.type === 'element' ? drawn(child) : child)) as typeof root.children;
}

const elements = (el: Element) => el.children.filter(isElement);

/**
 * A drop-down list shows its chosen option, at the width of its widest. A mark on an option (3.17's [許可], ③) goes on the
 * list, and the mark's number, which the marking put inside the list, after it.
 */
function drawnSelect(el: Element): Element[] {
	const options = elements(el).filter((c) => c.tagName === 'option');
	const chosen = options.find((o) => o.properties['selected']) ?? options[0];
	const markedOption = options.find((o) => o.properties['dataPicN'] !== undefined);
	const badges = elements(el).filter((c) => classes(c).includes('pic-num'));
	const p = el.properties;
	const span: Element = {
		type: 'element',
		tagName: 'span',
		properties: { id: p['id'], dataPicN: p['dataPicN'] ?? markedOption?.properties['dataPicN'], dataHere: p['dataHere'], className: ['pic-input', 'pic-select', ...classes(el)] },
		// Every option in one place, the chosen one seen: the list is as wide as its widest option, as a browser draws it.
		children: options.map((o) => ({ type: 'element', tagName: 'span', properties: { className: ['pic-option'], dataChosen: o === chosen ? '' : undefined }, children: [{ type: 'text', value: textOf(o) }] })),
	};
	return [span, ...badges];
}


function drawn(el: Element): Element | Element[] {
	if (el.tagName === 'select') return drawnSelect(el);
	if (el.tagName !== 'input') {
		drawFields(el);
		return el;
	}
	const p = el.properties;
	const kept = { id: p['id'], dataPicN: p['dataPicN'], dataHere: p['dataHere'] };
	const own = classes(el);
	const type = typeof p['type'] === 'string' ? p['type'] : 'text';
	if (type === 'checkbox' || type === 'radio') {
		return {
			type: 'element',
			tagName: 'span',
			properties: { ...kept, className: ['pic-input', 'pic-check', `pic-check--${type}`, ...own], dataChecked: p['checked'] ? '' : undefined, dataDisabled: p['disabled'] ? '' : undefined },
			children: [],
		};
	}
	const value = typeof p['value'] === 'string' || typeof p['value'] === 'number' ? String(p['value']) : '';
	const placeholder = typeof p['placeholder'] === 'string' ? p['placeholder'] : '';
	const children: ElementContent[] = value
		? [{ type: 'text', value }]
		: placeholder
			? [{ type: 'element', tagName: 'span', properties: { className: ['pic-placeholder'] }, children: [{ type: 'text', value: placeholder }] }]
			: [];
	return { type: 'element', tagName: 'span', properties: { ...kept, className: ['pic-input', ...own] }, children };
}
