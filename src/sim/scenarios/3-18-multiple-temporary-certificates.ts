import * as labels from '../../facts/labels';
import { sampleTemporaryCertValidity, temporaryCertName } from '../../facts/certificates';
import { issuedLabel, pendingLabel } from '../../facts/messages';
import { certServiceHttps } from '../../facts/urls';
import { areas } from '../controls';
import { requestedWithFirstTemporaryCert, secondTemporaryCert } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, edgeOpen, ieModeSetUp, later, newPc, rootCertInstalled, temporaryCertInstalled } from '../world/start';
import { fromScreenDate } from '../world/time';
import { P } from './predicates';
import { act, defineScenario, inSection, teach } from './define';
import { certServiceLogin, installIssued, issuedOne } from './steps/cert-service';
import { closeEdge, launchEdge } from './steps/edge';

const CP = labels.certPicker;
const CS = labels.certService;

/**
 * 3.18: two NacaCertRequesters, both issued on the manual's sample day (有効期間: 2023/03/20 から
 * 2023/03/30); the request was made with the first. The picker selects the newest: choose the
 * bottom one under [その他].
 *
 * The lesson opens on the symptom 3.10 step 3 (4) 補足 sends here: the certificate service opened
 * with the picker's selection (the second one) and its 【情報】 showing no request, 【保留中:】 and
 * 【発行済み:】 0 件. The choice lasts until every browser is closed (3.12), so the way back starts
 * there.
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
	],
	goal: {
		text: '要求に使った 1 回目の仮クライアント証明書を選び、クライアント証明書がインストールされた。',
		when: P.is('validClientCert', practiceAccount.officeNumber),
	},
	steps: [
		{
			section: '3.10',
			anchor: 'step-3-4',
			text: `クライアント証明書を要求したのに、【${CS.info.value}】画面の【${pendingLabel.value}】や【${issuedLabel.value}】に件数が表示されていません。正しい${CS.temporaryClientCert.value}が選択できていない可能性があります。`,
			see: { role: 'group', name: issuedLabel.value, within: areas.certService },
			when: P.all(P.page('certService', 'info'), P.is('issued', 0), P.is('pending', 0)),
		},
		...inSection('3.12', [closeEdge('step-1', `証明書を選び直すため、開いているブラウザをすべて閉じます（右上の [${labels.edge.close.value}]）。`)]),
		launchEdge('step-1'),
		act('step-1', `アドレス欄に「${certServiceHttps.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttps.value }),
		teach(act('step-2', `[${CP.confirmTitle.value}] 画面で [${CP.more.value}] をクリックして画面を展開します。`, { type: 'ws.picker.more' }), chooseAgain),
		teach(act('step-3', `${CP.orderNote.value}。いちばん下（1 回目にインストールしたもの）を選択します。`, { type: 'ws.picker.select', serial: first }), chooseAgain),
		teach(act('step-3', `[${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' }), chooseAgain),
		...inSection('2.2.4', [...certServiceLogin('step-3-1', practiceAccount), ...issuedOne('step-3-2'), ...installIssued({ task: 'step-3-3', install: 'step-3-4', done: 'step-3-5' })]),
	],
});
