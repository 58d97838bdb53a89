import { fact } from './fact';

/**
 * The sample content of the system's portal screen (ポータル画面), as the manual prints it after
 * the first login (2.3.1) and again for the logout (2.3.2). Pages draw it; simulations may too.
 */
export const samplePortalNotices = fact(
	[
		{ date: '2022/09/16', sender: '国保連合会', title: '○月分の市町村向け請求帳票出力完了のお知らせ' },
		{ date: '2022/09/15', sender: '国保連合会', title: '○月分の一次審査処理完了のお知らせ' },
		{ date: '2022/09/14', sender: '国保連合会', title: '○月分のサービス提供実績記録票審査処理完了のお知らせ' },
		{ date: '2022/09/13', sender: '国保連合会', title: '○月分の単位数台帳更新のお知らせ' },
		{ date: '2022/09/12', sender: '国保連合会', title: '○月分の処理日程のお知らせ' },
	],
	['2.3.1', '2.3.2'],
	{
		evidence: [
			'2022/09/16 国保連合会 ○月分の市町村向け請求帳票出力完了のお知らせ',
			'2022/09/15 国保連合会 ○月分の一次審査処理完了のお知らせ',
			'2022/09/14 国保連合会 ○月分のサービス提供実績記録票審査処理完了のお知らせ',
			'2022/09/13 国保連合会 ○月分の単位数台帳更新のお知らせ',
			'2022/09/12 国保連合会 ○月分の処理日程のお知らせ',
		],
	},
);

/** 2.3.1's copy of the portal prints the first notice as 「…請求票…」, 2.3.2's as 「…請求帳票…」. */
export const samplePortalFirstNoticeIn231 = fact('○月分の市町村向け請求票出力完了のお知らせ', ['2.3.1']);

export const samplePortalMore = fact('more...', ['2.3.1', '2.3.2']);

export const samplePortalMonth = fact('2022年09月', ['2.3.1', '2.3.2'], { evidence: '処理対象年月 2022年09月' });

/** The 送信情報状況確認 table: 取込結果 and 審査結果 each count 総数 / 正常 / エラー. */
export const samplePortalStatusRows = fact(
	[
		{ sentAt: '2022/09/07 10:32:47', target: '請求明細書情報', status: '登録済み', imported: ['39', '39', '0'], reviewed: ['-', '-', '-'] },
		{ sentAt: '2022/09/07 09:45:47', target: '請求明細書情報', status: '取込エラー', imported: ['39', '0', '39'], reviewed: ['-', '-', '-'] },
		{ sentAt: '2022/09/07 09:30:51', target: '請求明細書情報', status: '取込エラー', imported: ['39', '0', '39'], reviewed: ['-', '-', '-'] },
		{ sentAt: '2022/09/06 10:32:47', target: 'サービス提供実績記録票情報', status: '登録済み', imported: ['18', '18', '0'], reviewed: ['18', '18', '0'] },
		{ sentAt: '2022/09/06 09:45:47', target: 'サービス提供実績記録票情報', status: '取込エラー', imported: ['18', '0', '18'], reviewed: ['0', '0', '0'] },
		{ sentAt: '2022/09/06 09:30:51', target: 'サービス提供実績記録票情報', status: '取込エラー', imported: ['18', '0', '18'], reviewed: ['0', '0', '0'] },
	],
	['2.3.1', '2.3.2'],
	{
		evidence: [
			'2022/09/07 10:32:47 請求明細書情報 登録済み 39 39 0 - - -',
			'2022/09/07 09:45:47 請求明細書情報 取込エラー 39 0 39 - - -',
			'2022/09/07 09:30:51 請求明細書情報 取込エラー 39 0 39 - - -',
			'2022/09/06 10:32:47 サービス提供実績記録票情報 登録済み 18 18 0 18 18 0',
			'2022/09/06 09:45:47 サービス提供実績記録票情報 取込エラー 18 0 18 0 0 0',
			'2022/09/06 09:30:51 サービス提供実績記録票情報 取込エラー 18 0 18 0 0 0',
		],
	},
);

/** The table's headings, as printed. */
export const samplePortalStatusColumns = fact(
	{ sentAt: '送信日時', target: '対象情報', status: 'ステータス', imported: '取込結果', reviewed: '審査結果', counts: ['総数', '正常', 'エラー'] },
	['2.3.1', '2.3.2'],
	{ evidence: '送信日時 対象情報 ステータス 取込結果 審査結果 総数 正常 エラー 総数 正常 エラー' },
);
