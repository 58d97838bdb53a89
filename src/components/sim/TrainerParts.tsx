import { memo, useEffect, useId, useRef } from 'react';
import { modeLabels, statusLabels, stepStatuses, type Mode, type StepStatus, type TrainerContext } from '../../sim/trainer-core';
import type { Step } from '../../sim/scenarios/types';
import { afterLayout } from './after-layout';
import { placeHref, placeLabel } from './text';

/** The trainer's parts around the PC: the mode switch and the step list. */

const modes: readonly Mode[] = ['watch', 'practice', 'test'];
const modeHelp: Readonly<Record<Mode, string>> = {
	watch: '[次へ] で手順を 1 つずつ再生します。',
	practice: '画面を操作して進めます。違う操作をするとヒントが出ます。',
	test: 'ヒントなしで最後まで操作し、点数を出します。',
};

export function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
	const name = useId();
	return (
		<fieldset className="sim-modes">
			<legend>モード</legend>
			{modes.map((m) => (
				<label key={m} className={mode === m ? 'sim-mode sim-mode--on' : 'sim-mode'}>
					<input type="radio" name={name} value={m} checked={mode === m} onChange={() => onChange(m)} />
					{modeLabels[m]}
				</label>
			))}
		</fieldset>
	);
}

/** What the mode is for, in a sentence (below the screen: the toolbar above it stays one row). */
export function ModeHelp({ mode }: { mode: Mode }) {
	return <p className="sim-muted sim-modehelp">{modeHelp[mode]}</p>;
}

interface ListProps {
	ctx: TrainerContext;
	pageSection: string | undefined;
	slugs: Readonly<Record<string, string>>;
	onGo: (index: number) => void;
	summaryId: string;
}

interface RowProps {
	step: Step;
	index: number;
	status: StepStatus;
	mode: Mode;
	pageSection: string | undefined;
	slugs: Readonly<Record<string, string>>;
	onGo: (index: number) => void;
}

/** One step of the list; memoised, so that an action redraws only the rows whose state changed (the journey has 110). */
const StepRow = memo(function StepRow({ step, index: i, status: st, mode, pageSection, slugs, onGo }: RowProps) {
	const href = placeHref(step, pageSection, slugs);
	const place = placeLabel(step, pageSection);
	const text = mode === 'test' && st !== 'done' ? `手順 ${i + 1}` : step.text;
	return (
		<li aria-current={st === 'current' ? 'step' : undefined} className={`sim-step sim-step--${st}`}>
			<span className={`sim-status sim-status--${st}`}>{statusLabels[st]}</span>
			{mode === 'watch' ? (
				<button type="button" className="sim-steptext" onClick={() => onGo(i)}>
					{text}
				</button>
			) : (
				<span className="sim-steptext">{text}</span>
			)}
			{href && place ? (
				<a className="sim-place" href={href}>
					{place}
				</a>
			) : null}
		</li>
	);
});

/** Every step with its state (済 / 今ここ / まだ / 要やり直し); in 見る a step is a button that goes there. */
export function StepList({ ctx, pageSection, slugs, onGo, summaryId }: ListProps) {
	const statuses = stepStatuses(ctx);
	const ref = useRef<HTMLOListElement>(null);
	// Keeps the current step in view inside the list (not the page), a third of the way down.
	useEffect(() => {
		const list = ref.current;
		const li = list?.querySelector<HTMLElement>('[aria-current="step"]');
		if (!list || !li) return;
		afterLayout(li, list, ({ boundingClientRect: r, rootBounds }) => {
			if (rootBounds) list.scrollTop = Math.max(0, list.scrollTop + r.top - rootBounds.top - rootBounds.height / 3);
		});
	}, [ctx.index]);
	return (
		<div className="sim-steps">
			<p className="sim-strong" id={`${summaryId}-list`}>
				手順の一覧
			</p>
			<ol ref={ref} className="sim-steplist" aria-labelledby={`${summaryId}-list`} aria-describedby={summaryId}>
				{ctx.scenario.steps.map((step, i) => (
					<StepRow key={i} step={step} index={i} status={statuses[i]!} mode={ctx.mode} pageSection={pageSection} slugs={slugs} onGo={onGo} />
				))}
			</ol>
		</div>
	);
}

