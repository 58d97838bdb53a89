import { practiceAccount } from '../world/practice-account';
import { newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario, inSection } from './define';
import { javascriptSteps, versionSteps } from './steps/browser-settings';
import { addonSteps, clientCertSteps, rootSteps } from './steps/cert-service';
import { ieModeSteps } from './steps/ie-mode';
import { firstLoginSteps, logoutSteps } from './steps/system';

/** The whole setup: a new PC → 1.2 → 2.2.1 → 2.2.2 → 2.2.3 → 2.2.4 (days pass for approval) → 2.3.1 → 2.3.2. */
export default defineScenario({
	id: 'journey',
	title: '新しいパソコンで、最初のログインまで',
	section: 'practice',
	start: newPc(),
	goal: {
		text: 'クライアント証明書を取得し、仮パスワードを本パスワードに変更してログインし、ログアウトした。',
		when: P.all(P.is('validClientCert', practiceAccount.officeNumber), P.is('realPassword', practiceAccount.officeNumber), P.page('kanagawa', 'loggedOut')),
	},
	steps: [
		...inSection('1.2.1', versionSteps({ launch: true })),
		...inSection('1.2.2', javascriptSteps({ launch: false, switchOn: false })),
		...inSection('2.2.1', ieModeSteps({ launch: false, trustedSites: true })),
		...inSection('2.2.2', addonSteps({ launch: false, account: practiceAccount })),
		...inSection('2.2.3', rootSteps({ launch: false, close: true })),
		...inSection('2.2.4', clientCertSteps(practiceAccount, { launch: true })),
		...inSection('2.3.1', firstLoginSteps(practiceAccount, { launch: false })),
		...inSection('2.3.2', logoutSteps()),
	],
});
