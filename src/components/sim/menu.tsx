import { useRef, type ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl, useEnv } from './env';
import { useTakeFocus } from './focus';
import { Here } from './ui';

/** An item of a menu. */
export function MenuItem({ ev, icon }: { ev: PcEvent; icon?: ReactNode }) {
	const c = useControl(ev);
	return (
		<>
			<button type="button" role="menuitem" className="sim-menuitem" data-here={c.marked || undefined} onClick={c.send}>
				{icon}
				{c.name}
			</button>
			<Here on={c.here} />
		</>
	);
}

/**
 * A pop-up menu (Edge's [...], the start button's, the add-on bar's [▼]): it takes the focus when
 * it opens, and Esc closes it alone, as a dialog's does (not the dialog under it, nor full screen).
 */
export function PopupMenu({ label, className, close, children }: { label: string; className: string; close: PcEvent; children: ReactNode }) {
	const { send } = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	useTakeFocus(ref);
	return (
		<div
			ref={ref}
			role="menu"
			aria-label={label}
			className={`sim-popup ${className}`}
			onKeyDown={(e) => {
				if (e.key !== 'Escape') return;
				e.stopPropagation();
				e.preventDefault();
				send(close);
			}}
		>
			{children}
		</div>
	);
}
