import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { controlFor } from '../../sim/controls';
import type { PcEvent } from '../../sim/machines/events';
import type { Scenario } from '../../sim/scenarios/types';
import { currentStep, markable, summary, type Mode } from '../../sim/trainer';
import { Env, type SimEnv } from './env';
import { Screen } from './Screen';
import { ModeSwitch, StepList } from './TrainerParts';

const Result = lazy(async () => ({ default: (await import('./TrainerExtras')).Result }));
const AccountNote = lazy(async () => ({ default: (await import('./TrainerExtras')).AccountNote }));
import { announcement, hintText, placeLabel, RESTART_STEP } from './text';
import { usePageSteps } from './usePageSteps';
import { useTrainer, type Persist } from './useTrainer';
import { needsAccount } from './layers';

/**
 * The interactive simulation: the trainer around the virtual PC. 見る plays the scenario's steps
 * with [前へ] / [次へ]; 練習 lets the learner act, with the step's text after a wrong action and
 * the 「ここ」 mark after the second; テスト scores. Feedback is announced in a polite live region.
 */

export interface AppProps {
	readonly scenario: Scenario;
	readonly mode: Mode;
	/** The training record's hooks and the engine's save and restore, when loaded with the island (progress to resume). */
	readonly persist?: Persist;
	/** The section of the page the simulation is on (its steps are highlighted there). */
	readonly pageSection?: string;
	/** Slugs of the sections the scenario's steps are written in (for links to them). */
	readonly slugs: Readonly<Record<string, string>>;
}

const WATCH_ONLY = '見るモードでは画面を操作できません。[次へ] で次の手順に進みます（操作するときは「練習」を選びます）。';

