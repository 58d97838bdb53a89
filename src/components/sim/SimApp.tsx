import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { controlFor } from '../../sim/controls';
import type { PcEvent } from '../../sim/machines/events';
import type { Scenario } from '../../sim/scenarios/types';
import { currentStep, heldDialog, markable, stepAvailable, summary, type Mode, type PracticeRules } from '../../sim/trainer-core';
import { Env, type SimEnv } from './env';
import { focusCalmly } from './focus';
import { Screen } from './Screen';
import { ModeHelp, ModeSwitch, StepList } from './TrainerParts';

const Result = lazy(async () => ({ default: (await import('./TrainerExtras')).Result }));
const AccountNote = lazy(async () => ({ default: (await import('./TrainerExtras')).AccountNote }));
// What the screen means after a wrong path: only 練習 and テスト take wrong paths (見る plays the
// manual's steps, whose text says what a lesson's opening fault is), so it loads with them.
const ScreenNote = lazy(async () => ({ default: (await import('./notes')).ScreenNote }));
const NarrowNote = lazy(() => import('./NarrowNote'));
import { announcement, calloutHint, justChecked, placeLabel, RESTART_STEP } from './text';
import { FULLSCREEN_OFF, FULLSCREEN_ON } from './stage';
import { Callout } from './Callout';
import { useFullscreen, useStageFit } from './useStage';
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
	/** The rules of 練習 and テスト, when loaded with the island (it opens in 練習 or テスト, or resumes). */
	readonly practice?: PracticeRules;
	/** The section of the page the simulation is on (its steps are highlighted there). */
	readonly pageSection?: string;
	/** Slugs of the sections the scenario's steps are written in (for links to them). */
	readonly slugs: Readonly<Record<string, string>>;
}

const WATCH_ONLY = '見るモードでは画面を操作できません。[次へ] で次の手順に進みます（操作するときは「練習」を選びます）。';

