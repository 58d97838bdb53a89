import { practiceAccount } from '../world/practice-account';
import { build, certificatesReady, newPc } from '../world/start';
import { showsKanagawa } from './checks';
import { defineScenario } from './define';
import { firstLoginSteps } from './steps/system';

/** 2.3.1: the first login: a favourite and a shortcut of the login screen, then AA041 and the real password. */
export default defineScenario({
	id: '2-3-1-change-password',
	title: '仮パスワードを本パスワードに変更する',
	section: '2.3.1',
	start: build(newPc(), ...certificatesReady(practiceAccount)),
	goal: {
		text: '仮パスワードを本パスワードに変更してポータル画面が表示され、ログイン画面のお気に入りとショートカットができた。',
		reached: (pc) => {
			const w = pc.context.world;
			return (
				w.kanagawa.accounts[practiceAccount.officeNumber]?.password.kind === 'real' &&
				showsKanagawa('portal')(pc) &&
				w.edge.favorites.some((f) => f.screen === 'login') &&
				w.desktop.some((s) => s.screen === 'login')
			);
		},
	},
	steps: firstLoginSteps(practiceAccount, { launch: true }),
});
