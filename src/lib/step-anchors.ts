import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';

/**
 * Gives the manual's numbered steps stable anchors and copy-link buttons.
 *
 * Step N of a page gets `id="step-N"`, its sub-step (M) gets `id="step-N-M"`: anchors follow
 * the manual's numbering, not the wording, so a link read out on the phone keeps working when
 * a sentence is reworded. Each step gets a button that copies the section's short link with
 * the step's anchor (`/3-9/#step-5`).
 */
export interface StepAnchorOptions {
	/** The short path of the section, e.g. `/3-9/`; copy buttons are left out without it. */
	shortPath?: string;
	/** The section's number, for the buttons' accessible names. */
	sectionNumber?: string;
}

function isElement(node: ElementContent | Root['children'][number]): node is Element {
	return node.type === 'element';
}

function copyButton(target: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'button',
		properties: {
			type: 'button',
			className: ['copy-button', 'step-link'],
			dataCopy: target,
			ariaLabel: label,
			dataPagefindIgnore: '',
		},
		children: [
			{ type: 'element', tagName: 'span', properties: { className: ['copy-label'], ariaHidden: 'true' }, children: [{ type: 'text', value: 'リンク' }] },
		],
	};
}

/** Puts the button at the end of the step's first paragraph, or first in the step. */
function attachButton(li: Element, button: Element): void {
	const first = li.children.find(isElement);
	if (first && first.tagName === 'p') first.children.push({ type: 'text', value: ' ' }, button);
	else li.children.unshift(button);
}

/**
 * Names each aside (注意 / ポイント / 補足) inside a step after that step: 「補足（手順 5）」,
 * 「注意（手順 2 の (2)）」. Starlight names an aside by its title only, so a page with two 補足
 * would have two landmarks of the same name (axe: landmark-unique) and a screen reader user
 * could not tell them apart; the visible title stays as the manual writes it.
 */
function nameAsides(node: Element, where: string | undefined, seen = new Map<string, number>()): void {
	for (const child of node.children) {
		if (!isElement(child)) continue;
		let here = where;
		const id = typeof child.properties.id === 'string' ? child.properties.id : undefined;
		const step = child.tagName === 'li' && id ? /^step-(\d+)(?:-(\d+))?$/.exec(id) : null;
		if (step) here = step[2] ? `手順 ${step[1]} の (${step[2]})` : `手順 ${step[1]}`;
		const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
		if (child.tagName === 'aside' && classes.includes('starlight-aside') && here && typeof child.properties.ariaLabel === 'string') {
			// Two asides of one kind in one step (2.2.2 step 2 has two 補足) are told apart by their order.
			const key = `${child.properties.ariaLabel}（${here}`;
			const count = (seen.get(key) ?? 0) + 1;
			seen.set(key, count);
			child.properties.ariaLabel = count === 1 ? `${key}）` : `${key}、${count} つ目）`;
		}
		nameAsides(child, here, seen);
	}
}

export function anchorSteps(html: string, options: StepAnchorOptions = {}): string {
	const tree = fromHtml(html, { fragment: true });
	const list = tree.children.find((n): n is Element => isElement(n) && n.tagName === 'ol');
	if (!list) return html;
	const start = typeof list.properties.start === 'number' ? list.properties.start : 1;
	const name = options.sectionNumber ? `${options.sectionNumber} の` : '';
	let n = start - 1;
	for (const li of list.children.filter(isElement)) {
		if (li.tagName !== 'li') continue;
		n += 1;
		li.properties.id = `step-${n}`;
		const nested = li.children.find((c): c is Element => isElement(c) && c.tagName === 'ol');
		if (nested) {
			const classes = Array.isArray(nested.properties.className) ? nested.properties.className : [];
			nested.properties.className = [...classes, 'sub-steps'];
			let m = 0;
			for (const sub of nested.children.filter(isElement)) {
				if (sub.tagName !== 'li') continue;
				m += 1;
				sub.properties.id = `step-${n}-${m}`;
				if (options.shortPath) {
					attachButton(sub, copyButton(`${options.shortPath}#step-${n}-${m}`, `${name}手順 ${n} の (${m}) へのリンクをコピー`));
				}
			}
		}
		if (options.shortPath) {
			attachButton(li, copyButton(`${options.shortPath}#step-${n}`, `${name}手順 ${n} へのリンクをコピー`));
		}
	}
	nameAsides(list, undefined);
	return toHtml(tree);
}
