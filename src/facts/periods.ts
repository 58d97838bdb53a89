import { fact } from './fact';

/** Every period and count of the manual. Days are calendar days from the day of issue. */
export const temporaryPasswordValidityDays = fact(180, ['2.1', '2.3.1', '3.6'], {
	evidence: '仮パスワードの有効期限は、発行日から180日です。',
});
export const passwordValidityDays = fact(180, ['2.3.1'], {
	evidence: '※パスワードの有効期限は更新を行った日から180日間です。',
});
export const temporaryClientCertValidityDays = fact(10, ['2.2.4', '3.10'], {
	evidence: '仮クライアント証明書の有効期限は発行日から数えて 10 日間になります。',
});
export const clientCertValidityYears = fact(3, ['2.2.4'], { evidence: 'クライアント証明書の有効期間は3年です。' });
export const rootCertValidityYears = fact(10, ['3.16'], {
	evidence: 'ルート証明書 (CA 証明書) の有効期限は、発行日から数えて 10 年間となります。',
});
export const ieModePageValidityDays = fact(30, ['2.2.1', '3.10'], {
	evidence: 'これらのページは、ページ追加日から 30 日間 Internet Explorer モードで開きます。',
});
export const lockoutFailures = fact(3, ['3.5'], {
	evidence: '3 回連続してログインに失敗すると、パスワードがロックされ、以降 30 分間ログインできなくなります。',
});
export const lockoutMinutes = fact(30, ['3.5'], { evidence: '30 分以上時間を空けてから、再度ログインしてください。' });
/** Approval of a client certificate request "may take several days" (2.2.4 ポイント). */
export const approvalTakesDays = fact('数日', ['2.2.4'], {
	evidence: '連合会での承認作業が完了するまで、数日かかる場合があります。',
});
/** A reissued password is uploaded about a week (概ね 1 週間) after the request is received (3.19). */
export const reissueUploadWeeks = fact(1, ['3.19'], {
	evidence: '再発行依頼を受領した日から概ね 1 週間後に、連合会から電子請求受付システムの「お知らせ」にパスワードをアップロードします。',
});
/** The claim period, the 1st to the 10th of each month (3.19). */
export const claimPeriod = fact({ firstDay: 1, lastDay: 10 }, ['3.19'], { evidence: '受付期間中（1 日～10 日）' });
/** A reissue request arriving on the 9th or later as a rule misses that month's billing. */
export const reissueBillingCutoffDay = fact(9, ['3.19'], {
	evidence: '9 日以降に再発行依頼が届いた場合は、基本的に当月の請求には間に合いません。',
});
/** 3.10: after 30 days or more since the first office's registration, redo 2.2.1 steps 1–7. */
export const multiOfficeIeModeRedoSteps = fact({ from: 1, to: 7 }, ['3.10'], {
	evidence: '「2.2.1 IE モードでサイトの再読み込みを許可する」項番 1.~7.の手順を実施',
});