export default function SimApp({ scenario, mode, persist, pageSection, slugs }: AppProps) {
	const { actor, ctx, notice, recordNotice, dismissRecordNotice } = useTrainer(scenario, mode, persist);
	const [message, setMessage] = useState<string>(notice ?? '');
	const say = useCallback((text: string) => setMessage((m) => (m === text ? `${text}\u200b` : text)), []);
	const prev = useRef(ctx);
	useEffect(() => {
		const text = announcement(prev.current, ctx, pageSection);
		prev.current = ctx;
		if (text) say(text);
	}, [ctx, say, pageSection]);

	const pcRef = useRef<HTMLDivElement>(null);
	const refocus = useCallback(() => {
		const root = pcRef.current;
		if (!root) return;
		const layers = [...root.querySelectorAll<HTMLElement>('.sim-layer:not([inert]) [role="dialog"], .sim-layer:not([inert]) [role="alertdialog"], [data-window]')];
		const top = layers.reverse().find((el) => !el.closest('[inert]'));
		const target = top?.querySelector<HTMLElement>('[data-autofocus], button:not([disabled]), input, select, [tabindex="0"]');
		(target ?? root).focus();
	}, []);

	const focused = useRef<HTMLElement | null>(null);
	const lastFocused = useCallback(() => (focused.current?.isConnected ? focused.current : null), []);

	const mode_ = ctx.mode;
	const send = useCallback(
		(event: PcEvent) => {
			if (mode_ === 'watch') say(WATCH_ONLY);
			else actor.send({ type: 'act', event, at: performance.now() });
		},
		[actor, mode_, say],
	);
	const step = currentStep(ctx);
	const marked = markable(ctx);
	const expectedUrl = mode_ === 'practice' && step?.kind === 'action' && step.event.type === 'edge.navigate' ? step.event.url : null;
	const env: SimEnv = useMemo(
		() => ({ pc: ctx.pc, send, marked, interactive: mode_ !== 'watch', refocus, lastFocused, expectedUrl }),
		[ctx.pc, send, marked, mode_, refocus, lastFocused, expectedUrl],
	);

	usePageSteps(ctx, pageSection, (index) => actor.send({ type: 'goTo', index }));

	const clockEvents = useMemo(() => {
		const seen = new Map<string, PcEvent>();
		for (const s of scenario.steps) if (s.kind === 'action' && s.event.type === 'clock.advance') seen.set(JSON.stringify(s.event), s.event);
		return [...seen.values()];
	}, [scenario]);

	const total = ctx.steps.length;
	const account = needsAccount(ctx.pc);
	return (
		<div className="sim-app">
			<ModeSwitch mode={mode_} onChange={(m) => actor.send({ type: 'mode', mode: m })} />
			<div className="sim-bar">
				<p className="sim-summary" id={`sim-summary-${scenario.id}`}>
					{summary(ctx)}
				</p>
				{mode_ !== 'test' && step ? (
					<p className="sim-now">
						{/* The manual's numbering, as the step list gives it (「手順 7 の (1)」; issue 16 point 7). */}
						{placeLabel(step, pageSection) ? `${placeLabel(step, pageSection)}: ` : ''}
						{step.text}
					</p>
				) : null}
				{mode_ !== 'watch' && step?.kind === 'check' && step.ask ? (
					<div className="sim-row sim-ask" role="group" aria-label={step.ask.question}>
						<p>{step.ask.question}</p>
						{step.ask.answers.map((a) => (
							<button key={a} type="button" className="sim-cta" onClick={() => actor.send({ type: 'answer', answer: a, at: performance.now() })}>
								{a}
							</button>
						))}
					</div>
				) : null}
				{ctx.finished ? <p className="sim-goal-done">目標を達成しました: {scenario.goal.text}</p> : null}
				<div className="sim-row">
					{mode_ === 'watch' ? (
						<>
							<button type="button" className="sim-cta" disabled={ctx.index === 0} onClick={() => actor.send({ type: 'back' })}>
								前へ
							</button>
							<button type="button" className="sim-cta sim-cta--primary" disabled={ctx.index >= total} onClick={() => actor.send({ type: 'next' })}>
								次へ
							</button>
						</>
					) : (
						<>
							<button type="button" className="sim-cta" disabled={ctx.finished || ctx.hint === 2} onClick={() => actor.send({ type: 'hint', at: performance.now() })}>
								{mode_ === 'test' ? 'ヒント（減点されます）' : 'ヒント'}
							</button>
							<button type="button" className="sim-cta" disabled={ctx.finished} onClick={() => actor.send({ type: 'restartStep', at: performance.now() })}>
								{RESTART_STEP}
							</button>
							{clockEvents.map((event) => (
								<button key={JSON.stringify(event)} type="button" className="sim-cta" onClick={() => send(event)}>
									{controlFor(event, ctx.pc.context).target.name}
								</button>
							))}
						</>
					)}
					<button type="button" className="sim-cta" onClick={() => actor.send({ type: 'restart' })}>
						最初から
					</button>
				</div>
			</div>
			<div className="sim-feedback" aria-live="polite" aria-atomic="true">
				{message}
			</div>
			<div className="sim-record" role="status">
				{recordNotice ? (
					<>
						<strong>{recordNotice.title}</strong> {recordNotice.text}{' '}
						<button type="button" className="sim-cta" onClick={dismissRecordNotice}>
							わかりました
						</button>
					</>
				) : null}
			</div>
			{ctx.hint > 0 && mode_ !== 'watch' && !ctx.finished ? <p className="sim-hint">{hintText(ctx)}</p> : null}
			<Env.Provider value={env}>
				<div
					className="sim-pc"
					ref={pcRef}
					tabIndex={-1}
					role="region"
					aria-label="練習用のパソコン画面"
					onFocus={(e) => {
						if (e.target !== pcRef.current) focused.current = e.target;
					}}
				>
					<span className="sim-pc-badge" aria-hidden="true">
						練習
					</span>
					<Screen />
				</div>
				{account ? (
					<Suspense fallback={null}>
						<AccountNote where={account} />
					</Suspense>
				) : null}
			</Env.Provider>
			{ctx.finished && mode_ === 'test' ? (
				<Suspense fallback={null}>
					<Result ctx={ctx} pageSection={pageSection} slugs={slugs} />
				</Suspense>
			) : null}
			<StepList ctx={ctx} pageSection={pageSection} slugs={slugs} onGo={(index) => actor.send({ type: 'goTo', index })} summaryId={`sim-summary-${scenario.id}`} />
		</div>
	);
}
