import {
	approvalTakesDays,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
	type SectionNumber,
} from '../facts';
import { section as sectionOf, sectionPath, sectionTitle } from '../sections';
import { playSteps } from '../sim/scenarios/play';
import type { Scenario } from '../sim/scenarios/types';
import { hasValidClientCert, isIssued, isTemporaryCert, isValidCert, passwordExpiresAt } from '../sim/world/derive';
import { practiceAccount } from '../sim/world/practice-account';
import type { World } from '../sim/world/types';
import { screenDate, toMinutes, type IsoDateTime } from '../sim/world/time';

/**
 * Where the learner is on the whole journey (issue 7): the section they are in, with its link,
 * what comes next, and the waits and deadlines of the setup (「承認まで数日」, 「仮クライアント
 * 証明書は 10 日以内に」). Everything is read from the journey scenario's own steps and from the
 * worlds its steps pass through, so the panel follows the engine when the journey changes.
 */

/** A run of consecutive steps written in one section (1.2.1, 1.2.2, 2.2.1 … 2.3.2). */
export interface Stage {
	readonly section: SectionNumber;
	readonly title: string;
	readonly href: string;
	/** First step of the stage, and one past its last. */
	readonly from: number;
	readonly to: number;
}

export function journeyStages(scenario: Scenario): Stage[] {
	const stages: Stage[] = [];
	scenario.steps.forEach((step, i) => {
		const last = stages.at(-1);
		if (last && last.section === step.section) {
			stages[stages.length - 1] = { ...last, to: i + 1 };
			return;
		}
		const s = sectionOf(step.section);
		stages.push({ section: step.section, title: sectionTitle(s), href: sectionPath(s), from: i, to: i + 1 });
	});
	return stages;
}

export type StageState = 'done' | 'current' | 'todo';

export interface JourneyPlace {
	readonly stages: readonly Stage[];
	readonly states: readonly StageState[];
	/** The stage of the current step (null when the journey is finished). */
	readonly current: Stage | null;
	readonly currentNumber: number;
	/** The current step within its stage, from 1, and the stage's length. */
	readonly stepInStage: number;
	readonly stepsInStage: number;
	/** The link to the current step in the manual's page (`/2-2-4-…/#step-2-3`). */
	readonly stepHref: string | null;
	readonly next: Stage | null;
	readonly finished: boolean;
}

/** The learner's place from the trainer's step index (`steps.length` or `finished`: the end). */
export function journeyPlace(scenario: Scenario, index: number, finished = false): JourneyPlace {
	const stages = journeyStages(scenario);
	const total = scenario.steps.length;
	const at = Math.max(0, Math.min(index, total));
	const done = finished || at >= total;
	const n = done ? -1 : stages.findIndex((s) => at >= s.from && at < s.to);
	const current = n >= 0 ? stages[n]! : null;
	const step = done ? undefined : scenario.steps[at];
	return {
		stages,
		states: stages.map((s, i) => (done || s.to <= at ? 'done' : i === n ? 'current' : 'todo')),
		current,
		currentNumber: n + 1,
		stepInStage: current ? at - current.from + 1 : 0,
		stepsInStage: current ? current.to - current.from : 0,
		stepHref: current && step ? `${current.href}${step.anchor ? `#${step.anchor}` : ''}` : null,
		next: n >= 0 ? (stages[n + 1] ?? null) : null,
		finished: done,
	};
}

/* ---------- Waits and deadlines ---------- */

export type WaitKey = 'approval' | 'temporaryCert' | 'temporaryPassword';
/** Not yet met on the journey / in force now / behind the learner. */
export type WaitState = 'ahead' | 'now' | 'behind';

export interface Wait {
	readonly key: WaitKey;
	/** The short form the learner remembers (「承認まで数日」). */
	readonly label: string;
	/** What the manual says about it, in one sentence. */
	readonly detail: string;
	readonly section: SectionNumber;
	readonly anchor: string;
	readonly state: WaitState;
	/** The deadline on the practice PC's calendar, when one is running (「2025/04/18 まで」). */
	readonly until?: string;
	/** Whole days left before the deadline on the practice PC's clock. */
	readonly daysLeft?: number;
	/** How the simulation makes the time pass (the clock control's name), for a wait. */
	readonly control?: string;
}

