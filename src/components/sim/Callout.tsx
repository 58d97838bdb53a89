import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { overlaps, placeCallout, type Rect } from './stage';

/**
 * The current step's callout (issue 14 "the instruction where the eye is"): the step's text and
 * its one hint area, in a balloon beside the step's target on the practice screen, never over it,
 * kept inside the screen; the account card sits in a corner of the screen away from the target
 * and the dialog it is in. The target is the control carrying `data-here` (env.ts), or for a step
 * that asks to look at a text, the smallest element showing that text. Positions are set through
 * the CSSOM (no style attribute: the page's CSP allows none).
 */

interface Props {
	/** The stage (the positioned box around the screen) and the screen region inside it. */
	readonly stage: RefObject<HTMLDivElement | null>;
	readonly pc: RefObject<HTMLDivElement | null>;
	/** The target's name (the manual's label): where several controls carry the mark (any address typed), the one so named. */
	readonly name?: string | undefined;
	/** A text the step asks to look at (the target when no control carries the mark). */
	readonly text?: string | undefined;
	/** Docked above the screen instead of anchored (the screen scrolls sideways on a narrow page). */
	readonly docked: boolean;
	/** Anything that changes what is drawn (the PC, the step): the callout is placed again. */
	readonly deps: unknown;
	readonly card?: ReactNode;
	readonly children: ReactNode;
}

const visible = (el: Element) => el.getClientRects().length > 0;

const nameOf = (el: HTMLElement) => el.getAttribute('aria-label') ?? (el.id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el.textContent ?? '';

function findTarget(pc: HTMLElement, name: string | undefined, text: string | undefined): HTMLElement | null {
	const marked = [...pc.querySelectorAll<HTMLElement>('[data-here]')].filter((el) => visible(el) && !el.closest('[inert]'));
	const named = marked.find((el) => nameOf(el).trim() === name);
	if (named ?? marked[0]) return named ?? marked[0]!;
	if (!text) return null;
	let best: HTMLElement | null = null;
	for (const el of pc.querySelectorAll<HTMLElement>('.sim-screen *')) {
		if (!el.textContent?.includes(text) || !visible(el) || el.closest('[inert]')) continue;
		if (!best || best.contains(el)) best = el;
	}
	return best;
}

/**
 * A target in a list that scrolls inside the screen (Edge's settings list, the custom-level tree)
 * is brought into that list's view once for its step, as the callout points at it; the page
 * itself never scrolls.
 */
function revealInside(target: HTMLElement, pc: HTMLElement): void {
	for (let box = target.parentElement; box && box !== pc; box = box.parentElement) {
		if (box.scrollHeight <= box.clientHeight + 1) continue;
		const [t, b] = [target.getBoundingClientRect(), box.getBoundingClientRect()];
		const zoom = box.offsetHeight > 0 ? b.height / box.offsetHeight : 1;
		if (t.top < b.top) box.scrollTop -= (b.top - t.top) / zoom + 8;
		else if (t.bottom > b.bottom) box.scrollTop += (t.bottom - b.bottom) / zoom + 8;
	}
}

function relative(el: Element, to: DOMRect): Rect {
	const r = el.getBoundingClientRect();
	return { x: r.left - to.left, y: r.top - to.top, width: r.width, height: r.height };
}

export function Callout({ stage, pc, name, text, docked, deps, card, children }: Props) {
	const box = useRef<HTMLDivElement>(null);
	const cardBox = useRef<HTMLDivElement>(null);
	const revealed = useRef<Element | null>(null);
	useLayoutEffect(() => {
		const place = () => {
			const el = box.current;
			const host = stage.current;
			const screenEl = pc.current?.querySelector('.sim-screen');
			if (!host || !pc.current || !screenEl) return;
			const origin = host.getBoundingClientRect();
			const screen = relative(screenEl, origin);
			const targetEl = findTarget(pc.current, name, text);
			if (targetEl && revealed.current !== targetEl && !docked) {
				revealed.current = targetEl;
				revealInside(targetEl, pc.current);
			}
			const target = targetEl ? relative(targetEl, origin) : null;
			// The 「ここ」 beside the target is not to be covered either.
			const here = targetEl?.nextElementSibling;
			const obstacles: Rect[] = here?.classList.contains('sim-here') ? [relative(here, origin)] : [];
			const dialogEl = targetEl?.closest('[role="dialog"], [role="alertdialog"]');
			const dialog = dialogEl ? relative(dialogEl, origin) : null;
			const cardEl = cardBox.current;
			if (cardEl && !docked) {
				const formEl = targetEl?.closest('form');
				const avoid = [target, dialog, formEl ? relative(formEl, origin) : null].filter((r): r is Rect => r !== null);
				const size = { width: cardEl.offsetWidth, height: cardEl.offsetHeight };
				const corners: Rect[] = [
					{ x: screen.x + screen.width - size.width - 8, y: screen.y + screen.height - size.height - 48, ...size },
					{ x: screen.x + screen.width - size.width - 8, y: screen.y + 88, ...size },
					{ x: screen.x + 8, y: screen.y + screen.height - size.height - 48, ...size },
					{ x: screen.x + 8, y: screen.y + 88, ...size },
				];
				const spot = corners.find((c) => !avoid.some((a) => overlaps(c, a))) ?? corners.find((c) => !target || !overlaps(c, target)) ?? corners[0]!;
				cardEl.style.setProperty('left', `${spot.x}px`);
				cardEl.style.setProperty('top', `${spot.y}px`);
				obstacles.push(spot);
			}
			if (!el) return;
			if (docked) {
				el.dataset['side'] = 'docked';
				el.style.removeProperty('left');
				el.style.removeProperty('top');
				return;
			}
			const spot = placeCallout(target, { width: el.offsetWidth, height: el.offsetHeight }, screen, obstacles, dialog);
			el.style.setProperty('left', `${spot.x}px`);
			el.style.setProperty('top', `${spot.y}px`);
			el.dataset['side'] = spot.side;
			if (target && spot.side !== 'corner') {
				// The arrow points at the target's middle, along the callout's edge.
				const along = spot.side === 'below' || spot.side === 'above' ? target.x + target.width / 2 - spot.x : target.y + target.height / 2 - spot.y;
				const length = spot.side === 'below' || spot.side === 'above' ? spot.width : spot.height;
				el.style.setProperty('--arrow-at', `${Math.max(14, Math.min(along, length - 14))}px`);
			}
		};
		// Placed in the next frame, before it is painted: reading the layout inside React's commit
		// would force a layout in the middle of every action.
		const host = stage.current;
		if (!host) return;
		let frame = 0;
		const later = () => {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(place);
		};
		later();
		const observer = new ResizeObserver(later);
		observer.observe(host);
		if (box.current) observer.observe(box.current);
		// A program's view loads after the event that opened it, and the mark moves with it.
		const mutations = new MutationObserver(later);
		if (pc.current) mutations.observe(pc.current, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-here', 'class', 'hidden'] });
		// Lists inside dialogs scroll; the target moves with them.
		host.addEventListener('scroll', later, true);
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
			mutations.disconnect();
			host.removeEventListener('scroll', later, true);
		};
	}, [stage, pc, name, text, docked, deps]);
	return (
		<>
			{card ? (
				<div ref={cardBox} className="sim-cardspot">
					{card}
				</div>
			) : null}
			{children ? (
				<div ref={box} className="sim-callout" role="note" aria-label="いまの手順">
					{children}
				</div>
			) : null}
		</>
	);
}
