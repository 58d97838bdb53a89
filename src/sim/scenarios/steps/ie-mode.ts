import * as labels from '../../../facts/labels';
import { certServiceHttp, certServiceHttps } from '../../../facts/urls';
import { P } from '../predicates';
import { act, teach } from '../define';
import type { Diagnosis, StepSpec } from '../types';
import { openEdgeSettings, type Launch } from './edge';

const E = labels.edge;
const IO = labels.internetOptions;
const TS = labels.trustedSitesDialog;

export interface IeModeOptions {
	readonly launch: Launch;
	/** 2.2.1 step 4 when [許可] is already set (3.10 redo): only look; no [再起動] then (step 5 補足). */
	readonly alreadyAllowed?: boolean;
	/** Step 8 (trusted sites); 3.10 redoes steps 1–7 only. */
	readonly trustedSites: boolean;
}

/** 2.2.1: reload in IE mode allowed, both URLs as IE-mode pages, then as trusted sites. */
export function ieModeSteps(options: IeModeOptions): StepSpec[] {
	const steps: StepSpec[] = [
		...openEdgeSettings({ launch: options.launch, menuAnchor: 'step-1', settingsAnchor: 'step-2' }),
		act('step-3', `[${E.settings.value}] メニューの [${E.defaultBrowser.value}] をクリックします。`, { type: 'edge.settings.page', page: 'defaultBrowser' }),
	];
	if (options.alreadyAllowed) {
		steps.push({
			anchor: 'step-4',
			text: `[${E.ieModeReload.value}] が [${E.allow.value}] になっていることを確認します（[${E.restart.value}] は表示されません）。`,
			see: { role: 'combobox', name: E.ieModeReload.value },
			value: E.allow.value,
			when: P.all(P.page('settings', 'defaultBrowser'), P.is('ieModeReloadAllowed')),
		});
	} else {
		steps.push(
			act('step-4', `[${E.ieCompatibility.value}] — [${E.ieModeReload.value}] を [${E.allow.value}] に設定します。`, { type: 'edge.ieModeReload.set', value: 'allow' }),
			act('step-5', `[${E.ieCompatibility.value}] — [${E.restart.value}] をクリックします。`, { type: 'edge.restart' }),
		);
	}
	steps.push(
		act('step-6', `[${E.ieModePages.value}] の [${E.add.value}] をクリックします。`, { type: 'edge.ieModePages.add' }),
		act('step-7-1', `「${certServiceHttps.value}」を入力します。`, { type: 'edge.addPage.input', value: certServiceHttps.value }),
		act('step-7-1', `[${E.add.value}] をクリックします。`, { type: 'edge.addPage.confirm' }),
		act('step-7-2', `もう一度 [${E.ieModePages.value}] の [${E.add.value}] をクリックします。`, { type: 'edge.ieModePages.add' }),
		act('step-7-2', `「${certServiceHttp.value}」を入力します。`, { type: 'edge.addPage.input', value: certServiceHttp.value }),
		act('step-7-2', `[${E.add.value}] をクリックします。`, { type: 'edge.addPage.confirm' }),
	);
	if (options.trustedSites) steps.push(...trustedSitesSteps());
	return steps;
}

/**
 * 2.2.1 step 8 (2): [追加] with the https box still ticked. Windows refuses the http address with
 * a message box of its own (its words are not the manual's, so we describe it), then the fix.
 */
export const httpsBoxLeftOn: Diagnosis = {
	on: { type: 'io.sites.add' },
	after: P.is('siteRefused'),
	say: `[${TS.requireHttps.value}] にチェックが付いたままなので、Windows は「https://」で始まるアドレスしか追加できないというメッセージを表示し、http の URL は追加されませんでした。チェックを外してから、もう一度 [${TS.add.value}] をクリックします。`,
};

/** 2.2.1 step 8: from Edge's [インターネット オプション], both URLs as trusted sites. */
function trustedSitesSteps(): StepSpec[] {
	return [
		act('step-8', `[${E.internetOptions.value}] を選択します。`, { type: 'edge.settings.internetOptions' }),
		act('step-8', `[${IO.securityTab.value}] を選びます。`, { type: 'io.tab', tab: 'security' }),
		act('step-8', `[${IO.trustedSitesZone.value}] をクリックします。`, { type: 'io.zone', zone: 'trusted' }),
		act('step-8', `[${IO.sites.value}] をクリックします。`, { type: 'io.sites.open' }),
		act('step-8-1', `「${TS.addThisSite.value}」に「${certServiceHttps.value}」を入力します。`, { type: 'io.sites.input', value: certServiceHttps.value }),
		act('step-8-1', `[${TS.add.value}] をクリックします。`, { type: 'io.sites.add' }),
		act('step-8-2', `「${certServiceHttp.value}」を入力します。`, { type: 'io.sites.input', value: certServiceHttp.value }),
		teach(act('step-8-2', `[${TS.requireHttps.value}] のチェックを外します。`, { type: 'io.sites.requireHttps', checked: false }), { diagnoses: [httpsBoxLeftOn] }),
		act('step-8-2', `[${TS.add.value}] をクリックします。`, { type: 'io.sites.add' }),
		// The manual ends at 「以上でブラウザの設定は終了」: closing the two windows is up to the learner (issue 16 point 1).
		teach(act('step-8-2', `確認したら [${TS.close.value}] をクリックします（閉じなくてもかまいません）。`, { type: 'io.sites.close' }), { optional: true }),
		teach(act('step-8-2', `[${IO.title.value}] の [${IO.ok.value}] をクリックします（閉じなくてもかまいません）。`, { type: 'io.ok' }), { optional: true }),
	];
}
