import { useEffect, useRef } from 'react';
import type { TrainerContext } from '../../sim/trainer-core';

/**
 * The page's own <Steps> and the simulation point at each other (DESIGN.md "The steps in the
 * page's text and the simulation point at each other"): the step the trainer is on gets
 * `step-current` (and `aria-current="step"`) on the page's `li#step-N` / `#step-N-M`; in 見る a
 * click on a step of the page (not on a link or button in it) moves the simulation there.
 * Only steps written on this page's section are linked (a lesson may follow another page's steps).
 */
export function usePageSteps(ctx: TrainerContext, pageSection: string | undefined, goTo: (index: number) => void): void {
	const step = ctx.finished ? undefined : ctx.scenario.steps[ctx.index];
	const anchor = step && step.section === pageSection ? step.anchor : undefined;
	useEffect(() => {
		const li = anchor ? document.getElementById(anchor) : null;
		if (!li?.closest('.sl-steps')) return;
		li.classList.add('step-current');
		li.setAttribute('aria-current', 'step');
		return () => {
			li.classList.remove('step-current');
			li.removeAttribute('aria-current');
		};
	}, [anchor]);

	// In 見る the page's steps can be clicked: say so with the pointer.
	const watching = ctx.mode === 'watch' && !!pageSection;
	useEffect(() => {
		if (!watching) return;
		const lists = [...document.querySelectorAll('.sl-steps')];
		for (const l of lists) l.classList.add('sim-linked');
		return () => {
			for (const l of lists) l.classList.remove('sim-linked');
		};
	}, [watching]);

	const latest = useRef({ ctx, goTo });
	latest.current = { ctx, goTo };
	useEffect(() => {
		if (!pageSection) return;
		const onClick = (e: MouseEvent) => {
			const { ctx: c, goTo: go } = latest.current;
			if (c.mode !== 'watch' || !(e.target instanceof Element)) return;
			if (e.target.closest('a, button, input, select, textarea, summary')) return;
			// A sub-step (1) with no step of its own goes to the first step of its step.
			for (let li = e.target.closest<HTMLElement>('.sl-steps li[id^="step-"]'); li; li = li.parentElement?.closest<HTMLElement>('.sl-steps li[id^="step-"]') ?? null) {
				const id = li.id;
				const index = c.scenario.steps.findIndex((s) => s.section === pageSection && (s.anchor === id || s.anchor?.startsWith(`${id}-`)));
				if (index >= 0) return go(index);
			}
		};
		document.addEventListener('click', onClick);
		return () => document.removeEventListener('click', onClick);
	}, [pageSection]);
}
