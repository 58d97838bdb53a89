import { useId, type ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl, useEnv } from './env';
import { Caption } from './glyphs';
import { Here } from './ui';

/** The controls only the programs' screens use (loaded with them): check boxes, switches, radio buttons, lists, tabs, windows. */

/** A checkbox whose label is its name. */
export function Check({ ev, checked }: { ev: (checked: boolean) => PcEvent; checked: boolean }) {
	const c = useControl(ev(!checked));
	const env = useEnv();
	return (
		<label className="sim-check" data-here={c.marked || undefined}>
			<input type="checkbox" checked={checked} onChange={(e) => env.send(ev(e.currentTarget.checked))} />
			<span>{c.name}</span>
			<Here on={c.here} />
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
			<Here on={c.here} />
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
			<Here on={c.here} />
		</label>
	);
}

/** A drop-down list (a native select: keyboard and screen readers know it); `row`: Edge's drop-down button at the right of its row. */
export function Pick<T extends string>({ ev, value, options, row }: { ev: (value: T) => PcEvent; value: T; options: readonly (readonly [T, string])[]; row?: boolean }) {
	const c = useControl(ev(value), true);
	const env = useEnv();
	const id = useId();
	return (
		<div className={row ? 'sim-field sim-field--row' : 'sim-field'}>
			<label htmlFor={id}>{c.name}</label>
			<span className={row ? 'sim-dd' : undefined}>
				<select id={id} value={value} data-here={c.marked || undefined} onChange={(e) => env.send(ev(e.currentTarget.value as T))}>
					{options.map(([v, text]) => (
						<option key={v} value={v}>
							{text}
						</option>
					))}
				</select>
				<Here on={c.here} />
			</span>
		</div>
	);
}

/** A window of the virtual PC (a region named by its title): title at the left, —, □ and its close control (`close`, drawn as ×) at the right. */
export function Win({ name, className, close, children }: { name: string; className?: string; close?: ReactNode; children: ReactNode }) {
	return (
		<section aria-label={name} className={`sim-win ${className ?? ''}`}>
			<div className="sim-titlebar">
				<span className="sim-title">{name}</span>
				<Caption close={close} />
			</div>
			<div className="sim-win-body">{children}</div>
		</section>
	);
}

