import * as labels from '../../../facts/labels';
import { areas } from '../../controls';
import { act } from '../define';
import { P } from '../predicates';
import type { StepSpec } from '../types';

const L = labels.edge;

/** 「ブラウザ（Microsoft Edge）を起動します。」 */
export const launchEdge = (anchor: string): StepSpec => act(anchor, `ブラウザ（${L.app.value}）を起動します。`, { type: 'edge.launch' });

/**
 * Whether a procedure starts Edge: `true`, its 「起動します」 is an action; `false`, Edge is open
 * from an earlier step of the lesson (no step); `'open'`, the lesson opens with Edge running (its
 * prelude showed the fault there), so the manual's 「起動します」 stays as a check that already
 * holds (done by itself in 練習 and テスト, shown in 見る) rather than a second window.
 */
export type Launch = boolean | 'open';

export function launchStep(launch: Launch, anchor: string): StepSpec[] {
	if (launch === 'open') return [{ anchor, text: `ブラウザ（${L.app.value}）を起動します（起動しています）。`, see: areas.edge, when: P.is('edgeOpen') }];
	return launch ? [launchEdge(anchor)] : [];
}

/** Steps 1–2 of 1.2.1, 1.2.2, 2.2.1, 3.16, 3.17: start Edge, [...], [設定]. */
export function openEdgeSettings(options: { launch: Launch; menuAnchor: string; settingsAnchor: string }): StepSpec[] {
	return [
		...launchStep(options.launch, options.menuAnchor),
		act(options.menuAnchor, `ブラウザ画面右上の [${L.menu.value}] をクリックします。`, { type: 'edge.menu.open' }),
		act(options.settingsAnchor, `[${L.settings.value}] をクリックします。`, { type: 'edge.settings.open' }),
	];
}

/** 3.12: close the browser with [× (閉じる)] (all windows: this PC has one). */
export const closeEdge = (anchor: string, text = `すべてのブラウザを閉じます（[${L.close.value}]）。`): StepSpec =>
	act(anchor, text, { type: 'edge.window.close' });
