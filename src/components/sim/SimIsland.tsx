import { useEffect, useState, type ReactNode } from 'react';
import { recordNeededAtStart } from '../../practice/peek';
import { loadScenario, type ScenarioId } from '../../sim/scenarios/catalog';
import type { Mode } from '../../sim/trainer-core';
// One chunk with the trainer (better compressed than many): it hydrates only when visible anyway.
import SimApp, { type AppProps } from './SimApp';
import { loadPractice } from './useTrainer';

/**
 * The simulation island (hydrated when visible: `client:visible`). What the server renders, and
 * what shows without JavaScript or in print, is its children: the scenario's steps as text
 * (Simulation.astro). Once hydrated it loads the trainer and the page's own scenario, and shows
 * the interactive simulation in their place on screen (print keeps the steps). Progress is kept
 * in the training record on every page; the record's code comes with the island only when this
 * lesson has progress to resume or the stored record needs a word (src/practice/peek.ts).
 */

export interface SimIslandProps {
	/** The lesson (`scenarioIds` of src/sim/scenarios/catalog.ts), e.g. '2-2-1-ie-mode' or 'journey'. */
	readonly scenario: ScenarioId;
	/** The mode it opens in (見る by default). */
	readonly mode?: Mode;
	/** Set by Simulation.astro: the page's section and the slugs of the sections the steps are written in. */
	readonly pageSection?: string;
	readonly slugs?: Readonly<Record<string, string>>;
	readonly children?: ReactNode;
}

type Loaded = { readonly props: AppProps } | { readonly error: true };

export default function SimIsland({ scenario, mode = 'watch', pageSection, slugs = {}, children }: SimIslandProps) {
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	useEffect(() => {
		let live = true;
		const record = recordNeededAtStart(scenario, () => window.localStorage);
		// The rules of 練習 and テスト come at once only when the lesson may open in one of them.
		const rules = record || mode !== 'watch' ? loadPractice() : undefined;
		Promise.all([loadScenario(scenario), record ? import('./persistence') : undefined, rules]).then(
			([s, saving, practice]) =>
				live && setLoaded({ props: { scenario: s, mode, slugs, ...(saving ? { persist: saving } : {}), ...(practice ? { practice } : {}), ...(pageSection ? { pageSection } : {}) } }),
			() => live && setLoaded({ error: true }),
		);
		return () => {
			live = false;
		};
		// The island is made for one lesson.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
	const ready = loaded && 'props' in loaded;
	return (
		<div className="sim-island" data-ready={ready ? '' : undefined}>
			<div className="sim-static">{children}</div>
			{loaded && 'error' in loaded ? <p className="sim-note">練習の画面を読み込めませんでした。ページを再読み込みしてください。上の手順は文字で確認できます。</p> : null}
			{ready ? <SimApp {...loaded.props} /> : null}
		</div>
	);
}
