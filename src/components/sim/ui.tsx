import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl } from './env';

/**
 * The small controls every screen is drawn with. Each takes the event it sends and gets its
 * accessible name from the engine (`useControl` → `controlFor`), so the names are the manual's
 * labels wherever they are drawn. A control the current step asks for carries the 「ここ」 mark
 * (an outline and the word, never colour alone).
 */

/** The data a drag of Edge's [サイト情報の表示] carries (the desktop takes only our own drags). */
export const SITE_DRAG = 'application/x-sim-site';

/**
 * The mark beside a control: the word 「ここ」 (hidden from the accessibility tree: the hint says it
 * in words). `on` is the control's `here` (useControl: marked, and the mark shown). Memoised and
 * reading no context, so that an action redraws only the marks that come or go.
 */
export const Here = memo(function Here({ on }: { on: boolean }) {
	return on ? (
		<span className="sim-here" aria-hidden="true">
			ここ
		</span>
	) : null;
});

interface BtnProps {
	ev: PcEvent;
	/** What the button shows when it is not its name (a symbol); the name stays the manual's label. */
	show?: ReactNode;
	className?: string;
	disabled?: boolean;
	/** Right-click (3.14's start button); the context-menu key and Shift+F10 do the same. */
	context?: boolean;
	/** A tooltip: how to use it when that is not a plain click (the start button's right-click). */
	title?: string;
	onSent?: () => void;
}

export function Btn({ ev, show, className, disabled, context, title, onSent }: BtnProps) {
	const c = useControl(ev);
	const fire = () => {
		c.send();
		onSent?.();
	};
	return (
		<>
			<button
				type="button"
				className={className ?? 'sim-btn'}
				aria-label={show === undefined ? undefined : c.name}
				title={title}
				data-here={c.marked || undefined}
				disabled={disabled}
				onClick={context ? undefined : fire}
				onContextMenu={
					context
						? (e) => {
								e.preventDefault();
								fire();
							}
						: undefined
				}
			>
				{show ?? c.name}
			</button>
			<Here on={c.here} />
		</>
	);
}

/** A link that sends an event; `open: 'dblclick'` for desktop icons (Enter opens them too). */
export function Lnk({ ev, show, className, dbl }: { ev: PcEvent; show?: ReactNode; className?: string; dbl?: boolean }) {
	const c = useControl(ev);
	const key = (e: KeyboardEvent) => {
		if (e.key === 'Enter') {
			e.preventDefault();
			c.send();
		}
	};
	return (
		<>
			<a
				role="link"
				tabIndex={0}
				className={className ?? 'sim-link'}
				aria-label={show === undefined ? undefined : c.name}
				data-here={c.marked || undefined}
				onClick={dbl ? undefined : c.send}
				onDoubleClick={dbl ? c.send : undefined}
				onKeyDown={key}
			>
				{show ?? c.name}
			</a>
			<Here on={c.here} />
		</>
	);
}
