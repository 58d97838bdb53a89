import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { measureActions } from './actions.ts';

export interface RenderCounts {
	/** Events timed over the journey (as `actions` counts them). */
	events: number;
	/** React components rendered (function, class, forwardRef and memo components), in all. */
	components: number;
	/** React commits within the actions' work (the event heard → its work done, as `actions` times it; each one a DOM update to restyle and lay out), in all. */
	commits: number;
	/** Within the actions' windows (the event heard → the next frame painted, as `actions` marks them): elements whose style the browser recomputed (trace: UpdateLayoutTree's elementCount), in all. */
	restyled: number;
	/** Layout objects laid out again (trace: Layout's dirtyObjects), in all. */
	relaidOut: number;
	/** The components that rendered most, by the class of the first element they draw, with their renders in all. */
	top: Array<[string, number]>;
	/** Paint events. */
	paints: number;
	/** Within the actions' windows: time (ms, in all; depends on the load, for proportions only) in style recalcs, layouts, paints (with pre-paint and layerize), and tasks that ran script. */
	ms: { style: number; layout: number; paint: number; script: number };
}

const PAINTING = new Set(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'PaintImage']);
const SCRIPT_TASKS = new Set(['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FunctionCall', 'RunMicrotasks']);

/**
 * Installed before the page's scripts: React's DevTools hook, counting the components each commit
 * rendered. Only the fibers React cloned in a commit are looked at (a subtree that bailed out keeps
 * its old child, and the flags of its last render); a component rendered when it is new or carries
 * PerformedWork (flag 1). Tags: function 0, class 1, forwardRef 11, memo 14, simple memo 15.
 * (A string: tsx would wrap a function's inner named functions in a helper the page lacks.)
 */
const COUNT_RENDERS = `
window.__renders = 0;
window.__commits = [];
window.__byPlace = {};
// Where a component draws: the class of its first element (the build's names are minified).
const place = (f) => {
	for (let c = f.child; c; c = c.child) if (c.tag === 5) return c.stateNode.getAttribute('class') || c.type;
	return '(nothing)';
};
const components = new Set([0, 1, 11, 14, 15]);
const walk = (first) => {
	for (let f = first; f; f = f.sibling) {
		const fresh = f.alternate === null;
		if (components.has(f.tag) && (fresh || (f.flags & 1) === 1)) {
			window.__renders += 1;
			if (window.__journey) {
				const k = place(f);
				window.__byPlace[k] = (window.__byPlace[k] || 0) + 1;
			}
		}
		if (fresh || f.child !== f.alternate.child) walk(f.child);
	}
};
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
	supportsFiber: true,
	isDisabled: false,
	renderers: new Map(),
	inject: () => 1,
	checkDCE: () => undefined,
	onScheduleFiberRoot: () => undefined,
	onCommitFiberUnmount: () => undefined,
	onPostCommitFiberRoot: () => undefined,
	onCommitFiberRoot: (id, root) => {
		window.__commits.push(performance.now());
		const top = root.current;
		if (top.alternate === null || top.child !== top.alternate.child) walk(top.child);
	},
};
`;

/**
 * The work behind issue 14's action figure, counted rather than timed, so that a change shows
 * whatever the machine's load: over the same journey as `actions`, how many React components
 * render (read from React's DevTools hook, which the production build calls at every commit) and
 * how many elements the browser restyles and lays out again (from a Chromium trace).
 */
export async function countActionWork(browser: Browser, page: Page, siteUrl: string, tracePath: string): Promise<RenderCounts> {
	await page.addInitScript(COUNT_RENDERS);
	// The island is hydrated before the journey starts: only the journey's work is counted.
	let journeyStarted = false;
	await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
	const before = { renders: 0 };
	await measureActions(page, siteUrl, async () => {
		journeyStarted = true;
		Object.assign(
			before,
			await page.evaluate(() => {
				const w = window as unknown as { __renders: number; __journey: boolean };
				w.__journey = true;
				return { renders: w.__renders };
			}),
		);
	});
	const after = await page.evaluate(() => {
		const w = window as unknown as { __renders: number; __commits: number[] };
		const marks = new Map(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
		const spans = [...marks].filter(([name]) => name.endsWith('-heard')).map(([name, from]) => [from, marks.get(name.replace(/heard$/u, 'done')) ?? -1] as const);
		return { renders: w.__renders, commits: w.__commits.filter((t) => spans.some(([from, to]) => t >= from && t <= to)).length };
	});
	const components = after.renders - before.renders;
	const commits = after.commits;
	const byPlace = await page.evaluate(() => (window as unknown as { __byPlace: Record<string, number> }).__byPlace);
	const top = Object.entries(byPlace)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 12);
	await browser.stopTracing();
	if (!journeyStarted) throw new Error('the journey did not start');
	const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: Array<{ name: string; ts: number; tid: number; ph: string; dur?: number; args?: Record<string, unknown> }> };
	// Each action's window, from the page hearing the event to the next frame painted (bench/actions.ts's
	// marks): the action's own work and the restyle, layout and paint of the frame that shows it.
	const windows = new Map<string, { from: number; to: number }>();
	let tid: number | undefined;
	for (const e of trace.traceEvents) {
		const m = /^action-(\d+)-(heard|frame)$/u.exec(e.name);
		if (!m) continue;
		tid = e.tid;
		const w = windows.get(m[1]!) ?? { from: Infinity, to: -Infinity };
		if (m[2] === 'heard') w.from = Math.min(w.from, e.ts);
		else w.to = Math.max(w.to, e.ts);
		windows.set(m[1]!, w);
	}
	const spans = [...windows.values()].filter((w) => w.to > w.from).sort((a, b) => a.from - b.from);
	if (spans.length === 0) throw new Error('the trace lacks the actions\' marks');
	const inside = (ts: number) => spans.some((w) => ts >= w.from && ts < w.to);
	let restyled = 0;
	let relaidOut = 0;
	let paints = 0;
	const ms = { style: 0, layout: 0, paint: 0, script: 0 };
	// Script time: the outermost script event of each stretch (they nest: a timer runs a function
	// call), less the style and layout forced inside it.
	let scriptUntil = 0;
	for (const e of trace.traceEvents) {
		if (e.tid !== tid || e.ph !== 'X' || !inside(e.ts)) continue;
		const dur = (e.dur ?? 0) / 1000;
		if (e.name === 'UpdateLayoutTree') {
			ms.style += dur;
			restyled += Number(e.args?.['elementCount'] ?? 0);
			if (e.ts < scriptUntil) ms.script -= dur;
		} else if (e.name === 'Layout') {
			ms.layout += dur;
			relaidOut += Number((e.args?.['beginData'] as { dirtyObjects?: number } | undefined)?.dirtyObjects ?? 0);
			if (e.ts < scriptUntil) ms.script -= dur;
		} else if (PAINTING.has(e.name)) {
			ms.paint += dur;
			if (e.name === 'Paint') paints += 1;
		} else if (SCRIPT_TASKS.has(e.name) && e.ts >= scriptUntil) {
			ms.script += dur;
			scriptUntil = e.ts + (e.dur ?? 0);
		}
	}
	return { events: spans.length, components, commits, top, restyled, relaidOut, paints, ms };
}
