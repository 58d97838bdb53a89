import * as labels from '../../../facts/labels';
import { officeNumberDigits } from '../../../facts/ids';
import { loggedOut } from '../../../facts/messages';
import { systemLogin } from '../../../facts/urls';
import { areas } from '../../controls';
import type { PracticeAccount } from '../../world/practice-account';
import { P } from '../predicates';
import { act } from '../define';
import type { StepSpec } from '../types';
import { launchEdge } from './edge';

const K = labels.kanagawaSystem;
const E = labels.edge;
const CP = labels.certPicker;

/** 2.3.1 steps 1–3: open the login page, choosing the office's 10-digit certificate. */
export function openSystem(a: PracticeAccount, options: { launch: boolean }): StepSpec[] {
	return [
		...(options.launch ? [launchEdge('step-1')] : []),
		act('step-2', `アドレス欄に「${systemLogin.value}」を入力し、Enter キーを押します。`, { type: 'edge.navigate', url: systemLogin.value }),
		act('step-3', `[${CP.authTitle.value}] 画面で、事業所番号 ${officeNumberDigits.value} 桁の証明書を選択します。`, (ctx) => {
			const serial = ctx.ui.picker.options.find((s) => ctx.world.certificates.personal.find((c) => c.serial === s)?.issuedTo === a.officeNumber);
			return { type: 'ws.picker.select', serial: serial ?? -1 };
		}),
		act('step-3', `[${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' }),
	];
}

/** 2.3.1 steps 4–8: a favourite and a desktop shortcut, made while the login screen shows. */
export function favouriteAndShortcut(): StepSpec[] {
	return [
		act('step-4', `ログイン画面を表示中に、[${E.addToFavorites.value}] をクリックします。`, { type: 'edge.favorite.add' }),
		act('step-5', `[${E.favoritesFolder.value}] リストから [${E.otherFavorites.value}] を選択します。`, { type: 'edge.favorite.folder', folder: E.otherFavorites.value }),
		act('step-5', `[${E.done.value}] をクリックします。`, { type: 'edge.favorite.done' }),
		act('step-6', `[${E.favorites.value}] をクリックします。`, { type: 'edge.favorites.open' }),
		{
			anchor: 'step-6',
			text: 'かながわシステムの URL が追加されていることを確認します。',
			see: { role: 'link', name: K.screenTitle.value, within: areas.favorites },
			when: P.all(P.dialog('edge', 'favorites'), P.is('loginFavourite')),
		},
		act('step-7', `アドレスバーの左隅にある [${E.siteInfo.value}] アイコンを、デスクトップにドラッグ&ドロップします。`, { type: 'edge.siteInfo.dragToDesktop' }),
		{
			anchor: 'step-8',
			text: 'デスクトップ上に、かながわシステムのショートカットアイコンが作成されたことを確認します。',
			see: { role: 'link', name: K.screenTitle.value, within: areas.desktop },
			when: P.is('loginShortcut'),
		},
	];
}

/** 2.3.1 step 9: user ID and password, [ログイン]. */
export function logIn(a: PracticeAccount, password: string, text: string): StepSpec[] {
	return [
		act('step-9', `[${K.userId.value}] にユーザ ID を入力します。`, { type: 'ks.input', field: 'user', value: a.officeNumber }),
		act('step-9', text, { type: 'ks.input', field: 'password', value: password }),
		act('step-9', `[${K.login.value}] をクリックします。`, { type: 'ks.login' }),
	];
}

/** 2.3.1 step 10: AA041, the temporary password changed to the real one. */
export function changePassword(a: PracticeAccount): StepSpec[] {
	return [
		act('step-10', `[${K.currentPassword.value}] に仮パスワードを入力します。`, { type: 'ks.input', field: 'current', value: a.temporaryPassword }),
		act('step-10', `[${K.newPassword.value}] に本パスワードを入力します。`, { type: 'ks.input', field: 'next', value: a.newPassword }),
		act('step-10', `[${K.newPasswordConfirm.value}] にも同じ本パスワードを入力します。`, { type: 'ks.input', field: 'confirm', value: a.newPassword }),
		act('step-10', `[${K.changeAndLogin.value}] をクリックします。`, { type: 'ks.change' }),
	];
}

/** The whole of 2.3.1 for an office whose letters just arrived. */
export function firstLoginSteps(a: PracticeAccount, options: { launch: boolean }): StepSpec[] {
	return [
		...openSystem(a, options),
		...favouriteAndShortcut(),
		...logIn(a, a.temporaryPassword, `[${K.password.value}] に仮パスワードを入力します。`),
		...changePassword(a),
	];
}

/** 2.3.2: [ログアウト], the confirmation's [OK], 「ログアウトしました。」. */
export function logoutSteps(): StepSpec[] {
	return [
		act('step-1', `ポータル画面右上の【${K.logout.value}】をクリックします。`, { type: 'ks.logout' }),
		act('step-2', `確認のダイアログで【${K.ok.value}】をクリックします。`, { type: 'ks.logoutConfirm.ok' }),
		{
			anchor: 'step-2',
			text: `「${loggedOut.value}…」と表示され、ログアウトが完了します。`,
			see: { role: 'text', name: loggedOut.value, within: areas.kanagawa },
			when: P.page('kanagawa', 'loggedOut'),
		},
	];
}
