import { manualDate, manualVersion } from '../facts';

/**
 * 改版履歴 (the manual's revision history), as printed: the section numbers and titles are those
 * of each edition (2.2.5, 3.15 NaRAClientControl …), so they are text, never links. A row lists
 * the places that share one 変更内容 cell in the printed table.
 */
export interface RevisionRow {
	/** The places changed (変更箇所), each with the number and title of its own edition. */
	readonly places: readonly string[];
	/** What changed (変更内容), one line per printed line. */
	readonly changes: readonly string[];
}

export interface Revision {
	readonly version: string;
	readonly date: string;
	readonly rows: readonly RevisionRow[];
}

export const revisions: readonly Revision[] = [
	{
		version: '1.0',
		date: '2023/4/10',
		rows: [
			{ places: ['3.1 NaRAClientControlがインストールできない'], changes: ['事業所からの問合せに基づき、設定内容を追加'] },
			{
				places: [
					'3.9 証明書サービスにログインできない',
					'3.10 1台のパソコンで複数事業所の証明書を発行する',
					'3.11 かながわシステムのログイン画面にアクセスした際に Not Found と表示される',
					'3.12 ブラウザを閉じる際の留意事項',
					'3.13 「NaRAClientControlをインストールしていません。」で応答がない場合',
					'3.14 URL を入力するアドレス欄が分からない',
					'3.15 NaRAClientControl がインストールできない',
					'3.16 Windows11 における Windows Defender SmartScreen を有効にする方法について',
				],
				changes: ['事業所からの問合せに基づき、トラブルシュートを追記'],
			},
		],
	},
	{
		version: '2.0',
		date: '2023/5/15',
		rows: [
			{
				places: ['3.9 証明書サービスにログインできない'],
				changes: ['事業所からの問合せに基づき、ブラウザをすべて閉じ、再度手順を実施する旨を追記'],
			},
		],
	},
	{
		version: '3.0',
		date: '2023/6/19',
		rows: [
			{
				places: [
					'2.2.3 NaRAClientControl をインストールする',
					'2.2.4 ルート証明書（CA 証明書）をインストールする',
					'2.2.5 クライアント証明書を取得／更新する',
				],
				changes: ['証明書サービスへのアクセスに関する記載を修正'],
			},
			{ places: ['3.1 NaRAClientControl がインストールできない'], changes: ['http のアドレスを信頼済みサイトに登録する旨を追記'] },
		],
	},
	{
		version: '3.1',
		date: '2023/10/4',
		rows: [
			{ places: ['2.2.5 クライアント証明書を取得/更新する'], changes: ['証明書サービスの URL を http から https に修正'] },
			{ places: ['2.3 システムにログイン/ログアウトする'], changes: ['2-26、デスクトップアイコンの作成に関して、コメントを追記'] },
		],
	},
	{
		version: manualVersion.value,
		date: manualDate.value,
		rows: [
			{ places: ['1.2 ブラウザの設定'], changes: ['ポイントを追加'] },
			{
				places: ['2.1 ユーザ ID・パスワード、証明書発行用 ID・パスワードを取得する'],
				changes: ['ポイント、注意を追加', 'パスワードの有効期限を 90 日から 180 日に修正'],
			},
			{ places: ['2.2.1 IE モードでサイトの再読み込みを許可する'], changes: ['補足を追加、文言を修正'] },
			{
				places: [
					'2.2.2 NaRAClientControl をインストールする',
					'2.2.3 ルート証明書 (CA 証明書) をインストールする',
					'2.2.4 仮クライアント証明書及びクライアント証明書を取得/更新',
				],
				changes: ['手順を修正、コメントを追加', '画像を差替え'],
			},
			{
				places: ['2.3.1 仮パスワードを本パスワードに変更する'],
				changes: ['注意を追加、画像を差替え', 'パスワードの有効期限を 90 日から 180 日に修正'],
			},
			{ places: ['3.1 NaRAClientControl がインストールできない'], changes: ['手順を修正、コメントを追加'] },
			{
				places: ['3.2 クライアント証明書の有効期限が切れた', '3.3 ルート証明書を取得したい', '3.4 かながわシステムにアクセスできない'],
				changes: ['手順を修正、コメントを追加'],
			},
			{ places: ['3.6 ユーザ ID・パスワードが分からなくなった'], changes: ['パスワードの有効期限を 90 日から 180 日に修正'] },
			{ places: ['3.7 証明書発行用 ID・パスワードを紛失した'], changes: ['タイトルを修正、文言を修正'] },
			{ places: ['3.8 かながわシステムを利用するパソコンを変更したい'], changes: ['文言を修正、コメントを追加'] },
			{ places: ['3.9 証明書サービスでログイン画面が表示されない'], changes: ['タイトルを修正、手順を修正'] },
			{ places: ['3.10 1台のパソコンで複数事業所の証明書を発行する'], changes: ['手順を修正、コメント、注意を追加'] },
			{
				places: ['3.13 「NaRAClientControlをインストールしていません。」で応答がない場合'],
				changes: ['第2章の補足に記載したため、手順を削除', 'それ以降の項番についても修正'],
			},
			{ places: ['3.15 パスワードの自動保存をオフにする場合'], changes: ['パスワードの自動保存をオフにする手順を追加'] },
			{ places: ['3.16 ルート証明書のインストール状況を確認したい'], changes: ['ルート証明書のインストール状況を確認する手順を追加'] },
			{ places: ['3.17 Internet Explorer モード (IE モード) の設定ができない'], changes: ['IE モードの設定に関する手順を追加'] },
			{
				places: ['3.18 1台の端末で仮クライアント証明書を複数取得した場合'],
				changes: ['仮クライアント証明書を複数取得した場合の注意点を追加'],
			},
			{ places: ['3.19 パスワードの再発行手続きについて'], changes: ['パスワードの再発行手続きに関する手順を追加'] },
		],
	},
];
