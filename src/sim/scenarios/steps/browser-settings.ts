import * as labels from '../../../facts/labels';
import { minEdgeVersion } from '../../../facts/environment';
import { areas } from '../../controls';
import { P } from '../predicates';
import { act } from '../define';
import type { StepSpec } from '../types';
import { openEdgeSettings } from './edge';

const L = labels.edge;
/** The answers of an active check (ours: the manual asks to confirm, not to answer). */
const yes = 'はい';
const no = 'いいえ';

/** 1.2.1: the version on [Microsoft Edge について] is 105 or later. */
export function versionSteps(options: { launch: boolean }): StepSpec[] {
	return [
		...openEdgeSettings({ launch: options.launch, menuAnchor: 'step-1', settingsAnchor: 'step-2' }),
		act('step-3', `[${L.settings.value}] メニューの [${L.aboutEdge.value}] をクリックします。`, { type: 'edge.settings.page', page: 'about' }),
		{
			anchor: 'step-4',
			text: `[${L.versionInfo.value}] で、バージョンが ${minEdgeVersion.value} 以降であることを確認します。`,
			see: { role: 'region', name: L.versionInfo.value, within: areas.edgeSettings },
			when: P.all(P.page('settings', 'about'), P.is('edgeUpToDate')),
			// Issue 16 point 6: the learner reads the version and answers (1.1: 105 or later).
			ask: {
				question: `表示されているバージョンは ${minEdgeVersion.value} 以降ですか？`,
				answers: [yes, no],
				right: yes,
				wrong: `[${L.versionInfo.value}] の数字の、最初の「.」の前を見てください。${minEdgeVersion.value} 以上なら ${minEdgeVersion.value} 以降です。`,
			},
		},
	];
}

/** 1.2.2: [JavaScript] — [許可 (推奨)] on; when it is off, switch it on. */
export function javascriptSteps(options: { launch: boolean; switchOn: boolean }): StepSpec[] {
	const last: StepSpec = options.switchOn
		? act('step-5', `[${L.allowedRecommended.value}] がオフのときは、オンに切り替えます。`, { type: 'edge.javascript.set', on: true })
		: {
				anchor: 'step-5',
				text: `[${L.allowedRecommended.value}] がオンになっていることを確認します。`,
				see: { role: 'switch', name: L.allowedRecommended.value },
				when: P.all(P.page('settings', 'javascript'), P.is('javascriptOn')),
				ask: {
					question: `[${L.allowedRecommended.value}] はオンになっていますか？`,
					answers: [yes, no],
					right: yes,
					wrong: `[${L.allowedRecommended.value}] のスイッチをもう一度見てください。色が付き、つまみが右にあればオンです。`,
				},
			};
	return [
		...openEdgeSettings({ launch: options.launch, menuAnchor: 'step-1', settingsAnchor: 'step-2' }),
		act('step-3', `[${L.settings.value}] メニューの [${L.cookiesAndPermissions.value}] をクリックします。`, { type: 'edge.settings.page', page: 'cookies' }),
		act('step-4', `[${L.sitePermissions.value}] — [${L.allPermissions.value}] にある [${L.javascript.value}] をクリックします。`, {
			type: 'edge.settings.page',
			page: 'javascript',
		}),
		last,
	];
}
