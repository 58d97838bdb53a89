import type { Page } from '@playwright/test';
import { openSim, chooseMode, doStep, alreadySo } from '../tests/e2e/sim-support.ts';
import { scenarioData } from '../tests/e2e/practice-support.ts';

export interface ActionTimes {
	/**
	 * Event → its work done: the handlers, React's render and commit, the effects (a focus move
	 * among them), and the layout forced after it (issue 14's budget: median ≤ 16 ms).
	 */
	work: number[];
	/**
	 * The work's parts, per event: the wait until the page heard the event (the event's timestamp →
	 * the first listener), the page's script (→ the event dispatched and the microtasks after it:
	 * the event's handlers, React's render and commit, its effects), the layout forced after it.
	 */
	parts: { wait: number[]; script: number[]; layout: number[] };
	/** Event → the next frame the browser paints (includes waiting for the display's frame). */
	frames: number[];
	/** Events whose propagation a handler stopped: their work is timed to the next task instead (which Chromium runs after the next frame). */
	late: number;
	/** Steps of the journey done (all of them unless it stopped). */
	done: number;
	total: number;
	/** Where the journey stopped, if it did. */
	stopped?: string;
}

type Timing = { __frames: number[]; __work: number[]; __pending: number; __late: number; __parts: { wait: number[]; script: number[]; layout: number[] } };

/**
 * Times every click, key, input and change inside `within` (a selector), from the event's
 * timestamp. The work ends once the event is dispatched: a listener on the document, in the
 * bubbling phase, runs after React's own (on the island's root), whose render, commit and
 * effects run in the microtasks after its listener; a microtask queued there runs after them,
 * and forces the layout. (Not "the next task": after an input event Chromium runs the next frame
 * first, so a timer waited for the display's frame, some 8 ms on average at 60 Hz, work or not.)
 * A handler that stops the event's propagation leaves only the next task (counted as `late`).
 */
export async function timeEvents(page: Page, within: string): Promise<void> {
	await page.evaluate(`(${TIME_EVENTS})(${JSON.stringify(within)})`);
}

/** In the page (a string: tsx would wrap the inner named functions in a helper the page lacks). */
const TIME_EVENTS = `(within) => {
	const w = window;
	w.__pending = 0;
	w.__late = 0;
	w.__frames = [];
	w.__work = [];
	w.__parts = { wait: [], script: [], layout: [] };
	const open = new WeakMap();
	for (const type of ['click', 'keydown', 'input', 'change']) {
		document.addEventListener(
			type,
			(event) => {
				if (!event.target?.closest?.(within)) return;
				const start = event.timeStamp;
				const heard = performance.now();
				const n = w.__work.length + w.__pending++;
				// (For a trace of the journey: bench/render-counts.ts reads each action between these.)
				performance.mark('action-' + n + '-heard');
				let finished = false;
				const finish = () => {
					if (finished) return;
					finished = true;
					const ran = performance.now();
					void document.body.offsetHeight;
					const end = performance.now();
					performance.mark('action-' + n + '-done');
					w.__pending -= 1;
					w.__work.push(end - start);
					w.__parts.wait.push(heard - start);
					w.__parts.script.push(ran - heard);
					w.__parts.layout.push(end - ran);
				};
				open.set(event, () => queueMicrotask(finish));
				setTimeout(() => {
					if (!finished) w.__late += 1;
					finish();
				}, 0);
				// The next frame after the event: React has committed and the browser paints.
				requestAnimationFrame(() =>
					setTimeout(() => {
						w.__frames.push(performance.now() - start);
						performance.mark('action-' + n + '-frame');
					}, 0),
				);
			},
			true,
		);
		document.addEventListener(type, (event) => open.get(event)?.());
	}
}`;

/** The timings `timeEvents` took. */
export async function readTimes(page: Page): Promise<Pick<ActionTimes, 'work' | 'parts' | 'frames' | 'late'>> {
	return page.evaluate(() => {
		const w = window as unknown as Timing;
		return { work: w.__work, frames: w.__frames, parts: w.__parts, late: w.__late };
	});
}

/**
 * Issue 14: how long a simulated action takes to render, over a scripted run of the whole
 * journey in 練習 mode. Every click, key, input and change inside the island (the PC's controls
 * and a check step's answer) is timed.
 */
export async function measureActions(page: Page, siteUrl: string, onStart?: () => Promise<void>): Promise<ActionTimes> {
	const journey = scenarioData('journey');
	const sim = await openSim(page, `${siteUrl}/practice/journey/`);
	await chooseMode(sim, '練習');
	await timeEvents(page, '.sim-island');
	await onStart?.();
	let done = 0;
	let stopped: string | undefined;
	try {
		// As the journey's e2e does it (a check step answered where it asks, a box already as asked
		// left alone), each step seen done before the next.
		for (const [i, step] of journey.steps.entries()) {
			if (!(await alreadySo(sim, step))) {
				await doStep(sim, step);
				// (Not stepDone's 5 s: on a loaded machine a step can take longer to show done.)
				await sim.locator(`.sim-steplist > li:nth-child(${i + 1}).sim-step--done`).waitFor({ timeout: 30_000 });
			}
			done += 1;
		}
	} catch (error) {
		// A figure from part of the journey is still a figure; say where it stopped.
		stopped = `step ${done + 1} 「${journey.steps[done]?.text}」: ${(error as Error).message.split('\n')[0]}`;
	}
	await page.waitForTimeout(300);
	return { ...(await readTimes(page)), done, total: journey.steps.length, stopped };
}

/**
 * What the machine and the browser cost by themselves, timed as `measureActions` times an action:
 * a button on an empty page whose click changes its own text, clicked `count` times.
 */
export async function measureFloor(page: Page, count = 40): Promise<Pick<ActionTimes, 'work' | 'parts' | 'frames' | 'late'>> {
	await page.setContent('<!doctype html><html lang="ja"><body><button type="button">押した回数: 0</button></body></html>');
	const button = page.getByRole('button');
	await button.evaluate((b) => {
		let n = 0;
		b.addEventListener('click', () => (b.textContent = `押した回数: ${++n}`));
	});
	await timeEvents(page, 'button');
	for (let i = 0; i < count; i++) {
		await button.click();
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(300);
	return readTimes(page);
}
