import { practiceAccount } from '../world/practice-account';
import { anotherPc, build, later, readyPc } from '../world/start';
import { P } from './predicates';
import { defineScenario, inSection } from './define';
import { javascriptSteps, versionSteps } from './steps/browser-settings';
import { addonSteps, clientCertSteps, rootSteps } from './steps/cert-service';
import { ieModeSteps } from './steps/ie-mode';
import { logIn, openSystem } from './steps/system';

/** 3.8: a second PC (Windows 11) for the same office: 1.2 to 2.2.4 on it; the password carries over. */
export default defineScenario({
	id: '3-8-change-pc',
	section: '3.8',
	start: anotherPc(build(readyPc(), later({ days: 30 })), { os: 'Windows 11' }),
	goal: {
		text: '新しいパソコンにクライアント証明書をインストールし、これまでのパスワードでログインできた。',
		when: P.all(P.is('validClientCert', practiceAccount.officeNumber), P.page('kanagawa', 'portal')),
	},
	redoes: ['1.2.1', '1.2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4'],
	steps: [
		...inSection('1.2.1', versionSteps({ launch: true })),
		...inSection('1.2.2', javascriptSteps({ launch: false, switchOn: false })),
		...inSection('2.2.1', ieModeSteps({ launch: false, trustedSites: true })),
		...inSection('2.2.2', addonSteps({ launch: false, account: practiceAccount })),
		...inSection('2.2.3', rootSteps({ launch: false, close: true })),
		...inSection('2.2.4', clientCertSteps(practiceAccount, { launch: true })),
		...inSection('2.3.1', [...openSystem(practiceAccount, { launch: false }), ...logIn(practiceAccount, practiceAccount.newPassword, 'これまでのパスワード（本パスワード）を入力します。')]),
	],
});
