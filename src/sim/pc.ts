import { createActor, initialTransition, transition, type SnapshotFrom } from 'xstate';
import { certManagerRegion } from './machines/cert-manager';
import { certServiceRegion } from './machines/cert-service';
import { initialUi, type PcContext } from './machines/context';
import { controlPanelRegion } from './machines/control-panel';
import { edgeRegion } from './machines/edge';
import type { PcEvent } from './machines/events';
import { internetOptionsRegion } from './machines/internet-options';
import { kanagawaRegion } from './machines/kanagawa';
import { pcSetup } from './machines/setup';
import { shellRegion } from './machines/shell';
import { windows11Region } from './machines/windows11';
import { windowsSecurityRegion } from './machines/windows-security';
import type { World } from './world/types';

/**
 * The virtual PC: one XState machine over one world. Each real program is a region of it
 * (machines/*.ts), so a click in one program can open another's dialog (Edge's [インターネット
 * オプション] opens Internet Options; a navigation opens Windows セキュリティ) and the whole PC
 * can be explored by xstate/graph. The world is the context; no timers, no side effects.
 */
export const pcMachine = pcSetup.createMachine({
	id: 'pc',
	type: 'parallel',
	context: ({ input }) => input,
	on: {
		'clock.advance': { guard: 'movesForward', actions: 'advanceClock' },
	},
	states: {
		shell: shellRegion,
		edge: edgeRegion,
		internetOptions: internetOptionsRegion,
		controlPanel: controlPanelRegion,
		certManager: certManagerRegion,
		windows11: windows11Region,
		windowsSecurity: windowsSecurityRegion,
		certService: certServiceRegion,
		kanagawa: kanagawaRegion,
	},
});

export type PcSnapshot = SnapshotFrom<typeof pcMachine>;
export type PcStateValue = PcSnapshot['value'];

export function pcInput(world: World): PcContext {
	return { world, ui: initialUi(world) };
}

/** The PC as it starts from a world (pure). */
export function startPc(world: World): PcSnapshot {
	return initialTransition(pcMachine, pcInput(world))[0];
}

/** The PC after an event (pure; an event the PC cannot take now leaves it as it was). */
export function stepPc(snapshot: PcSnapshot, event: PcEvent): PcSnapshot {
	return transition(pcMachine, snapshot, event)[0];
}

/** Whether the PC would respond to the event now (a legal action). */
export function canPc(snapshot: PcSnapshot, event: PcEvent): boolean {
	return snapshot.can(event);
}

/** A live actor, for a view that drives the PC without the trainer. */
export function createPc(world: World) {
	return createActor(pcMachine, { input: pcInput(world) });
}

/** Everything that makes two PC states the same: which dialogs are open and the context. */
export function pcKey(snapshot: PcSnapshot): string {
	return JSON.stringify([snapshot.value, snapshot.context]);
}
