import { addMinutes } from '../world/time';
import { effect, withWorld, type PcContext } from './context';
import type { PcEvent } from './events';

/**
 * The clock: time moves only when a lesson (or the learner) moves it on — 「数日後へ進む」 for the
 * 連合会's approval, 「30分後へ進む」 for a lockout. Never a timer, so every expiry can be tested
 * at its exact boundary.
 */

type Args = { context: PcContext; event: PcEvent };

export function advanceMinutes(event: PcEvent): number {
	if (event.type !== 'clock.advance') return 0;
	return (event.days ?? 0) * 24 * 60 + (event.minutes ?? 0);
}

export const clockGuards = {
	movesForward: ({ event }: Args) => {
		if (event.type !== 'clock.advance') return false;
		const parts = [event.days ?? 0, event.minutes ?? 0];
		return parts.every((n) => Number.isInteger(n) && n >= 0) && advanceMinutes(event) > 0;
	},
};

export const clockActions = {
	advanceClock: effect((c, e) => withWorld(c, { ...c.world, clock: addMinutes(c.world.clock, advanceMinutes(e)) })),
};
