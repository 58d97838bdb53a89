import type { Plugin } from 'vite';

/**
 * Fewer, larger chunks for the islands (issue 9's budget: a simulation page adds at most 110 KB
 * gzipped when its island hydrates). Left to itself the bundler cuts the simulation into some
 * twenty chunks, one per set of islands that share a module (the engine, the views' helpers, each
 * facts file …); each is compressed on its own, and together they weighed some 5 KB more gzipped
 * than the same code grouped. Three groups, for the browser build only:
 *
 * - `react`: React, ReactDOM and Astro's React renderer, which every React island needs whole;
 * - `sim`: every module that the simulation island loads at once (statically, from
 *   `SimIsland.tsx`) and that nothing else on the site loads: the engine, XState, the trainer, the
 *   views' helpers. What a tool or the practice pages also load stays out of it, so a tool page
 *   never downloads the engine; screens and lessons, loaded when first shown, stay in theirs;
 * - `facts`: the facts files the simulation loads at once, which the tools share (a tool page
 *   loads a few facts more than it needs, a KB; a simulation page one file instead of seven), and
 *   the other modules the island loads at once that a tool or the practice pages share (the URL
 *   diff and its character names, the record's peek): one request, not four;
 * - `dialog`: the dialog frame and the menu item of the views (see `DIALOG_KIT`).
 */

const SIM_ISLAND = /[\\/]src[\\/]components[\\/]sim[\\/]SimIsland\.tsx$/u;
/**
 * The other island that may share the engine with the simulation: the journey's progress panel
 * plays the journey's steps to show where the learner is, and only stands beside the journey's
 * simulation.
 */
const ENGINE_USER = /[\\/]src[\\/]components[\\/]practice[\\/]JourneyPanel\.tsx$/u;
const FACTS = /[\\/]src[\\/]facts[\\/]/u;
/** What else the island loads at once and the tools or the practice pages share: with the facts. */
const SHARED = /[\\/]src[\\/](?:tools[\\/](?:url-diff|char-names|edit-distance)|practice[\\/]peek)\.ts$/u;
/**
 * Views' helpers that Edge's view (open at the start of most lessons) needs: in the island's
 * chunk, where they cost some 0.5 KB gzipped, not a request of their own and 0.9 KB.
 */
const WITH_SIM = /[\\/]src[\\/]components[\\/]sim[\\/](?:ui-tabs\.tsx|keys\.ts)$/u;
/** The dialog frame and the menu item: together, as the certificate service's pop-ups use both. */
const DIALOG_KIT = /[\\/]src[\\/]components[\\/]sim[\\/](?:ui-dialog|menu)\.tsx$/u;
const REACT = /[\\/]node_modules[\\/](?:react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/u;

interface Graph {
	getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/** Whether, going up from `id` through the modules that import it (`up`), some module satisfies `found` before a `stop`. */
function reaches(graph: Graph, id: string, up: (info: NonNullable<ReturnType<Graph['getModuleInfo']>>) => readonly string[], found: (id: string, info: ReturnType<Graph['getModuleInfo']>) => boolean, stop: (id: string) => boolean): boolean {
	const seen = new Set<string>([id]);
	const queue = [id];
	while (queue.length > 0) {
		const at = queue.shift()!;
		const info = graph.getModuleInfo(at);
		if (found(at, info)) return true;
		if (!info || stop(at)) continue;
		for (const by of up(info)) {
			if (!seen.has(by)) {
				seen.add(by);
				queue.push(by);
			}
		}
	}
	return false;
}

const isSimIsland = (id: string) => SIM_ISLAND.test(id);
const isEngineUser = (id: string) => SIM_ISLAND.test(id) || ENGINE_USER.test(id);

/** Whether the simulation island imports a module statically (it is part of what hydration loads). */
const loadedWithSim = (graph: Graph, id: string) => reaches(graph, id, (info) => info.importers, isSimIsland, () => false);

/**
 * Whether a module is loaded by something other than the simulation: an island or page script
 * that imports it (directly or through other modules), or a chunk one of them loads on demand.
 */
const sharedBeyondSim = (graph: Graph, id: string) =>
	reaches(graph, id, (info) => [...info.importers, ...info.dynamicImporters], (at, info) => !isEngineUser(at) && (!info || info.isEntry), isEngineUser);

export function islandChunks(): Plugin {
	return {
		name: 'kanagawa:island-chunks',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						// Grouping a module without its dependencies needs entries that may gain exports.
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								includeDependenciesRecursively: false,
								groups: [
									{ name: 'react', test: REACT },
									{
										name: (id, graph) => (WITH_SIM.test(id) || (!REACT.test(id) && loadedWithSim(graph, id) && !sharedBeyondSim(graph, id)) ? 'sim' : null),
										debugName: 'sim',
									},
									{
										name: (id, graph) => ((FACTS.test(id) || SHARED.test(id)) && loadedWithSim(graph, id) ? 'facts' : null),
										debugName: 'facts',
									},
									{ name: (id) => (DIALOG_KIT.test(id) ? 'dialog' : null), debugName: 'dialog' },
								],
							},
						},
					},
				},
			};
		},
	};
}
