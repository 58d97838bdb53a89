import type { Page } from '@playwright/test';
import { openSim, chooseMode, doStep, alreadySo } from '../tests/e2e/sim-support.ts';
import { scenarioData } from '../tests/e2e/practice-support.ts';

export interface ActionTimes {
	/** Event → React rendered and the page laid out (issue 14's budget: median ≤ 16 ms). */
	work: number[];
	/**
	 * The work's parts, per event: the wait until the page heard the event (the event's timestamp →
	 * the first listener), the page's script (→ the next task: the event's handlers, React's render
	 * and commit, its effects), the layout forced after it.
	 */
	parts: { wait: number[]; script: number[]; layout: number[] };
	/** Event → the next frame the browser paints. */
	frames: number[];
	/** Steps of the journey done (all of them unless it stopped). */
	done: number;
	total: number;
	/** Where the journey stopped, if it did. */
	stopped?: string;
}

/**
 * Issue 14: how long a simulated action takes to render, over a scripted run of the whole
 * journey in 練習 mode. Every click, key, input and change inside the island (the PC's controls
 * and a check step's answer) is timed from the event's timestamp.
 */
export async function measureActions(page: Page, siteUrl: string, onStart?: () => Promise<void>): Promise<ActionTimes> {
	const journey = scenarioData('journey');
	const sim = await openSim(page, `${siteUrl}/practice/journey/`);
	await chooseMode(sim, '練習');
	await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __work: number[]; __pending: number; __parts: { wait: number[]; script: number[]; layout: number[] } };
		w.__pending = 0;
		w.__frames = [];
		w.__work = [];
		w.__parts = { wait: [], script: [], layout: [] };
		for (const type of ['click', 'keydown', 'input', 'change']) {
			document.addEventListener(
				type,
				(event) => {
					if (!(event.target as Element | null)?.closest?.('.sim-island')) return;
					const start = event.timeStamp;
					const heard = performance.now();
					const n = w.__work.length + w.__pending++;
					// (For a trace of the journey: bench/render-counts.ts reads the work of each action between these.)
					performance.mark(`action-${n}-heard`);
					// The work: React renders a discrete event before the next task; forcing layout there
					// gives the time to a rendered, laid-out screen, without the wait for the display's frame.
					setTimeout(() => {
						const ran = performance.now();
						void document.body.offsetHeight;
						const end = performance.now();
						performance.mark(`action-${n}-done`);
						w.__pending -= 1;
						w.__work.push(end - start);
						w.__parts.wait.push(heard - start);
						w.__parts.script.push(ran - heard);
						w.__parts.layout.push(end - ran);
					}, 0);
					// The next frame after the event: React has committed and the browser paints.
					requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - start), 0));
				},
				true,
			);
		}
	});
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
	const { work, frames, parts } = await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __work: number[]; __parts: { wait: number[]; script: number[]; layout: number[] } };
		return { work: w.__work, frames: w.__frames, parts: w.__parts };
	});
	return { work, parts, frames, done, total: journey.steps.length, stopped };
}
