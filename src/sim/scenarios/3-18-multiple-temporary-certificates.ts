import * as labels from '../../facts/labels';
import { sampleTemporaryCertValidity } from '../../facts/certificates';
import { certServiceHttps } from '../../facts/urls';
import { requestedWithFirstTemporaryCert, secondTemporaryCert } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, edgeOpen, ieModeSetUp, later, newPc, rootCertInstalled, temporaryCertInstalled } from '../world/start';
import { fromScreenDate } from '../world/time';
import { P } from './predicates';
import { act, defineScenario, inSection } from './define';
import { certServiceLogin, installIssued, issuedOne } from './steps/cert-service';

const CP = labels.certPicker;

/**
 * 3.18: two NacaCertRequesters, both issued on the manual's sample day (有効期間: 2023/03/20 から
 * 2023/03/30); the request was made with the first. The picker selects the newest: choose the
 * bottom one under [その他].
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

export default defineScenario({
	id: '3-18-multiple-temporary-certificates',
	title: '1 台の端末で仮クライアント証明書を複数取得した場合',
	section: '3.18',
	start,
	goal: {
		text: '要求に使った 1 回目の仮クライアント証明書を選び、クライアント証明書がインストールされた。',
		when: P.is('validClientCert', practiceAccount.officeNumber),
	},
	steps: [
		act('step-1', `アドレス欄に「${certServiceHttps.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttps.value }),
		act('step-2', `[${CP.confirmTitle.value}] 画面で [${CP.more.value}] をクリックして画面を展開します。`, { type: 'ws.picker.more' }),
		act('step-3', `${CP.orderNote.value}。いちばん下（1 回目にインストールしたもの）を選択します。`, { type: 'ws.picker.select', serial: first }),
		act('step-3', `[${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' }),
		...inSection('2.2.4', [...certServiceLogin('step-3-1', practiceAccount), ...issuedOne('step-3-2'), ...installIssued({ task: 'step-3-3', install: 'step-3-4', done: 'step-3-5' })]),
	],
});
