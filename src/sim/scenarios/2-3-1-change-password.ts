import { practiceAccount } from '../world/practice-account';
import { build, certificatesReady, newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { firstLoginSteps } from './steps/system';

/** 2.3.1: the first login: a favourite and a shortcut of the login screen, then AA041 and the real password. */
export default defineScenario({
	id: '2-3-1-change-password',
	section: '2.3.1',
	start: build(newPc(), ...certificatesReady(practiceAccount)),
	goal: {
		text: '仮パスワードを本パスワードに変更してポータル画面が表示され、ログイン画面のお気に入りとショートカットができた。',
		when: P.all(P.is('realPassword', practiceAccount.officeNumber), P.page('kanagawa', 'portal'), P.is('loginFavourite'), P.is('loginShortcut')),
	},
	steps: firstLoginSteps(practiceAccount, { launch: true }),
});
