import { createContext, useContext } from 'react';
import { controlFor } from '../../sim/controls';
import type { PcEvent } from '../../sim/machines/events';
import type { PcSnapshot } from '../../sim/pc';
import type { Step } from '../../sim/scenarios/types';
import { isLookedAt, isStepControl } from './text';

/**
 * What every screen of the virtual PC reads: the PC snapshot to draw, how to send an event, which
 * step's control to mark, and whether focus follows dialogs (練習 and テスト; in 見る the learner's
 * focus stays on [次へ]). Screens hold no behaviour: they draw the snapshot and send events.
 */
export interface SimEnv {
	readonly pc: PcSnapshot;
	readonly send: (event: PcEvent) => void;
	/**
	 * The step whose control is the target: it carries `data-here`, which the step's callout
	 * anchors to (練習 and 見る; テスト only once a hint is asked).
	 */
	readonly marked: Step | undefined;
	/** Whether the target is visibly marked (outline and 「ここ」): 見る, and 練習's second hint. */
	readonly showMark: boolean;
	/** The login dialog waits behind the current check (trainer.ts `heldDialog`): not drawn yet. */
	readonly held?: boolean;
	/** 練習 and テスト: dialogs take the focus and give it back. */
	readonly interactive: boolean;
	/** The address the current step asks to type, in 練習 only (a wrong one is compared with it). */
	readonly expectedUrl: string | null;
	/** Puts the focus somewhere sensible in the PC after what had it disappeared. */
	readonly refocus: () => void;
	/**
	 * The control that last had the focus in the PC: what opened a dialog (by the time the dialog
	 * mounts, the screen beneath is inert and the browser has already taken the focus away).
	 */
	readonly lastFocused: () => HTMLElement | null;
}

export const Env = createContext<SimEnv | null>(null);

export function useEnv(): SimEnv {
	const env = useContext(Env);
	if (!env) throw new Error('drawn outside <Env>');
	return env;
}

/** A control's accessible name (the manual's label, from the engine's table), whether it is marked, and its action. */
export function useControl(event: PcEvent, loose = false) {
	const env = useEnv();
	const target = controlFor(event, env.pc.context).target;
	const marked = isStepControl(env.marked, event, loose) || isLookedAt(env.marked, target);
	return {
		name: target.name,
		marked,
		/** The 「ここ」 mark is shown beside it (<Here on={here} />). */
		here: marked && env.showMark,
		send: () => env.send(event),
	};
}
