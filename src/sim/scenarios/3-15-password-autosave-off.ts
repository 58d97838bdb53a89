import * as labels from '../../facts/labels';
import { systemHost, systemLogin } from '../../facts/urls';
import { oldPasswordSaved } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { build, readyPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario } from './define';

const E = labels.edge;
const CP = labels.controlPanel;

/**
 * 3.15: Edge saves the passwords typed at login and fills them in: switch saving and autofill off
 * and delete the saved one. The lesson opens after a login where Edge saved the password typed
 * (its offer answered [保存]), on Edge's [設定] beside the portal, since 3.15 step 1 starts at
 * [プロフィール] without saying how to get there (issue 16 point 1). Step 1's note about [なし] is for
 * an offer made later; none is made here.
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
		// Edge saved what was typed (3.15: 「入力した ID やパスワードを自動保存する機能」); its offer is answered,
		// so it does not stand over the settings the lesson works in.
		{ type: 'edge.passwordPrompt.save' },
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
		act('step-2', '保存されたパスワードの隣にあるチェックボックスをクリックします。', { type: 'edge.passwords.select', site: systemHost.value, checked: true }),
		act('step-2', `${CP.remove.value}をクリックします。`, { type: 'edge.passwords.delete' }),
	],
});
