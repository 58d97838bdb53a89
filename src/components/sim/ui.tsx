import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl, useEnv } from './env';

/**
 * The small controls every screen is drawn with. Each takes the event it sends and gets its
 * accessible name from the engine (`useControl` → `controlFor`), so the names are the manual's
 * labels wherever they are drawn. A control the current step asks for carries the 「ここ」 mark
 * (an outline and the word, never colour alone).
 */

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"], [role="link"]';

/** The mark beside a control: the word 「ここ」 (hidden from the accessibility tree: the hint says it in words). */
export function Here({ on }: { on: boolean }) {
	return on ? (
		<span className="sim-here" aria-hidden="true">
			ここ
		</span>
	) : null;
}

/** 「練習」 on every window and dialog: nobody mistakes a drawing for the real thing. */
export function Tag() {
	return <span className="sim-tag">練習</span>;
}

interface BtnProps {
	ev: PcEvent;
	/** What the button shows when it is not its name (a symbol); the name stays the manual's label. */
	show?: ReactNode;
	className?: string;
	disabled?: boolean;
	/** Right-click (3.14's start button); the context-menu key and Shift+F10 do the same. */
	context?: boolean;
	onSent?: () => void;
}

export function Btn({ ev, show, className, disabled, context, onSent }: BtnProps) {
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
			<Here on={c.marked} />
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
			<Here on={c.marked} />
		</>
	);
}

interface FieldProps {
	ev: (value: string) => PcEvent;
	value: string;
	/** Typed secrets are shown as dots and never offered to the browser's password manager. */
	secret?: boolean;
	/** The label is drawn beside (default) or inside the box as a placeholder-like caption. */
	wide?: boolean;
	onEnter?: () => void;
	autoFocusId?: string;
}

/** A text box whose label is its name; every keystroke sends the field's text (the engine keeps it). */
export function Field({ ev, value, secret, wide, onEnter }: FieldProps) {
	const c = useControl(ev(value));
	const env = useEnv();
	const id = useId();
	return (
		<div className={wide ? 'sim-field sim-field--wide' : 'sim-field'}>
			<label htmlFor={id}>{c.name}</label>
			<input
				id={id}
				type="text"
				className={secret ? 'sim-secret' : undefined}
				value={value}
				autoComplete="off"
				spellCheck={false}
				autoCapitalize="off"
				data-here={c.marked || undefined}
				onChange={(e) => env.send(ev(e.currentTarget.value))}
				onKeyDown={(e) => {
					if (e.key === 'Enter' && onEnter) {
						e.preventDefault();
						onEnter();
					}
				}}
			/>
			<Here on={c.marked} />
		</div>
	);
}

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

/** One choice of a list: sends its event when chosen. */
function Opt({ choice, ev, id }: { choice: Choice; ev: PcEvent; id: string }) {
	const c = useControl(ev);
	return (
		<li
			role="option"
			id={id}
			aria-selected={choice.selected}
			aria-label={choice.text === undefined ? undefined : c.name}
			className="sim-opt"
			data-here={c.marked || undefined}
			onClick={c.send}
		>
			{choice.text ?? c.name}
			<Here on={c.marked} />
		</li>
	);
}

/** A listbox (zones, trusted sites, search results, certificates): one tab stop, arrows choose. */
export function ListBox({ label, choices, className, idPrefix }: { label: string; choices: readonly Choice[]; className?: string; idPrefix?: string }) {
	const env = useEnv();
	const base = useId();
	const prefix = idPrefix ?? base;
	const at = Math.max(0, choices.findIndex((c) => c.selected));
	return (
		<ul
			role="listbox"
			aria-label={label}
			tabIndex={0}
			className={className ?? 'sim-list'}
			aria-activedescendant={choices.length ? `${prefix}-${at}` : undefined}
			onKeyDown={(e) => arrows(e, choices, at, (c) => c.ev && env.send(c.ev), true)}
		>
			{choices.map((c, i) =>
				c.ev ? (
					<Opt key={c.key} choice={c} ev={c.ev} id={`${prefix}-${i}`} />
				) : (
					<li key={c.key} role="option" id={`${prefix}-${i}`} aria-selected={c.selected} aria-disabled="true" className="sim-opt">
						{c.text}
					</li>
				),
			)}
		</ul>
	);
}

/**
 * Moves the focus into a dialog or menu when it opens, and back to what opened it when it closes
 * (or, when that is gone, to the PC), in 練習 and テスト only: in 見る the focus stays on [次へ].
 */
export function useTakeFocus(ref: RefObject<HTMLElement | null>, initial?: string) {
	const env = useEnv();
	const interactive = env.interactive;
	const refocus = env.refocus;
	const lastFocused = env.lastFocused;
	useEffect(() => {
		if (!interactive) return;
		const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
		const opener = active ?? lastFocused();
		const el = ref.current;
		const target = (initial ? el?.querySelector<HTMLElement>(initial) : null) ?? el?.querySelector<HTMLElement>(FOCUSABLE) ?? el;
		target?.focus();
		return () => {
			if (opener && opener.isConnected && !opener.closest('[inert]') && !el?.contains(opener)) opener.focus();
			else refocus();
		};
		// Once per opening: a dialog's identity is its mounting.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
}

interface DlgProps {
	/** The dialog's accessible name: its title bar's text. */
	name: string;
	role?: 'dialog' | 'alertdialog';
	/** Sent on Escape, where the real dialog closes on it. */
	esc?: PcEvent;
	/** What takes the focus when the dialog opens (a CSS selector inside it); else its first control. */
	initial?: string;
	className?: string;
	children: ReactNode;
}

/**
 * A dialog of the virtual PC (ARIA dialog pattern): named by its title, the focus moves in when
 * it opens and back to what opened it when it closes (練習 and テスト), Escape where the real one
 * takes it. Its modality is the PC's own: the screens beneath are made inert by the screen, so
 * the trainer's controls and its live region outside the PC stay reachable.
 */
export function Dlg({ name, role = 'dialog', esc, initial, className, children }: DlgProps) {
	const env = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	const id = useId();
	useTakeFocus(ref, initial);
	return (
		<div
			ref={ref}
			role={role}
			aria-labelledby={id}
			tabIndex={-1}
			className={`sim-dialog ${className ?? ''}`}
			onKeyDown={(e) => {
				if (e.key === 'Escape' && esc) {
					e.stopPropagation();
					e.preventDefault();
					env.send(esc);
				}
			}}
		>
			<div className="sim-titlebar">
				<span id={id} className="sim-title">
					{name}
				</span>
				<Tag />
			</div>
			<div className="sim-dialog-body">{children}</div>
		</div>
	);
}

