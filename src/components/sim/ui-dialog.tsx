import { useId, useRef, type ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl, useEnv } from './env';
import { G, paths } from './glyphs';
import { Here } from './ui';
import { useTakeFocus } from './focus';
import { arrows, type Choice } from './keys';

/** Dialogs, text boxes and list boxes: loaded with the first screen that has one. */

interface FieldProps {
	ev: (value: string) => PcEvent;
	value: string;
	/** Typed secrets are shown as dots and never offered to the browser's password manager. */
	secret?: boolean;
	/** The label is drawn beside (default) or above the box (`wide`). */
	wide?: boolean;
	/** The label is drawn inside the empty box (Windows セキュリティ's prompt); it stays the box's name. */
	inside?: boolean;
	onEnter?: () => void;
	autoFocusId?: string;
}

/** A text box whose label is its name; every keystroke sends the field's text (the engine keeps it). */
export function Field({ ev, value, secret, wide, inside, onEnter }: FieldProps) {
	const c = useControl(ev(value));
	const env = useEnv();
	const id = useId();
	return (
		<div className={inside ? 'sim-field sim-field--inside' : wide ? 'sim-field sim-field--wide' : 'sim-field'}>
			<label htmlFor={id} className={inside ? 'sr-only' : undefined}>
				{c.name}
			</label>
			<input
				id={id}
				type="text"
				className={secret ? 'sim-secret' : undefined}
				value={value}
				placeholder={inside ? c.name : undefined}
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
			<Here on={c.here} />
		</div>
	);
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
			<Here on={c.here} />
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

interface DlgProps {
	/** The dialog's accessible name: its title bar's text. */
	name: string;
	role?: 'dialog' | 'alertdialog';
	/** Sent on Escape, where the real dialog closes on it. */
	esc?: PcEvent;
	/** What takes the focus when the dialog opens (a CSS selector inside it); else its first control. */
	initial?: string;
	className?: string;
	/** What the title bar shows when it is not the dialog's name (Windows セキュリティ over 証明書の確認). */
	title?: string;
	/** The title bar's × when it is a control of its own (NaRAClientControl's 【×】). */
	close?: ReactNode;
	children: ReactNode;
}

/**
 * A dialog of the virtual PC (ARIA dialog pattern): named by its title, the focus moves in when
 * it opens and back to what opened it when it closes (練習 and テスト), Escape where the real one
 * takes it. Its modality is the PC's own: the screens beneath are made inert by the screen, so
 * the trainer's controls and its live region outside the PC stay reachable.
 */
export function Dlg({ name, role = 'dialog', esc, initial, className, title, close, children }: DlgProps) {
	const env = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	const id = useId();
	useTakeFocus(ref, initial);
	return (
		<div
			ref={ref}
			role={role}
			aria-labelledby={title ? undefined : id}
			aria-label={title ? name : undefined}
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
					{title ?? name}
				</span>
				{/* The title bar's × (drawn; the dialog's own buttons and Escape are its controls). */}
				{close ? (
					<span className="sim-caption">{close}</span>
				) : (
					<span className="sim-caption" aria-hidden="true">
						<span className="sim-cap sim-cap--x" onClick={esc ? () => env.send(esc) : undefined}>
							<G d={paths.close} size={10} />
						</span>
					</span>
				)}
			</div>
			<div className="sim-dialog-body">{children}</div>
		</div>
	);
}

