import {
	addonFailed,
	executionStatusTitle,
	executionSucceeded,
	forcedLogout,
	ieModeBanner,
	issuedLabel,
	labels,
	lockoutFailures,
	lockoutMinutes,
	loggedOut,
	browserName,
	minEdgeVersion,
	logoutConfirm,
	logoutConfirmHeading,
	naraNotInstalled,
	notFound,
	oneItem,
	passwordExpired,
	passwordExpiredCaution,
	passwordExpiredCode,
	passwordLocked,
	pendingLabel,
	savedPasswordNotice,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
} from '../facts';
import { section } from '../sections';
import type { SectionRef } from '../tools/links';

/**
 * The messages and symptoms the manual mentions, each with the sections that answer it.
 * One table for the message lookup tool (/tools/message/) and the section pages, which show the
 * messages they answer under their title (SectionSymptoms.astro), where the site search finds them.
 *
 * - `text`: a message exactly as the screen shows it (from src/facts), or a symptom in the
 *   manual's own words (a chapter-3 heading, or the phrase of the 補足 that answers it).
 * - `kind`: 'message' for text a screen shows, 'symptom' for what the user notices.
 * - `sections`: the best answer first; `anchor` is a step anchor of that page (`step-8`,
 *   `step-3-1`) where the answer is in one step.
 * - `note`: one sentence saying what it means or what to do.
 * - `variants`: other wordings of the same thing (the manual's own, or the screen's other
 *   lines), matched like `text`. Everyday phrasings live in a sibling data file, not here.
 */
export interface MessageEntry {
	readonly id: string;
	readonly text: string;
	readonly kind: 'message' | 'symptom';
	readonly sections: readonly SectionRef[];
	readonly note?: string;
	readonly variants?: readonly string[];
}

const title = (n: SectionRef['number']) => section(n).title;

