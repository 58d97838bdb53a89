import { passwordLocked } from '../../facts/messages';
import { lockoutMinutes } from '../../facts/periods';
import { systemLogin } from '../../facts/urls';
import { accountLocked, edgeOnSystem } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { build, readyPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario, inSection } from './define';
import { logIn } from './steps/system';

/** 3.5: 「パスワードがロックされています。」: wait 30 minutes or more, then log in. */
export default defineScenario({
	id: '3-5-password-locked',
	title: '「パスワードがロックされています。」と表示される',
	section: '3.5',
	start: build(readyPc(), edgeOnSystem(systemLogin.value, 'login'), accountLocked(practiceAccount)),
	goal: {
		text: `${lockoutMinutes.value} 分以上待ってからログインし、ポータル画面が表示された。`,
		when: P.all(P.page('kanagawa', 'portal'), P.is('notLocked', practiceAccount.officeNumber)),
	},
	steps: [
		act(undefined, `「${passwordLocked.value}」: ${lockoutMinutes.value} 分以上時間を空けます。`, { type: 'clock.advance', minutes: lockoutMinutes.value }),
		...inSection('2.3.1', logIn(practiceAccount, practiceAccount.newPassword, 'パスワードを入力します。')),
	],
});
