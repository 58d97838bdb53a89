import { useRef, type KeyboardEvent } from 'react';
import { controlFor } from '../../sim/controls';
import { useEnv } from './env';
import { arrows, type Choice } from './keys';
import { isStepControl } from './text';
import { Here } from './ui';

/** Tab lists (Edge's tabs, インターネットのプロパティ, 証明書). */

/** One tab of a tab list (a tab with no event is drawn for recognition only). */
function TabBtn({ choice, onKey, onLocal }: { choice: Choice; onKey: (e: KeyboardEvent) => void; onLocal?: (key: string) => void }) {
	const env = useEnv();
	const marked = !!choice.ev && isStepControl(env.marked, choice.ev);
	const name = choice.ev ? controlFor(choice.ev, env.pc.context).target.name : choice.text;
	return (
		<>
			<button
				type="button"
				role="tab"
				aria-selected={choice.selected}
				aria-label={choice.ev && choice.text !== undefined ? (name as string) : undefined}
				tabIndex={choice.selected ? 0 : -1}
				className="sim-tab"
				data-here={marked || undefined}
				onClick={choice.selected ? undefined : choice.ev ? () => env.send(choice.ev!) : onLocal ? () => onLocal(choice.key) : undefined}
				onKeyDown={onKey}
			>
				{choice.text ?? name}
			</button>
			<Here on={marked && env.showMark} />
		</>
	);
}

/**
 * A tab list with automatic activation: the arrow keys move to a tab and open it. A tab with
 * no event (a page no lesson uses) opens by `onLocal` only: the view shows its page as inert.
 */
export function Tabs({ label, choices, className, onLocal }: { label: string; choices: readonly Choice[]; className?: string; onLocal?: (key: string) => void }) {
	const env = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	const at = Math.max(0, choices.findIndex((c) => c.selected));
	const go = (c: Choice) => {
		if (c.ev) env.send(c.ev);
		// The tab chosen by key keeps the focus (its button is redrawn in place).
		requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus({ preventScroll: true }));
	};
	return (
		<div role="tablist" aria-label={label} className={className ?? 'sim-tabs'} ref={ref}>
			{choices.map((c) => (
				<TabBtn key={c.key} choice={c} onLocal={onLocal} onKey={(e) => arrows(e, choices, at, go, false)} />
			))}
		</div>
	);
}