const office = practiceAccount.officeNumber;

/** A client-certificate request of the office that the federation has not approved yet. */
function approvalPending(w: World): boolean {
	return w.certService.requests.some((r) => r.office === office && !isIssued(r, w.clock));
}

function approvalDone(w: World): boolean {
	return w.certService.requests.some((r) => r.office === office && isIssued(r, w.clock));
}

/** The temporary certificate whose 10 days are running (the newest valid one). */
function runningTemporaryCert(w: World) {
	return [...w.certificates.personal].reverse().find((c) => isTemporaryCert(c) && isValidCert(c, w.clock));
}

function daysBetween(from: IsoDateTime, to: IsoDateTime): number {
	return Math.floor((toMinutes(to) - toMinutes(from)) / (24 * 60));
}

/** The three waits and deadlines of the setup, as they stand in a world. */
export function waitsIn(world: World): Wait[] {
	const temp = runningTemporaryCert(world);
	const clientCert = hasValidClientCert(world, office);
	const account = world.kanagawa.accounts[office];
	const hasTemporaryPassword = account?.password.kind === 'temporary';
	const passwordDue = account && hasTemporaryPassword && clientCert ? passwordExpiresAt(account) : null;
	return [
		{
			key: 'approval',
			label: `承認まで${approvalTakesDays.value}`,
			detail: `クライアント証明書を要求してから連合会の承認作業が終わるまで、${approvalTakesDays.value}かかる場合があります。`,
			section: '2.2.4',
			anchor: 'step-2-9',
			state: approvalPending(world) ? 'now' : approvalDone(world) || clientCert ? 'behind' : 'ahead',
		},
		{
			key: 'temporaryCert',
			label: `仮クライアント証明書は ${temporaryClientCertValidityDays.value} 日以内に`,
			detail: `仮クライアント証明書の有効期限は発行日から ${temporaryClientCertValidityDays.value} 日間です。承認の後のクライアント証明書のインストールは、その間に行います。`,
			section: '2.2.4',
			anchor: 'step-3',
			...(temp && !clientCert
				? { state: 'now' as const, until: screenDate(temp.to), daysLeft: daysBetween(world.clock, temp.to) }
				: { state: clientCert ? ('behind' as const) : ('ahead' as const) }),
		},
		{
			key: 'temporaryPassword',
			label: `仮パスワードは発行日から ${temporaryPasswordValidityDays.value} 日`,
			detail: `仮パスワードの有効期限は発行日から ${temporaryPasswordValidityDays.value} 日です。受け取ったら、すみやかに本パスワードに変更します。`,
			section: '2.3.1',
			anchor: 'step-10',
			...(passwordDue
				? { state: 'now' as const, until: screenDate(passwordDue), daysLeft: daysBetween(world.clock, passwordDue) }
				: { state: hasTemporaryPassword ? ('ahead' as const) : ('behind' as const) }),
		},
	];
}

const pathCache = new WeakMap<Scenario, readonly World[]>();

/** The world before each step of the scenario's own path (computed once per scenario). */
function pathWorlds(scenario: Scenario): readonly World[] {
	let worlds = pathCache.get(scenario);
	if (!worlds) {
		worlds = playSteps(scenario).map((pc) => pc.context.world);
		pathCache.set(scenario, worlds);
	}
	return worlds;
}

/**
 * The waits and deadlines at a step of the journey, from the world the manual's steps have
 * made by then (the learner who went another way is back on this path to be at this step).
 */
export function waitsAt(scenario: Scenario, index: number): Wait[] {
	const worlds = pathWorlds(scenario);
	const waits = waitsIn(worlds[Math.max(0, Math.min(index, worlds.length - 1))]!);
	// The journey's own step that lets the days of approval pass names the clock control.
	const clock = scenario.steps.find((s) => s.kind === 'action' && s.event.type === 'clock.advance' && s.section === '2.2.4');
	return waits.map((w) => (w.key === 'approval' && clock?.kind === 'action' ? { ...w, control: clock.target.name } : w));
}
