import type { KeyboardEvent, ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';

/** A choice of a list box or a tab list, and how the arrow keys move between them. */

export interface Choice {
	readonly ev: PcEvent | null;
	/** What the choice shows; its name is the engine's (the manual's label). Required without an event. */
	readonly text?: ReactNode;
	readonly selected: boolean;
	readonly key: string;
}

/** Moves between choices with the arrow keys (Home/End too), as the tab and listbox patterns ask. */
export function arrows(e: KeyboardEvent, choices: readonly Choice[], at: number, go: (c: Choice) => void, vertical: boolean) {
	const [back, fwd] = vertical ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
	const usable = choices.filter((c) => c.ev);
	const i = usable.findIndex((c) => c === choices[at]);
	let next: Choice | undefined;
	if (e.key === fwd) next = usable[Math.min(usable.length - 1, i + 1)];
	else if (e.key === back) next = usable[Math.max(0, i - 1)];
	else if (e.key === 'Home') next = usable[0];
	else if (e.key === 'End') next = usable.at(-1);
	else return;
	e.preventDefault();
	if (next && next !== choices[at]) go(next);
}

