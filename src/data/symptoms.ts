import type { Section } from '../sections';

/**
 * How people describe, in their own words, the problem a section answers: what they would type
 * into the search box or say on the phone. Shown on each section's page (「こんなときに」) and
 * indexed by the search, and read by the message lookup tool beside src/data/messages.ts.
 *
 * Each phrase must be something the section really answers (checked by reading the manual),
 * in everyday words rather than the manual's, and short.
 */
export interface SymptomEntry {
	readonly section: Section['number'];
	readonly phrases: readonly string[];
}

export const symptoms: readonly SymptomEntry[] = [
	{ section: '1.1', phrases: ['パソコンの条件・動作環境を知りたい', '使える Windows のバージョン', '使えるブラウザ', '画面の大きさ（解像度）', 'PDF を見るソフト'] },
	{ section: '1.2', phrases: ['ブラウザ（Edge）の設定を確かめたい', 'Windows のユーザーごとに設定が必要'] },
	{ section: '1.2.1', phrases: ['Edge のバージョンの確かめ方', 'ブラウザが古いかもしれない'] },
	{ section: '1.2.2', phrases: ['JavaScript がオフになっている', 'JavaScript を許可したい'] },
	{ section: '2.1', phrases: ['ID とパスワードが郵便で届いた', '仮パスワードとは何か', '仮パスワードの有効期限（180 日）', 'ログイン用と証明書用の 2 つのパスワードの違い'] },
	{ section: '2.2', phrases: ['電子証明書の取り方', 'ルート証明書とクライアント証明書の違い', '初めて設定する'] },
	{ section: '2.2.1', phrases: ['IE モードの設定のしかた', '信頼済みサイトに URL を登録する', 'Internet Explorer モードで開くページを追加する'] },
	{ section: '2.2.2', phrases: ['NaRAClientControl（ナラ クライアント コントロール）の入れ方', '証明書サービスに初めてログインする', 'アドオンをインストールする'] },
	{ section: '2.2.3', phrases: ['ルート証明書（CA 証明書）の入れ方', 'セキュリティ警告が出たとき'] },
	{ section: '2.2.4', phrases: ['クライアント証明書の取り方', '仮クライアント証明書を発行する', 'クライアント証明書を更新する', '連合会の承認を待つ', '証明書が入ったか確かめる'] },
	{ section: '2.3', phrases: ['かながわシステムへのログインとログアウト'] },
	{ section: '2.3.1', phrases: ['初めてログインする', '仮パスワードを本パスワードに変える', '新しいパスワードの条件（文字数・使える記号）', 'お気に入りやデスクトップのショートカットを作る'] },
	{ section: '2.3.2', phrases: ['ログアウトのしかた', '使い終わったとき'] },
	{ section: '3.1', phrases: ['NaRAClientControl が入らない', 'インストールのポップアップが表示されない', 'インストールの画面が出てこない', 'アドオンが動かない', 'セキュリティの設定を変える'] },
	{ section: '3.2', phrases: ['クライアント証明書の期限が切れた', '証明書を更新したい（3 年ごと）'] },
	{ section: '3.3', phrases: ['ルート証明書を取り直したい'] },
	{ section: '3.4', phrases: ['かながわシステムに入れない・つながらない', 'ページが開かない'] },
	{ section: '3.5', phrases: ['パスワードを 3 回間違えた', 'ロックされてログインできない', '30 分待つ'] },
	{ section: '3.6', phrases: ['パスワードを忘れた', 'ユーザ ID が分からない', 'パスワードが合わない・入らない', '大文字と小文字、Caps Lock、Num Lock'] },
	{ section: '3.7', phrases: ['証明書発行用のパスワードをなくした', '証明書発行用の ID が分からない'] },
	{ section: '3.8', phrases: ['パソコンを買い替えた・新しいパソコンで使いたい', '別のパソコンに移したい'] },
	{ section: '3.9', phrases: ['ユーザー名とパスワードを入れる画面が出ない', '証明書サービスでパスワードを聞かれない', '資格情報を記憶するにチェックを入れてしまった'] },
	{ section: '3.10', phrases: ['2つ目の事業所の証明書を取りたい', '1台のパソコンで複数の事業所を使う'] },
	{ section: '3.11', phrases: ['Not Found と表示される', 'URL を打ち間違えたかもしれない'] },
	{ section: '3.12', phrases: ['ブラウザをすべて閉じるとは', 'ウィンドウの閉じ方'] },
	{ section: '3.13', phrases: ['URL をどこに入力するか分からない', 'アドレスバーの場所'] },
	{ section: '3.14', phrases: ['Windows 11 での SmartScreen の設定', 'Windows 11 では SmartScreen を有効にする手順が違う'] },
	{ section: '3.15', phrases: ['パスワードを保存しないようにしたい', 'パスワードの保存を聞かれる', '保存されたパスワードを消したい', '自動で入るパスワードが違う'] },
	{ section: '3.16', phrases: ['ルート証明書が入っているか確かめたい'] },
	{ section: '3.17', phrases: ['IE モードにならない', 'Internet Explorer モードのメッセージが出ない', 'IE モードの設定をやり直したい'] },
	{ section: '3.18', phrases: ['仮クライアント証明書（NacaCertRequester）が 2 つ以上ある', 'どの証明書を選べばよいか分からない', '発行済みも保留中も 0 件'] },
	{ section: '3.19', phrases: ['パスワードの再発行を頼みたい', '再発行依頼の書類の書き方と送り先', '新しいパスワードはいつ届くか'] },
];

/** The phrases of one section (empty when it has none). */
export function symptomsOf(number: string): readonly string[] {
	return symptoms.find((s) => s.section === number)?.phrases ?? [];
}
