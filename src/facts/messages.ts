import { fact } from './fact';

/** Messages the manual quotes, exactly as a screen shows them. */
export const ieModeBanner = fact(
	'Internet Explorer モードになっています。ほとんどのページは、Microsoft Edge でより適切に機能します。',
	['2.2.2', '3.17'],
);
export const addonFailed = fact('アドオンが実行できませんでした', ['2.2.2', '3.1']);
export const executionStatusTitle = fact('実行ステータス', ['2.2.4', '3.10']);
export const executionSucceeded = fact('正常終了しました', ['2.2.4', '3.10']);
export const issuedLabel = fact('発行済み:', ['2.2.4'], { evidence: '【発行済み:】' });
export const pendingLabel = fact('保留中:', ['2.2.4'], { evidence: '【保留中:】' });
export const oneItem = fact('1件', ['2.2.4'], { evidence: '【1件】' });
export const passwordExpiredCode = fact('AA041', ['2.3.1']);
export const passwordExpired = fact(
	'AA041 パスワードの有効期限が切れています。新しいパスワードを設定してください。',
	['2.3.1'],
);
export const passwordExpiredCaution = fact('必ず現在のパスワードを確認し、控えてから新しいパスワードを設定してください。', ['2.3.1']);
export const forcedLogout = fact('不正操作が行われたためログアウトしました。', ['2.3.1']);
export const passwordLocked = fact('パスワードがロックされています。', ['3.5']);
export const notFound = fact('Not Found', ['3.11']);
export const logoutConfirmHeading = fact('このページの内容:', ['2.3.2']);
export const logoutConfirm = fact('ログアウトします。よろしいですか?', ['2.3.2'], {
	evidence: ['ログアウトします。', 'よろしいですか?'],
});
export const loggedOut = fact('ログアウトしました。', ['2.3.2'], { evidence: '「ログアウトしました。…」' });
/** 2.2.4 補足: typing http instead of https "changes what follows". */
export const httpChangesWhatFollows = fact('URL を「http://」と入力すると、後続の動きが変わります', ['2.2.4']);
/** The system's login page notice about passwords saved by the browser (2.3.1). */
export const savedPasswordNotice = fact(
	'※ブラウザの機能で保存されたパスワードを自動設定されている場合、保存されたパスワードが誤っていてログインできない場合があります',
	['2.3.1'],
);
/**
 * A message of the installation step: the old 3.13 (revision history) covered it, revision 3.2
 * moved the answer to 2.2.2 step 8's 補足 ([インストール] 後に応答がない).
 */
export const naraNotInstalled = fact('NaRAClientControlをインストールしていません。', ['2.2.2', 'revisions']);