export default function SimApp({ scenario, mode, persist, practice, pageSection, slugs }: AppProps) {
	const { ctx, send: toTrainer, mode: mode_, setMode, rules, notice, recordNotice, dismissRecordNotice } = useTrainer(scenario, mode, persist, practice);
	const [message, setMessage] = useState<string>(notice ?? '');
	const say = useCallback((text: string) => setMessage((m) => (m === text ? `${text}\u200b` : text)), []);
	// Said in the render that draws the change (React's "information from previous renders"), not
	// in an effect: an effect's message was a second commit, restyle and layout in every action.
	const [seen, setSeen] = useState(ctx);
	if (seen !== ctx) {
		setSeen(ctx);
		const text = announcement(seen, ctx, pageSection);
		if (text) say(text);
	}

	const pcRef = useRef<HTMLDivElement>(null);
	const refocus = useCallback(() => {
		const root = pcRef.current;
		if (!root) return;
		const layers = [...root.querySelectorAll<HTMLElement>('.sim-layer:not([inert]) :is([role="dialog"], [role="alertdialog"]), [data-window]')];
		const top = layers.reverse().find((el) => !el.closest('[inert]'));
		const target = top?.querySelector<HTMLElement>('[data-autofocus], button:not([disabled]), input, select, [tabindex="0"]');
		focusCalmly(target ?? root);
	}, []);

	const focused = useRef<HTMLElement | null>(null);
	const lastFocused = useCallback(() => (focused.current?.isConnected ? focused.current : null), []);

	const send = useCallback(
		(event: PcEvent) => {
			if (mode_ === 'watch') say(WATCH_ONLY);
			else toTrainer({ type: 'act', event, at: performance.now() });
		},
		[toTrainer, mode_, say],
	);
	const step = currentStep(ctx);
	// The step's target carries `data-here` when it is on screen (the callout anchors to it); it is
	// visibly marked where the trainer says so (見る, and the second hint).
	const marked = step && (mode_ !== 'test' || ctx.hint > 0) && (mode_ === 'watch' || stepAvailable(ctx)) ? step : undefined;
	const showMark = markable(ctx) !== undefined;
	const expectedUrl = mode_ === 'practice' && step?.kind === 'action' && step.event.type === 'edge.navigate' ? step.event.url : null;
	const held = heldDialog(ctx);
	const env: SimEnv = useMemo(
		() => ({ pc: ctx.pc, send, marked, showMark, interactive: mode_ !== 'watch', refocus, lastFocused, expectedUrl, held }),
		[ctx.pc, send, marked, showMark, mode_, refocus, lastFocused, expectedUrl, held],
	);
	const appRef = useRef<HTMLDivElement>(null);
	const stageRef = useRef<HTMLDivElement>(null);
	const fit = useStageFit(pcRef);
	const fullscreen = useFullscreen(appRef);

	const goTo = useCallback((index: number) => toTrainer({ type: 'goTo', index }), [toTrainer]);
	usePageSteps(ctx, pageSection, goTo);

	const clockEvents = useMemo(() => {
		const seen = new Map<string, PcEvent>();
		for (const s of scenario.steps) if (s.kind === 'action' && s.event.type === 'clock.advance') seen.set(JSON.stringify(s.event), s.event);
		return [...seen.values()];
	}, [scenario]);

	const total = ctx.steps.length;
	const account = needsAccount(ctx.pc);
	const place = step ? placeLabel(step, pageSection) || `手順 ${ctx.index + 1}` : '';
	// The way back from any state: in 練習 beside the step and its diagnosis, in テスト in the bar.
	const restartStep = (
		<button type="button" className="sim-cta" disabled={ctx.finished} onClick={() => toTrainer({ type: 'restartStep', at: performance.now() })}>
			{RESTART_STEP}
		</button>
	);
	const hint = calloutHint(ctx);
	const checked = justChecked(ctx, pageSection);
	// A check the learner answers (1.2.1's 「105 以降ですか？」): in the callout, in テスト too.
	const ask = mode_ !== 'watch' && step?.kind === 'check' && step.ask ? step.ask : undefined;
	// テスト shows the step only when a hint is asked for (and counted).
	const showStep = step && (mode_ !== 'test' || ctx.hint > 0);
	return (
		<div className="sim-app" ref={appRef} data-mode={mode_}>
			<div className="sim-trainerbar">
				<ModeSwitch
					mode={mode_}
					onChange={(m) => {
						setMode(m);
						// Choosing a mode brings the whole practice (buttons and screen) into view at once.
						appRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
					}}
				/>
				<p className="sim-summary" id={`sim-summary-${scenario.id}`}>
					{summary(ctx)}
				</p>
				<div className="sim-row sim-actions">
					{mode_ === 'watch' ? (
						<>
							<button type="button" className="sim-cta" disabled={ctx.index === 0} onClick={() => toTrainer({ type: 'back' })}>
								前へ
							</button>
							<button type="button" className="sim-cta sim-cta--primary" disabled={ctx.index >= total} onClick={() => toTrainer({ type: 'next' })}>
								次へ
							</button>
						</>
					) : (
						<>
							<button type="button" className="sim-cta" disabled={ctx.finished || ctx.hint === 2} onClick={() => toTrainer({ type: 'hint', at: performance.now() })}>
								{mode_ === 'test' ? 'ヒント（減点されます）' : 'ヒント'}
							</button>
							{mode_ === 'test' ? restartStep : null}
							{clockEvents.map((event) => (
								<button key={JSON.stringify(event)} type="button" className="sim-cta" onClick={() => send(event)}>
									{controlFor(event, ctx.pc.context).target.name}
								</button>
							))}
						</>
					)}
					<button type="button" className="sim-cta" onClick={() => toTrainer({ type: 'restart' })}>
						最初から
					</button>
					{fullscreen.supported ? (
						// Says what it does now (a name that changes, so not also a pressed toggle).
						<button type="button" className="sim-cta" onClick={fullscreen.toggle}>
							{fullscreen.on ? FULLSCREEN_OFF : FULLSCREEN_ON}
						</button>
					) : null}
				</div>
			</div>
			{fit.narrow ? (
				<Suspense fallback={null}>
					<NarrowNote />
				</Suspense>
			) : null}
			<div className="sim-main">
				<Env.Provider value={env}>
					<div className="sim-stage" ref={stageRef} data-narrow={fit.narrow || undefined}>
						<div
							className="sim-pc"
							ref={pcRef}
							// A narrow page scrolls the screen sideways: then the region itself takes the keyboard's focus to scroll.
							tabIndex={fit.narrow ? 0 : -1}
							role="region"
							aria-label="練習用のパソコン画面"
							data-mark={showMark || undefined}
							data-narrow={fit.narrow || undefined}
							onFocus={(e) => {
								if (e.target !== pcRef.current) focused.current = e.target;
							}}
						>
							<Screen />
						</div>
						<Callout
							stage={stageRef}
							pc={pcRef}
							name={marked?.target.name}
							text={marked?.target.role === 'text' ? marked.target.name : undefined}
							docked={fit.narrow}
							deps={ctx}
							card={
								account ? (
									<Suspense fallback={null}>
										<AccountNote where={account} />
									</Suspense>
								) : null
							}
						>
							{showStep || ask ? (
								<>
									{showStep ? (
										<>
											{checked ? <p className="sim-checked">{checked}</p> : null}
											<p className="sim-callout-place">{place}</p>
											<p className="sim-now">{step.text}</p>
										</>
									) : null}
									{ask ? (
										<div className="sim-row sim-ask" role="group" aria-label={ask.question}>
											<p>{ask.question}</p>
											{ask.answers.map((a) => (
												<button key={a} type="button" className="sim-cta" onClick={() => toTrainer({ type: 'answer', answer: a, at: performance.now() })}>
													{a}
												</button>
											))}
										</div>
									) : null}
									{/* One hint area: the trainer's hint, or else what the screen means after a wrong path (notes.tsx). */}
									{hint && showStep ? (
										<p className="sim-hint">{hint}</p>
									) : showStep && mode_ !== 'watch' ? (
										<Suspense fallback={null}>
											<ScreenNote />
										</Suspense>
									) : null}
									{mode_ === 'practice' ? <p className="sim-callout-actions">{restartStep}</p> : null}
								</>
							) : null}
						</Callout>
					</div>
				</Env.Provider>
				<div className="sim-side">
					<div className="sim-feedback" aria-live="polite" aria-atomic="true">
						{message}
					</div>
					<ModeHelp mode={mode_} />
					{ctx.finished ? <p className="sim-goal-done">目標を達成しました: {scenario.goal.text}</p> : null}
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
					{ctx.finished && mode_ === 'test' ? (
						<Suspense fallback={null}>
							{rules.current ? <Result score={rules.current.score(ctx)} pageSection={pageSection} slugs={slugs} /> : null}
						</Suspense>
					) : null}
					<StepList ctx={ctx} pageSection={pageSection} slugs={slugs} onGo={goTo} summaryId={`sim-summary-${scenario.id}`} />
				</div>
			</div>
		</div>
	);
}
