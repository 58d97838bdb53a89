import * as labels from '../../../facts/labels';
import { act } from '../define';
import type { StepSpec } from '../types';

const L = labels.edge;

/** 「ブラウザ（Microsoft Edge）を起動します。」 */
export const launchEdge = (anchor: string): StepSpec => act(anchor, `ブラウザ（${L.app.value}）を起動します。`, { type: 'edge.launch' });

/** Steps 1–2 of 1.2.1, 1.2.2, 2.2.1, 3.16, 3.17: start Edge, [...], [設定]. */
export function openEdgeSettings(options: { launch: boolean; menuAnchor: string; settingsAnchor: string }): StepSpec[] {
	return [
		...(options.launch ? [launchEdge(options.menuAnchor)] : []),
		act(options.menuAnchor, `ブラウザ画面右上の [${L.menu.value}] をクリックします。`, { type: 'edge.menu.open' }),
		act(options.settingsAnchor, `[${L.settings.value}] をクリックします。`, { type: 'edge.settings.open' }),
	];
}

/** 3.12: close the browser with [× (閉じる)] (all windows: this PC has one). */
export const closeEdge = (anchor: string, text = `すべてのブラウザを閉じます（[${L.close.value}]）。`): StepSpec =>
	act(anchor, text, { type: 'edge.window.close' });
