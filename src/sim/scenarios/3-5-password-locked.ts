import * as labels from '../../facts/labels';
import { passwordLocked } from '../../facts/messages';
import { lockoutMinutes } from '../../facts/periods';
import { systemLogin } from '../../facts/urls';
import { areas } from '../controls';
import { accountLocked, edgeOnSystem } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { build, readyPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario } from './define';

const K = labels.kanagawaSystem;
const A = practiceAccount;

/**
 * 3.5: 「パスワードがロックされています。」: wait 30 minutes or more, then log in. The world holds
 * the lock (three failed logins in a row just now); the lesson opens on the login screen as the
 * system answers one more try with the message. The user ID stays in its field.
 */
export default defineScenario({
	id: '3-5-password-locked',
	section: '3.5',
	start: build(readyPc(), edgeOnSystem(systemLogin.value, 'login'), accountLocked(A)),
	// The temporary password, no longer right since it was changed (2.3.1 step 10).
	prelude: [
		{ type: 'ks.input', field: 'user', value: A.officeNumber },
		{ type: 'ks.input', field: 'password', value: A.temporaryPassword },
		{ type: 'ks.login' },
	],
	goal: {
		text: `${lockoutMinutes.value} 分以上待ってからログインし、ポータル画面が表示された。`,
		when: P.all(P.page('kanagawa', 'portal'), P.is('notLocked', A.officeNumber)),
	},
	steps: [
		act(undefined, `「${passwordLocked.value}」: ${lockoutMinutes.value} 分以上時間を空けます。`, { type: 'clock.advance', minutes: lockoutMinutes.value }),
		{
			section: '2.3.1',
			anchor: 'step-9',
			text: `[${K.userId.value}] にユーザ ID が入力されていることを確かめます。`,
			see: { role: 'textbox', name: K.userId.value, within: areas.kanagawa },
			when: P.is('loginField', 'user', A.officeNumber),
		},
		act('step-9', 'パスワードを入力します。', { type: 'ks.input', field: 'password', value: A.newPassword }, '2.3.1'),
		act('step-9', `[${K.login.value}] をクリックします。`, { type: 'ks.login' }, '2.3.1'),
	],
});
