import { fact } from './fact';

/** 3.19: the password reissue request (パスワード再発行依頼) and where it goes. */
export const reissueFormTitle = fact('【証明書・ログイン】パスワード再発行依頼', ['3.19']);
/** The form's own heading: it writes 給付等, not the system's 給付費等. */
export const reissueFormSystemName = fact('かながわ自立支援給付等支払システム', ['3.19']);
export const reissueFormLead = fact('かながわ自立支援給付等支払システムパスワードを下記の理由により、', ['3.19']);
export const reissueFormLead2 = fact('喪失(紛失)したため、再発行を依頼します。', ['3.19']);
export const reissueBoxCertificate = fact('【証明書】発行用パスワード', ['3.19'], { evidence: '【 証 明 書 】 発行用パスワード' });
export const reissueBoxLogin = fact('【ログイン】システムID・パスワード', ['3.19'], { evidence: '【 ロ グ イ ン 】 システムID・パスワード' });
export const reissueCheckNote = fact('(※該当にチェックをする)', ['3.19']);
/** Printed after the two boxes of the form: 「再発行を依頼します。」. */
export const reissueBoxesRequest = fact('再発行を依頼します。', ['3.19']);
export const reissueFields = {
	reason: fact('事由(原因)', ['3.19'], { evidence: '事 由\n(原 因)' }),
	date: fact('令和 年 月 日', ['3.19']),
	addressee: fact('神奈川県国民健康保険団体連合会 宛', ['3.19']),
	officeNumber: fact('事業所番号', ['3.19'], { evidence: '・ 事業所番号' }),
	address: fact('事業所所在地', ['3.19']),
	officeName: fact('事業所名称', ['3.19']),
	representative: fact('代表者氏名', ['3.19']),
	seal: fact('届出印', ['3.19']),
	phone: fact('電話番号', ['3.19'], { evidence: '・ 電話番号' }),
	personInCharge: fact('担当者氏名', ['3.19']),
} as const;
export const reissueSealNote = fact('事業所の届出印を押印してください', ['3.19'], { evidence: '事業所の届出印を押印\nしてください' });
/** The example (記載例) of 3.19's second form. */
export const reissueExample = fact(
	{
		reason: 'PCの破損に伴い、以前のパスワードが確認できなくなった為',
		officeNumber: '9999999999',
		address: '○○県△△市◇◇1-2-3 ○○ビル1階 101',
		officeName: '△△事業所',
		representative: '事業者 太郎',
		phone: '999-999-9999',
		personInCharge: '神奈川 次郎',
	},
	['3.19'],
	{
		evidence: [
			'PCの破損に伴い、以前のパスワードが確認できなくなった為',
			'事業所番号 9999999999',
			'○○県△△市◇◇1-2-3 ○○ビル1階 101',
			'△△事業所',
			'事業者 太郎',
			'999-999-9999',
			'神奈川 次郎',
		],
	},
);
/** The example's date line: the era is printed, the numbers are left as ○. */
export const reissueExampleDate = fact('令和 ○ 年 ○ 月 ○ 日', ['3.19']);
/**
 * 3.19's picture of 電子請求受付システム after login (お知らせ一覧): where the form can be
 * downloaded and where the new password is uploaded. The OCR prints 「令和6年1.0月」 (a slip).
 */
export const noticeListSample = fact(
	{
		title: 'お知らせ一覧',
		lastLogin: '最終ログイン日時: 2024年10月21日 11時27分21秒',
		clock: '時刻 11:41:06',
		targetLabel: '対象',
		targets: ['提示期間内のお知らせ', '新着のお知らせ', '未読のお知らせ', '全てのお知らせ'],
		dateRange: { label: '提示開始日', text: '年 月 日 ~ 年 月 日' },
		keyword: 'キーワード',
		buttons: ['検索', 'クリア'],
		count: '7件が該当しています。',
		columns: ['提示開始日', 'カテゴリ', 'タイトル'],
		rows: [
			{ date: '2024/10/21', isNew: true, category: '証明書', title: 'かながわ自立支援給付等支払システム【ログイン】パスワード再発行について' },
			{ date: '2024/09/26', isNew: true, category: 'スケジュール', title: '令和6年10月スケジュール' },
			{ date: '2023/06/01', isNew: false, category: 'システム関連', title: '電子請求受付システムをご利用される事業所様へ' },
		],
		newBadge: 'New',
		callouts: ['該当通知のタイトルをクリック', '添付ファイル名をクリックでダウンロードできます。'],
	},
	['3.19'],
	{
		evidence: [
			'お知らせ一覧 最終ログイン日時: 2024年10月21日 11時27分21秒 時刻 11:41:06',
			'対象 提示期間内のお知らせ 新着のお知らせ 未読のお知らせ 全てのお知らせ',
			'提示開始日 年 月 日 ~ 年 月 日',
			'キーワード',
			'検索 クリア',
			'7件が該当しています。',
			'提示開始日\tカテゴリ\tタイトル',
			'2024/10/21 <small>New</small>\t証明書\tかながわ自立支援給付等支払システム【ログイン】パスワード再発行について',
			'2024/09/26 <small>New</small>\tスケジュール\t令和6年10月スケジュール',
			'2023/06/01\tシステム関連\t電子請求受付システムをご利用される事業所様へ',
			'① 該当通知のタイトルをクリック',
			'② 添付ファイル名をクリックでダウンロードできます。',
		],
	},
);
export const reissuePostalCode = fact('〒220-0003', ['3.19']);
export const reissueAddress = fact('横浜市西区楠町27番地1', ['3.19'], { evidence: '横浜市西区楠町 27 番地 1' });
export const reissueRecipient = fact('神奈川県国民健康保険団体連合会 福祉事業課 障害者支援係', ['3.19']);
/** Where the form can also be downloaded, and where the new password appears. */
export const reissueNoticeBoard = fact('電子請求受付システムの「お知らせ」', ['3.19']);
export const reissueResetsPassword = fact(true, ['3.19'], {
	evidence: 'パスワードの再発行依頼を行うと現在のパスワードは初期化されます。',
});
export const reissueNoUploadNotice = fact(true, ['3.19'], {
	evidence: '連合会でパスワードのアップロード完了の報告はしないため、再発行依頼送付後 1 週間を目安に事業所においてお知らせのご確認をお願いいたします。',
});
export const reissueRegisteredMail = fact('簡易書留', ['3.19']);
export const reissueReturnEnvelopeCases = fact(
	[
		'神奈川県外の事業所（事業所番号の頭 2 桁が 14 以外）の場合（地域生活支援事業所を除く）',
		'何らかの理由で、電子請求受付システムにログインできない状態の場合',
	] as const,
	['3.19'],
);
export const reissueOnlyToRegisteredAddress = fact('事業所届出住所以外には送付できません。', ['3.19']);