export const messages: readonly MessageEntry[] = [
	{
		id: 'password-locked',
		text: passwordLocked.value,
		kind: 'message',
		sections: [{ number: '3.5' }],
		variants: [title('3.5')],
		note: `${lockoutFailures.value} 回連続してログインに失敗するとロックされ、${lockoutMinutes.value} 分間ログインできません。${lockoutMinutes.value} 分以上時間を空けてから、再度ログインします。`,
	},
	{
		id: 'aa041-password-expired',
		text: passwordExpired.value,
		kind: 'message',
		sections: [{ number: '2.3.1', anchor: 'step-10' }],
		note: '仮パスワードで初めてログインしたとき（またはパスワードの期限が切れたとき）の画面です。現在のパスワードと、条件に合う新しいパスワードを入力して [変更してログイン] をクリックします。',
		variants: [passwordExpiredCode.value, passwordExpiredCaution.value],
	},
	{
		id: 'not-found',
		text: notFound.value,
		kind: 'message',
		sections: [{ number: '3.11' }, { number: '2.3.1', anchor: 'step-2' }],
		note: 'かながわシステムの URL の入力ミスが考えられます。URL チェッカーで確かめられます。',
		variants: [title('3.11')],
	},
	{
		id: 'addon-failed',
		text: addonFailed.value,
		kind: 'message',
		sections: [{ number: '3.1' }, { number: '2.2.2', anchor: 'step-9' }],
		note: 'インターネットのセキュリティ設定の変更が必要です。',
	},
	{
		id: 'forced-logout',
		text: forcedLogout.value,
		kind: 'message',
		sections: [{ number: '2.3.1', anchor: 'step-8' }],
		note: 'ログイン後の画面で登録したお気に入りやショートカットを開くと表示されます。ログイン画面を表示しているときに登録し直します。',
	},
	{
		id: 'ie-mode-banner',
		text: ieModeBanner.value,
		kind: 'message',
		sections: [{ number: '2.2.2', anchor: 'step-2' }, { number: '3.17' }],
		note: '証明書サービスでこのメッセージが表示されていれば正常です。表示されたまま次の手順に進みます。',
	},
	{
		id: 'ie-mode-banner-missing',
		text: title('3.17'),
		kind: 'symptom',
		sections: [{ number: '3.17' }, { number: '2.2.1' }, { number: '2.2.2', anchor: 'step-2' }],
		note: '証明書サービスで「Internet Explorer モードになっています。…」が表示されないときは、2.2.1 の設定を削除してやり直します。',
		variants: ['Internet Explorer モードになっています のメッセージが表示されない', 'IE モードにならない'],
	},
	{
		id: 'login-dialog-missing',
		text: title('3.9'),
		kind: 'symptom',
		sections: [{ number: '3.9' }, { number: '2.2.2', anchor: 'step-3' }],
		note: '[資格情報を記憶する] にチェックした、または証明書サービスの URL の入力間違いが考えられます。',
		variants: ['Windows セキュリティの画面（ログイン画面）が表示されない', '証明書サービスにログインできない'],
	},
	{
		id: 'basic-auth-prompt',
		text: labels.basicAuthDialog.prompt.value,
		kind: 'message',
		sections: [{ number: '2.2.2', anchor: 'step-3' }, { number: '2.2.4', anchor: 'step-1' }],
		note: '証明書サービスのログイン画面です。「証明書発行用パスワード」に記載のユーザ ID とパスワードを入力します（かながわシステムのパスワードではありません）。[資格情報を記憶する] にはチェックしません。',
		variants: [labels.basicAuthDialog.serverReport.value, labels.basicAuthDialog.warning.value],
	},
	{
		id: 'issued-none',
		text: 'クライアント証明書を要求したにもかかわらず、[保留中] や [発行済み] に件数が表示されていない',
		kind: 'symptom',
		sections: [{ number: '3.18' }, { number: '3.10', anchor: 'step-3-4' }],
		note: '要求に使った仮クライアント証明書とは別の仮クライアント証明書を選んでいる可能性があります。',
		variants: ['発行済み: 0件', '保留中: 0件', '発行済み 0件 保留中 0件'],
	},
	{
		id: 'issued-one',
		text: `${issuedLabel.value} ${oneItem.value}`,
		kind: 'message',
		sections: [{ number: '2.2.4', anchor: 'step-3-2' }],
		note: '連合会の承認が完了しています。クライアント証明書をインストールします。',
	},
	{
		id: 'pending-one',
		text: `${pendingLabel.value} ${oneItem.value}`,
		kind: 'message',
		sections: [{ number: '2.2.4', anchor: 'step-3-2' }],
		note: `連合会の承認がまだ完了していません（数日かかる場合があります）。仮クライアント証明書の有効期限（発行日から ${temporaryClientCertValidityDays.value} 日間）内に、もう一度確認します。`,
	},
	{
		id: 'execution-succeeded',
		text: executionSucceeded.value,
		kind: 'message',
		sections: [{ number: '2.2.4', anchor: 'step-2-7' }, { number: '3.10', anchor: 'step-2-8' }],
		note: '[実行ステータス] 画面のメッセージです。クライアント証明書の要求ができました。[OK] をクリックし、連合会の承認を待ちます。',
		variants: [`${executionStatusTitle.value} ${executionSucceeded.value}`],
	},
	{
		id: 'cert-confirm-missing',
		text: '証明書の確認画面が表示されません',
		kind: 'symptom',
		sections: [{ number: '2.2.4', anchor: 'step-3-1' }, { number: '2.2.4', anchor: 'step-2' }],
		note: `仮クライアント証明書の有効期限（発行日から ${temporaryClientCertValidityDays.value} 日間）が過ぎています。2.2.4 の手順 2 からやり直します。`,
		variants: ['[証明書の確認] 画面が表示されない'],
	},
	{
		id: 'temporary-cert-not-shown',
		text: '仮クライアント証明書が表示されない',
		kind: 'symptom',
		sections: [{ number: '3.10', anchor: 'step-1-1' }, { number: '2.2.4', anchor: 'step-2' }],
		note: '有効な仮クライアント証明書がありません。[キャンセル] をクリックし、仮クライアント証明書を取得し直します。',
		variants: ['NacaCertRequester が表示されない'],
	},
	{
		id: 'install-popup-missing',
		text: 'インストールポップアップが表示されない',
		kind: 'symptom',
		sections: [{ number: '2.2.2', anchor: 'step-7' }, { number: '3.1' }],
		note: '「Internet Explorer モード」になっていない可能性があります。アドレス欄の下のメッセージを確認し、なければ 2.2.2 の手順 2 を確認します。それでも表示されないときは 3.1 の設定を行います。',
		variants: [title('3.1')],
	},
	{
		id: 'no-response-after-install',
		text: '[インストール] をクリック後に応答がない',
		kind: 'symptom',
		sections: [{ number: '2.2.2', anchor: 'step-8' }],
		note: 'ブラウザを一度閉じて 2.2.2 からやり直し、インストールポップアップの [▼] から [すべてのユーザーに対してインストール (A)] をクリックします。',
	},
	{
		id: 'nara-not-installed',
		text: naraNotInstalled.value,
		kind: 'message',
		sections: [{ number: '2.2.2', anchor: 'step-8' }],
		note: '応答がないときは、2.2.2 手順 8 の補足の方法（[すべてのユーザーに対してインストール (A)]）を試します。',
	},
	{
		id: 'client-cert-expired',
		text: title('3.2'),
		kind: 'symptom',
		sections: [{ number: '3.2' }, { number: '2.2.4' }],
		note: '証明書サービスにログインし、クライアント証明書を更新します。',
		variants: ['クライアント証明書の有効期限切れ'],
	},
	{
		id: 'still-temporary-cert',
		text: '仮クライアント証明書のまま',
		kind: 'symptom',
		sections: [{ number: '2.2.4', anchor: 'step-4-5' }],
		note: '[個人] タブに発行先が事業所番号の証明書がなく、NacaCertRequester（有効期限が発行日の 10 日後）しかない状態です。クライアント証明書の発行を行います。',
	},
	{
		id: 'cannot-access',
		text: title('3.4'),
		kind: 'symptom',
		sections: [{ number: '3.4' }, { number: '1.1' }, { number: '1.2' }, { number: '2.2.4', anchor: 'step-4' }],
		note: 'パソコンの動作環境、ブラウザの設定（JavaScript）、クライアント証明書の有効期限を確認します。',
	},
	{
		id: 'cert-select-on-https',
		text: '[証明書の選択] 画面が出た',
		kind: 'symptom',
		sections: [{ number: '2.2.4', anchor: 'step-1' }],
		note: '2.2.4 の手順 1 で URL を入力した後に出た場合は、[キャンセル] をクリックします。',
	},
	{
		id: 'cert-auth-picker',
		text: labels.certPicker.authTitle.value,
		kind: 'message',
		sections: [{ number: '2.3.1', anchor: 'step-3' }],
		note: '事業所番号 10 桁の証明書を選択し、[OK] をクリックします。',
	},
	{
		id: 'multiple-temporary-certs',
		text: title('3.18'),
		kind: 'symptom',
		sections: [{ number: '3.18' }],
		note: '仮クライアント証明書はインストールされた順に下から表示されます。要求に使った仮クライアント証明書を選択します。',
		variants: [labels.certPicker.orderNote.value, 'NacaCertRequester が複数表示される'],
	},
	{
		id: 'logout-confirm',
		text: `${logoutConfirmHeading.value} ${logoutConfirm.value}`,
		kind: 'message',
		sections: [{ number: '2.3.2', anchor: 'step-2' }],
		note: '[OK] をクリックするとログアウトします。',
	},
	{
		id: 'logged-out',
		text: loggedOut.value,
		kind: 'message',
		sections: [{ number: '2.3.2', anchor: 'step-2' }],
		note: 'ログアウトが完了しました。',
	},
	{
		id: 'saved-password-wrong',
		text: savedPasswordNotice.value,
		kind: 'message',
		sections: [{ number: '3.15' }, { number: '2.3.1', anchor: 'step-9' }],
		note: 'ブラウザに保存されたパスワードが古いとログインできません。保存されたパスワードを削除し、正しいパスワードを入力します。',
	},
	{
		id: 'cannot-login',
		text: labels.kanagawaSystem.cannotLogin.value,
		kind: 'symptom',
		sections: [{ number: '3.6' }, { number: '3.5' }, { number: '3.4' }, { number: '3.19' }],
		note: 'ユーザ ID は事業所番号です。大文字・小文字、全角文字、Caps Lock、Num Lock を確認します。分からなくなったときは再発行の手続きをします。',
		variants: ['ログインできない', 'パスワードを忘れた'],
	},
	{
		id: 'forgot-user-id-password',
		text: title('3.6'),
		kind: 'symptom',
		sections: [{ number: '3.6' }, { number: '3.19' }],
	},
	{
		id: 'lost-certificate-id-password',
		text: title('3.7'),
		kind: 'symptom',
		sections: [{ number: '3.7' }, { number: '3.19' }],
	},
	{
		id: 'temporary-password-expired',
		text: `${temporaryPasswordValidityDays.value}日を過ぎると再発行が必要になります`,
		kind: 'symptom',
		sections: [{ number: '3.19' }, { number: '2.1' }],
		note: `仮パスワードの有効期限は発行日から${temporaryPasswordValidityDays.value}日です。過ぎたらパスワード再発行依頼を郵送します。`,
		variants: ['仮パスワードの有効期限が切れた'],
	},
	{
		id: 'password-reissue',
		text: title('3.19'),
		kind: 'symptom',
		sections: [{ number: '3.19' }],
		variants: ['パスワード再発行依頼'],
	},
	{
		id: 'restart-missing',
		text: '[再起動] が表示されない',
		kind: 'symptom',
		sections: [{ number: '2.2.1', anchor: 'step-5' }],
		note: '[許可] に設定済みの場合は表示されないことがあります。その場合は実行不要です。',
	},
	{
		id: 'address-bar',
		text: title('3.13'),
		kind: 'symptom',
		sections: [{ number: '3.13' }],
	},
	{
		id: 'change-pc',
		text: title('3.8'),
		kind: 'symptom',
		sections: [{ number: '3.8' }],
	},
	{
		id: 'multiple-offices',
		text: title('3.10'),
		kind: 'symptom',
		sections: [{ number: '3.10' }],
	},
	{
		id: 'closing-browsers',
		text: title('3.12'),
		kind: 'symptom',
		sections: [{ number: '3.12' }],
	},
	{
		id: 'smartscreen-windows11',
		text: title('3.14'),
		kind: 'symptom',
		sections: [{ number: '3.14' }, { number: '3.1', anchor: 'step-14' }],
	},
	{
		id: 'password-autosave',
		text: title('3.15'),
		kind: 'symptom',
		sections: [{ number: '3.15' }],
	},
	{
		id: 'root-certificate-check',
		text: title('3.16'),
		kind: 'symptom',
		sections: [{ number: '3.16' }, { number: '3.3' }],
	},
	{
		id: 'root-certificate-get',
		text: title('3.3'),
		kind: 'symptom',
		sections: [{ number: '3.3' }, { number: '2.2.3' }],
	},
	{
		id: 'javascript',
		text: title('1.2.2'),
		kind: 'symptom',
		sections: [{ number: '1.2.2' }, { number: '3.4' }],
		note: 'かながわシステムからの JavaScript のアクセスを許可するように設定されている必要があります。',
	},
	{
		id: 'edge-version',
		text: title('1.2.1'),
		kind: 'symptom',
		sections: [{ number: '1.2.1' }, { number: '1.1' }],
		note: `${browserName.value} バージョン ${minEdgeVersion.value} 以降が必要です。`,
		variants: ['Microsoft Edge レガシー版'],
	},
];
