import * as labels from '../../facts/labels';
import { systemHost, systemLogin } from '../../facts/urls';
import { oldPasswordSaved } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { build, readyPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario, teach } from './define';

const E = labels.edge;
const CP = labels.controlPanel;

/**
 * 3.15: Edge saves the passwords typed at login and fills them in: switch saving and autofill off
 * and delete the saved one. The lesson opens on what shows the automatic saving: the system
 * opened, the old (temporary) password Edge had saved filled in and replaced by the real one,
 * after the login Edge asking to save it; and Edge's [設定] opened beside it, since 3.15 step 1
 * starts at [プロフィール] without saying how to get there (issue 16 point 1). Step 1's note
 * (「その際は … [なし] をクリック」) answers the prompt: doing so or not both count.
 */
export default defineScenario({
	id: '3-15-password-autosave-off',
	section: '3.15',
	start: build(readyPc(), oldPasswordSaved(practiceAccount)),
	prelude: [
		{ type: 'edge.launch' },
		{ type: 'edge.navigate', url: systemLogin.value },
		// [認証用の証明書の選択] has the office's certificate selected (the newest).
		{ type: 'ws.picker.ok' },
		{ type: 'ks.input', field: 'password', value: practiceAccount.newPassword },
		{ type: 'ks.login' },
		// Edge's [設定], where 3.15 step 1 begins (the way there is 1.2.1 steps 1–2).
		{ type: 'edge.menu.open' },
		{ type: 'edge.settings.open' },
	],
	goal: {
		text: `[${E.offerToSavePasswords.value}] と [${E.autofillPasswords.value}] がオフになり、保存されたパスワードが削除された。`,
		when: P.is('passwordSavingOff'),
	},
	steps: [
		act('step-1', `[${E.profiles.value}] を選択します。`, { type: 'edge.settings.page', page: 'profiles' }),
		act('step-1', `[${E.passwords.value}] を選択します。`, { type: 'edge.settings.page', page: 'passwords' }),
		act('step-1', `[${E.offerToSavePasswords.value}] をオフに切り替えます。`, { type: 'edge.passwords.set', setting: 'offerToSave', on: false }),
		act('step-1', `[${E.autofillPasswords.value}] をオフに切り替えます。`, { type: 'edge.passwords.set', setting: 'autofill', on: false }),
		teach(act('step-1', `パスワードの保存を聞かれたら、[${E.never.value}] をクリックします（そのままでもかまいません）。`, { type: 'edge.passwordPrompt.never' }), { optional: true }),
		act('step-2', '保存されたパスワードの隣にあるチェックボックスをクリックします。', { type: 'edge.passwords.select', site: systemHost.value, checked: true }),
		act('step-2', `${CP.remove.value}をクリックします。`, { type: 'edge.passwords.delete' }),
	],
});
