import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { Env, type SimEnv } from '../components/sim/env';
import { Screen } from '../components/sim/Screen';
import type { PcSnapshot } from '../sim/pc';
import type { Step } from '../sim/scenarios/types';

/**
 * The PC's screen as static HTML, drawn by the simulation's own views (Screen and the screens it
 * composes) from a plain snapshot, at build time: no hydration, no JavaScript on the page. The
 * views send nothing (a no-op `send`); `marked` is the step whose control the engine marks with
 * `data-here` (how the step pictures find a step's control without naming it a second time).
 * `prerender` waits for the views Screen loads lazily; the first time a view loads, React streams it
 * in after its fallback (with a script): the screen is then drawn again, with every view loaded.
 */
export async function renderScreen(pc: PcSnapshot, options: { marked?: Step; idPrefix: string }): Promise<string> {
	const env: SimEnv = {
		pc,
		send: () => {},
		marked: options.marked,
		showMark: false,
		interactive: false,
		expectedUrl: null,
		refocus: () => {},
		lastFocused: () => null,
	};
	for (let attempt = 0; attempt < 4; attempt++) {
		const { prelude } = await prerender(createElement(Env.Provider, { value: env }, createElement(Screen)), {
			identifierPrefix: options.idPrefix,
			// Never stream a part in after the rest (React outlines large parts): one plain piece of HTML.
			progressiveChunkSize: Number.POSITIVE_INFINITY,
		});
		const html = await new Response(prelude).text();
		if (!html.includes('<script') && !html.includes('<template')) return withoutFieldNames(html);
	}
	throw new Error('step pictures: the screen kept loading (a view that never resolves?)');
}

/**
 * A drawn field keeps no `name`: React, when the live simulation on the same page changes a radio
 * button, looks for the other radio buttons of its name in the whole document, and one it did
 * not render (a picture's) stops it (React error #90, seen on 3.1).
 */
function withoutFieldNames(html: string): string {
	return html.replace(/(<(?:input|select|textarea|button)\b[^>]*?)\s+name="[^"]*"/gu, '$1');
}
