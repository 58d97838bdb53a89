import { canPc, startPc, stepPc, type PcSnapshot } from '../../../src/sim/pc';
import type { PcEvent } from '../../../src/sim/machines/events';
import type { World } from '../../../src/sim/world/types';

/** Plays events from a world; throws on an event the PC cannot take (tests name the step). */
export function play(world: World | PcSnapshot, events: readonly PcEvent[]): PcSnapshot {
	let pc = 'context' in world ? world : startPc(world);
	for (const e of events) {
		if (!canPc(pc, e)) throw new Error(`The PC cannot take ${JSON.stringify(e)} in ${JSON.stringify(pc.value)}`);
		pc = stepPc(pc, e);
	}
	return pc;
}

/** Like play, but an event the PC cannot take is simply not applied (as a click on nothing). */
export function tryAll(pc: PcSnapshot, events: readonly PcEvent[]): PcSnapshot {
	return events.reduce((s, e) => (canPc(s, e) ? stepPc(s, e) : s), pc);
}

export function tab(pc: PcSnapshot) {
	const win = pc.context.world.edge.windows.at(-1);
	return win?.tabs[win.active];
}
