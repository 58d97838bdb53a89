import * as labels from '../../facts/labels';
import { sampleTemporaryCertValidity, temporaryCertName } from '../../facts/certificates';
import { issuedLabel } from '../../facts/messages';
import { certServiceHttps } from '../../facts/urls';
import { requestedWithFirstTemporaryCert, secondTemporaryCert } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, edgeOpen, ieModeSetUp, later, newPc, rootCertInstalled, temporaryCertInstalled } from '../world/start';
import { fromScreenDate } from '../world/time';
import { P } from './predicates';
import { act, defineScenario, teach } from './define';

const CP = labels.certPicker;

/**
 * 3.18: two NacaCertRequesters, both issued on the manual's sample day (有効期間: 2023/03/20 から
 * 2023/03/30); the request was made with the first. The picker selects the newest: choose the
 * bottom one under [その他].
 *
 * The lesson opens after the symptom 3.10 step 3 (4) 補足 sends here (【情報】 with 【保留中:】 and
 * 【発行済み:】 0 件, the second one chosen): the browsers were closed since (the choice lasts until
 * then, 3.12) and Edge started again, so 3.18 step 1 brings the picker back as its text says (issue 16
 * point 1: 3.18 does not say to close the browsers). It ends where 3.18 ends: the right one chosen.
 */
const issued = fromScreenDate(sampleTemporaryCertValidity.value.from, '10:00');
const start = build(
	newPc({ clock: issued }),
	ieModeSetUp,
	addonInstalled,
	rootCertInstalled,
	temporaryCertInstalled,
	requestedWithFirstTemporaryCert(practiceAccount.officeNumber),
	secondTemporaryCert,
	later({ days: 3 }),
	edgeOpen,
);
const first = start.certificates.personal[0]!.serial;
const second = start.certificates.personal.filter((c) => c.issuedTo === temporaryCertName.value).at(-1)!.serial;

/**
 * The wrong NacaCertRequester (issue 16 point 3): which one was chosen and 3.18's way back. The
 * choice lasts until every browser is closed (3.12), so that is the way back.
 */
const wayBack = `選び直すには、開いているブラウザをすべて閉じて（3.12）、手順 1 から（アドレス欄に URL を入力するところから）やり直します。`;
const wrongOne = `2 回目にインストールした${temporaryCertName.value}（いちばん上、最初から選ばれているもの）`;
const chooseAgain = {
	recovery: wayBack,
	diagnoses: [
		{ on: { type: 'ws.picker.ok' }, say: `[${CP.ok.value}] で、${wrongOne}を選んだまま証明書サービスに接続しました。要求に使ったのは 1 回目のものなので、【${issuedLabel.value}】は 0 件のままです。${wayBack}` },
		{ on: { type: 'ws.picker.select', serial: second }, say: `${wrongOne}を選びました。要求に使ったのは 1 回目にインストールしたもので、${CP.orderNote.value}。いちばん下を選びます。` },
	],
} as const;

export default defineScenario({
	id: '3-18-multiple-temporary-certificates',
	section: '3.18',
	start,
	prelude: [
		{ type: 'edge.navigate', url: certServiceHttps.value },
		{ type: 'ws.picker.ok' },
		{ type: 'ws.basicAuth.input', field: 'user', value: practiceAccount.officeNumber },
		{ type: 'ws.basicAuth.input', field: 'password', value: practiceAccount.certPassword },
		{ type: 'ws.basicAuth.ok' },
		// 【情報】 showed 0 件; the browser closed since, and started again.
		{ type: 'edge.window.close' },
		{ type: 'edge.launch' },
	],
	goal: {
		text: `要求に使った 1 回目の${temporaryCertName.value}（いちばん下）を選んだ。`,
		when: P.is('requestCertChosen', practiceAccount.officeNumber),
	},
	steps: [
		act('step-1', `アドレス欄に「${certServiceHttps.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttps.value }),
		teach(act('step-2', `[${CP.confirmTitle.value}] 画面で [${CP.more.value}] をクリックして画面を展開します。`, { type: 'ws.picker.more' }), chooseAgain),
		teach(act('step-3', `${CP.orderNote.value}。いちばん下（1 回目にインストールしたもの）を選択します。`, { type: 'ws.picker.select', serial: first }), chooseAgain),
	],
});
