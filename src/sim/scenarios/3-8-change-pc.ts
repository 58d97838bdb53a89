import { practiceAccount } from '../world/practice-account';
import { anotherPc, build, later, readyPc } from '../world/start';
import { P } from './predicates';
import { defineScenario, inSection } from './define';
import { javascriptSteps, versionSteps } from './steps/browser-settings';
import { addonSteps, clientCertSteps, rootSteps } from './steps/cert-service';
import { ieModeSteps } from './steps/ie-mode';

/**
 * 3.8: a second PC (Windows 11) for the same office: 「1.2 ブラウザの設定」から「2.2.4 …」の手順, and no
 * more (issue 16 point 1: logging in is not asked; the 補足 only says the password carries over).
 */
export default defineScenario({
	id: '3-8-change-pc',
	section: '3.8',
	start: anotherPc(build(readyPc(), later({ days: 30 })), { os: 'Windows 11' }),
	goal: {
		text: '新しいパソコンでブラウザを設定し、クライアント証明書をインストールした（ログインパスワードはこれまでのものが引き継がれます）。',
		when: P.is('validClientCert', practiceAccount.officeNumber),
	},
	redoes: ['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4'],
	steps: [
		...inSection('1.2.1', versionSteps({ launch: true })),
		...inSection('1.2.2', javascriptSteps({ launch: false, switchOn: false })),
		...inSection('2.2.1', ieModeSteps({ launch: false, trustedSites: true })),
		...inSection('2.2.2', addonSteps({ launch: false, account: practiceAccount })),
		...inSection('2.2.3', rootSteps({ launch: false, close: true })),
		...inSection('2.2.4', clientCertSteps(practiceAccount, { launch: true })),
	],
});
