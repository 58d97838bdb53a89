import * as labels from '../../facts/labels';
import { effect, withUi, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';

/**
 * Windows itself: the taskbar's search (3.1 step 1–2, 3.9 step 1–2) and the start button's
 * right-click menu (3.14 step 1). The apps they open react to the same events in their own
 * regions (internetOptions, controlPanel, windows11).
 */

export type SearchApp = 'internetOptions' | 'controlPanel';

/** What the search box finds, by the manual's search words (「インターネット オプション」, 「コントロール パネル」). */
const searchTerms: ReadonlyArray<readonly [SearchApp, string]> = [
	['internetOptions', labels.controlPanel.searchTermInternetOptions.value],
	['controlPanel', labels.controlPanel.searchTermControlPanel.value],
];

const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

/** The apps listed for what is typed: a term is found once what is typed starts it (spaces ignored). */
export function searchResults(typed: string): readonly SearchApp[] {
	const t = fold(typed);
	if (t === '') return [];
	return searchTerms.filter(([, term]) => fold(term).startsWith(t)).map(([app]) => app);
}

type Args = { context: PcContext; event: PcEvent };

export const shellGuards = {
	isWindows11: ({ context }: Args) => context.world.os === 'Windows 11',
	searchFound: ({ context, event }: Args) => event.type === 'shell.search.choose' && searchResults(context.ui.search).includes(event.app),
};

export const shellActions = {
	typeSearch: effect((c, e) => (e.type === 'shell.search.input' ? withUi(c, { search: e.value }) : c)),
	clearSearch: effect((c) => withUi(c, { search: '' })),
};

export const shellRegion = {
	initial: 'idle',
	states: {
		idle: {
			on: {
				'shell.search.open': { target: 'search', actions: 'clearSearch' },
				'shell.start.menu': { guard: 'isWindows11', target: 'startMenu' },
			},
		},
		search: {
			id: 'shellSearch',
			on: {
				'shell.search.input': { actions: 'typeSearch' },
				'shell.search.choose': { guard: 'searchFound', target: 'idle', actions: 'clearSearch' },
				'shell.search.close': { target: 'idle', actions: 'clearSearch' },
				'shell.search.open': { target: 'idle', actions: 'clearSearch' },
			},
		},
		startMenu: {
			id: 'shellStartMenu',
			on: {
				'shell.start.settings': 'idle',
				'shell.start.close': 'idle',
			},
		},
	},
} satisfies RegionConfig;
