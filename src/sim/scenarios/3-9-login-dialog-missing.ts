import * as labels from '../../facts/labels';
import { savedCredentialTarget } from '../../facts/certificates';
import { certServiceHttps } from '../../facts/urls';
import { edgeOnCertService } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, credentialSaved, ieModeSetUp, newPc, rootCertInstalled } from '../world/start';
import { P } from './predicates';
import { act, defineScenario, inSection } from './define';
import { clientCertStep1 } from './steps/cert-service';
import { closeEdge } from './steps/edge';

const CP = labels.controlPanel;

/** 3.9: 資格情報を記憶する was ticked, so no login dialog: delete the saved credential, then 2.2.4 again. */
export default defineScenario({
	id: '3-9-login-dialog-missing',
	section: '3.9',
	start: build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled, credentialSaved(practiceAccount), edgeOnCertService(certServiceHttps.value, 'info', practiceAccount)),
	goal: {
		text: '保存された資格情報を削除し、ログイン画面から証明書サービスにログインできた。',
		when: P.all(P.is('noSavedCredential'), P.page('certService', 'info'), P.is('certLoggedIn')),
	},
	steps: [
		act('step-1', `Windows のタスクバーにある [${CP.searchIcon.value}] アイコンをクリックします。`, { type: 'shell.search.open' }),
		act('step-2', `検索ボックスで「${CP.searchTermControlPanel.value}」と入力します。`, { type: 'shell.search.input', value: CP.searchTermControlPanel.value }),
		act('step-2', `表示された [${CP.title.value}] をクリックします。`, { type: 'shell.search.choose', app: 'controlPanel' }),
		act('step-3', `[${CP.viewBy.value}] から [${CP.category.value}] を選択します。`, { type: 'cp.viewBy', value: 'category' }),
		act('step-3', `[${CP.userAccounts.value}] をクリックします。`, { type: 'cp.userAccounts' }),
		act('step-4', `[${CP.manageWindowsCredentials.value}] をクリックします。`, { type: 'cp.manageCredentials' }),
		act('step-5', `[${CP.savedCredentialTruncated.value}] の [${CP.expand.value}] をクリックします。`, { type: 'cp.credential.expand', target: savedCredentialTarget.value }),
		act('step-5', `${CP.remove.value}をクリックします。`, { type: 'cp.credential.remove', target: savedCredentialTarget.value }),
		act('step-6', `[${CP.savedCredential.value}] であることを確認し、[${CP.yes.value}] をクリックします。`, { type: 'cp.confirm.yes' }),
		closeEdge('step-7', '開いている全てのブラウザを閉じます。'),
		...inSection('2.2.4', clientCertStep1(practiceAccount, { launch: true })),
	],
});
