import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { controlFor } from '../../sim/controls';
import type { PcEvent } from '../../sim/machines/events';
import { useControl, useEnv } from './env';
import { isStepControl } from './text';
import { arrows, Here, Tag, type Choice } from './ui';

/** The controls only the programs' screens use (loaded with them): check boxes, switches, radio buttons, lists, tabs, windows. */

/** A checkbox whose label is its name. */
export function Check({ ev, checked }: { ev: (checked: boolean) => PcEvent; checked: boolean }) {
	const c = useControl(ev(!checked));
	const env = useEnv();
	return (
		<label className="sim-check" data-here={c.marked || undefined}>
			<input type="checkbox" checked={checked} onChange={(e) => env.send(ev(e.currentTarget.checked))} />
			<span>{c.name}</span>
			<Here on={c.marked} />
		</label>
	);
}

/** An on/off switch (Edge and Windows 11 settings): its label is its name, the state is said as オン / オフ. */
export function Switch({ ev, on }: { ev: (on: boolean) => PcEvent; on: boolean }) {
	const c = useControl(ev(!on));
	const id = useId();
	return (
		<div className="sim-switchrow">
			<span id={id}>{c.name}</span>
			<button type="button" role="switch" aria-checked={on} aria-labelledby={id} className="sim-switch" data-here={c.marked || undefined} onClick={c.send}>
				<span aria-hidden="true" className="sim-switch-knob" />
				{on ? 'オン' : 'オフ'}
			</button>
			<Here on={c.marked} />
		</div>
	);
}

/** A radio button of a group (セキュリティ設定): arrow keys move through the group as in Windows. */
export function Radio({ ev, name, checked }: { ev: PcEvent; name: string; checked: boolean }) {
	const c = useControl(ev);
	return (
		<label className="sim-check" data-here={c.marked || undefined}>
			<input type="radio" name={name} checked={checked} onChange={c.send} />
			<span>{c.name}</span>
			<Here on={c.marked} />
		</label>
	);
}

/** A drop-down list (a native select: keyboard and screen readers know it). */
export function Pick<T extends string>({ ev, value, options }: { ev: (value: T) => PcEvent; value: T; options: readonly (readonly [T, string])[] }) {
	const c = useControl(ev(value), true);
	const env = useEnv();
	const id = useId();
	return (
		<div className="sim-field">
			<label htmlFor={id}>{c.name}</label>
			<select id={id} value={value} data-here={c.marked || undefined} onChange={(e) => env.send(ev(e.currentTarget.value as T))}>
				{options.map(([v, text]) => (
					<option key={v} value={v}>
						{text}
					</option>
				))}
			</select>
			<Here on={c.marked} />
		</div>
	);
}

/** One tab of a tab list (a tab with no event is drawn for recognition only). */
function TabBtn({ choice, onKey }: { choice: Choice; onKey: (e: KeyboardEvent) => void }) {
	const env = useEnv();
	const marked = !!choice.ev && isStepControl(env.marked, choice.ev);
	const name = choice.ev ? controlFor(choice.ev, env.pc.context).target.name : choice.text;
	return (
		<>
			<button
				type="button"
				role="tab"
				aria-selected={choice.selected}
				tabIndex={choice.selected ? 0 : -1}
				className="sim-tab"
				data-here={marked || undefined}
				onClick={choice.ev && !choice.selected ? () => env.send(choice.ev!) : undefined}
				onKeyDown={onKey}
			>
				{name}
			</button>
			<Here on={marked} />
		</>
	);
}

/** A tab list with automatic activation: the arrow keys move to a tab and open it. */
export function Tabs({ label, choices }: { label: string; choices: readonly Choice[] }) {
	const env = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	const at = Math.max(0, choices.findIndex((c) => c.selected));
	const go = (c: Choice) => {
		if (c.ev) env.send(c.ev);
		// The tab chosen by key keeps the focus (its button is redrawn in place).
		requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
	};
	return (
		<div role="tablist" aria-label={label} className="sim-tabs" ref={ref}>
			{choices.map((c) => (
				<TabBtn key={c.key} choice={c} onKey={(e) => arrows(e, choices, at, go, false)} />
			))}
		</div>
	);
}

/** A window of the virtual PC (a region named by its title). */
export function Win({ name, className, bar, children }: { name: string; className?: string; bar?: ReactNode; children: ReactNode }) {
	return (
		<section aria-label={name} className={`sim-win ${className ?? ''}`}>
			<div className="sim-titlebar">
				<span className="sim-title">{name}</span>
				<Tag />
				<span className="sim-titlebar-end">{bar}</span>
			</div>
			<div className="sim-win-body">{children}</div>
		</section>
	);
}

/** Our own words inside a drawing (what the simulation explains, not what the screen shows). */
export function Note({ children }: { children: ReactNode }) {
	return <p className="sim-note">{children}</p>;
}
