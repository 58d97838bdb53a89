import * as labels from '../../facts/labels';
import { certServiceHttps } from '../../facts/urls';
import { practiceAccount, secondPracticeAccount } from '../world/practice-account';
import { build, certificatesReady, later, newPc, passwordChanged } from '../world/start';
import { P } from './predicates';
import { act, defineScenario, inSection } from './define';
import { certServiceLogin, installIssued, issuedOne, requestClientCert } from './steps/cert-service';
import { closeEdge, launchEdge } from './steps/edge';
import { ieModeSteps } from './steps/ie-mode';

const CP = labels.certPicker;
const CS = labels.certService;
const B = secondPracticeAccount;
const open = (anchor: string) =>
	act(anchor, `アドレス欄に「${certServiceHttps.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttps.value });

/**
 * 3.10: a second office on a PC set up 35 days ago for the first: IE-mode pages lapsed, no valid
 * NacaCertRequester. In the manual's order (issue 16 point 1): the 補足 first (30 days or more:
 * 2.2.1 steps 1–7), then step 1: the certificate service typed in, and [証明書の確認] offering only
 * the first office's certificate, with no [その他] — the branch 《画面に「その他」の表示が無い場合》:
 * [キャンセル], then the new office's login (1)–(2); then steps 2 and 3.
 */
export default defineScenario({
	id: '3-10-multiple-offices',
	section: '3.10',
	start: build(
		newPc({ accounts: [practiceAccount, secondPracticeAccount] }),
		...certificatesReady(practiceAccount),
		passwordChanged(practiceAccount),
		later({ days: 35 }),
	),
	goal: {
		text: `2 事業所目（${B.officeNumber}）のクライアント証明書がインストールされ、1 事業所目の証明書もそのまま使える。`,
		when: P.all(P.is('validClientCert', B.officeNumber), P.is('validClientCert', practiceAccount.officeNumber)),
	},
	steps: [
		...inSection('2.2.1', ieModeSteps({ launch: true, alreadyAllowed: true, trustedSites: false })),
		open('step-1'),
		act('step-1-1', `[${CP.confirmTitle.value}] 画面に仮クライアント証明書がなく「${CP.more.value}」もないので、[${CP.cancel.value}] をクリックします。`, { type: 'ws.picker.cancel' }),
		...certServiceLogin('step-1-2', B),
		act('step-2-1', `左メニューの [${CS.certRequest.value}] をクリックします。`, { type: 'cs.menu', item: 'certRequest' }),
		act('step-2-1', `[${CS.temporaryClientCert.value}] の各項目は空白のまま [${CS.ok.value}] をクリックします。`, { type: 'cs.createRequest.ok' }),
		act('step-2-2', `${CS.temporaryClientCert.value}のインストールが完了したことを確認し、[${CS.ok.value}] をクリックします。`, { type: 'cs.done.ok' }),
		closeEdge('step-2-3', 'ブラウザをすべて閉じます。'),
		launchEdge('step-2-3'),
		open('step-2-3'),
		act('step-2-4', `[${CP.confirmTitle.value}] 画面に${CS.temporaryClientCert.value}が表示されるので [${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' }),
		...certServiceLogin('step-2-5', B),
		...requestClientCert('step-2-6', 'step-2-7', 'step-2-8', 'step-2-9'),
		closeEdge('step-2-10', 'ブラウザを閉じて、連合会での承認作業を待ちます。'),
		act('step-2-10', '承認を待ちます。時間を進めます。', { type: 'clock.advance', days: 3 }),
		launchEdge('step-3-1'),
		open('step-3-1'),
		act('step-3-2', `要求に使った${CS.temporaryClientCert.value}が選択されているので [${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' }),
		...certServiceLogin('step-3-3', B),
		...issuedOne('step-3-4'),
		...installIssued({ task: 'step-3-5', install: 'step-3-6', done: 'step-3-7' }),
	],
});
