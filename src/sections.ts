import type { SectionNumber } from './facts';

/**
 * Every numbered section of the manual's table of contents, in the manual's order.
 * The sidebar, the short links (/3-9/), the /support/ page and the tests all read this list.
 */
export interface Section {
	/** The manual's number, e.g. '3.9'. */
	readonly number: Exclude<SectionNumber, 'about' | 'revisions' | 'contact'>;
	/** The manual's heading, OCR slips fixed. */
	readonly title: string;
	/** ASCII slug that keeps the number: the page lives at `/${slug}/`. */
	readonly slug: string;
	readonly chapter: 1 | 2 | 3;
	/** The parent section for 1.2.x, 2.2.x and 2.3.x. */
	readonly parent?: SectionNumber;
}

export const chapters = [
	{ chapter: 1, title: '第1章 かながわシステムのご利用にあたって', slug: 'chapter-1' },
	{ chapter: 2, title: '第2章 システムにログインするまでの流れ', slug: 'chapter-2' },
	{ chapter: 3, title: '第3章 こんなときは', slug: 'chapter-3' },
] as const;

export const sections: readonly Section[] = [
	{ number: '1.1', chapter: 1, slug: '1-1-supported-environment', title: 'システムの動作保証環境' },
	{ number: '1.2', chapter: 1, slug: '1-2-browser-settings', title: 'ブラウザの設定' },
	{ number: '1.2.1', chapter: 1, parent: '1.2', slug: '1-2-1-browser-version', title: 'ブラウザのバージョンを確認する' },
	{ number: '1.2.2', chapter: 1, parent: '1.2', slug: '1-2-2-javascript', title: 'JavaScript を有効にする' },
	{ number: '2.1', chapter: 2, slug: '2-1-ids-and-passwords', title: 'ユーザ ID・パスワード、証明書発行用 ID・パスワードを取得する' },
	{ number: '2.2', chapter: 2, slug: '2-2-certificates', title: '電子証明書を取得する' },
	{ number: '2.2.1', chapter: 2, parent: '2.2', slug: '2-2-1-ie-mode', title: 'IE モードでサイトの再読み込みを許可する' },
	{ number: '2.2.2', chapter: 2, parent: '2.2', slug: '2-2-2-naraclientcontrol', title: 'NaRAClientControl をインストールする' },
	{ number: '2.2.3', chapter: 2, parent: '2.2', slug: '2-2-3-root-certificate', title: 'ルート証明書 (CA 証明書) をインストールする' },
	{ number: '2.2.4', chapter: 2, parent: '2.2', slug: '2-2-4-client-certificate', title: '仮クライアント証明書及びクライアント証明書を取得/更新' },
	{ number: '2.3', chapter: 2, slug: '2-3-login-logout', title: 'システムにログイン/ログアウトする' },
	{ number: '2.3.1', chapter: 2, parent: '2.3', slug: '2-3-1-change-password', title: '仮パスワードを本パスワードに変更する' },
	{ number: '2.3.2', chapter: 2, parent: '2.3', slug: '2-3-2-logout', title: 'システムからログアウトする' },
	{ number: '3.1', chapter: 3, slug: '3-1-naraclientcontrol-cannot-install', title: 'NaRAClientControl がインストールできない' },
	{ number: '3.2', chapter: 3, slug: '3-2-client-certificate-expired', title: 'クライアント証明書の有効期限が切れた' },
	{ number: '3.3', chapter: 3, slug: '3-3-get-root-certificate', title: 'ルート証明書を取得したい' },
	{ number: '3.4', chapter: 3, slug: '3-4-cannot-access', title: 'かながわシステムにアクセスできない' },
	{ number: '3.5', chapter: 3, slug: '3-5-password-locked', title: '「パスワードがロックされています。」と表示される' },
	{ number: '3.6', chapter: 3, slug: '3-6-forgot-user-id-password', title: 'ユーザ ID・パスワードが分からなくなった' },
	{ number: '3.7', chapter: 3, slug: '3-7-lost-certificate-id-password', title: '証明書発行用 ID・パスワードを紛失した' },
	{ number: '3.8', chapter: 3, slug: '3-8-change-pc', title: 'かながわシステムを利用するパソコンを変更したい' },
	{ number: '3.9', chapter: 3, slug: '3-9-login-dialog-missing', title: '証明書サービスでログイン画面が表示されない' },
	{ number: '3.10', chapter: 3, slug: '3-10-multiple-offices', title: '1 台のパソコンで複数事業所の証明書を発行する' },
	{ number: '3.11', chapter: 3, slug: '3-11-not-found', title: 'かながわシステムのログイン画面にアクセスした際に Not Found と表示される' },
	{ number: '3.12', chapter: 3, slug: '3-12-closing-browsers', title: 'ブラウザを閉じる際の留意事項' },
	{ number: '3.13', chapter: 3, slug: '3-13-address-bar', title: 'URL を入力するアドレス欄が分からない' },
	{ number: '3.14', chapter: 3, slug: '3-14-windows11-smartscreen', title: 'Windows11 における Windows Defender SmartScreen を有効にする方法について' },
	{ number: '3.15', chapter: 3, slug: '3-15-password-autosave-off', title: 'パスワードの自動保存を (オフ) にする場合' },
	{ number: '3.16', chapter: 3, slug: '3-16-check-root-certificate', title: 'ルート証明書のインストール状況を確認したい' },
	{ number: '3.17', chapter: 3, slug: '3-17-ie-mode-reset', title: 'Internet Explorer モード (IE モード) の設定ができない' },
	{ number: '3.18', chapter: 3, slug: '3-18-multiple-temporary-certificates', title: '1 台の端末で仮クライアント証明書を複数取得した場合' },
	{ number: '3.19', chapter: 3, slug: '3-19-password-reissue', title: 'パスワードの再発行手続きについて' },
];

/** Front and back matter pages (not numbered in the manual). */
export const matter = [
	{ key: 'about', slug: 'about', title: 'マニュアルについて' },
	{ key: 'glossary', slug: 'glossary', title: '用語・略称' },
	{ key: 'revisions', slug: 'revisions', title: '改版履歴' },
	{ key: 'contact', slug: 'contact', title: 'お問い合わせ先' },
	{ key: 'support', slug: 'support', title: 'サポート窓口向け 短縮リンク一覧' },
] as const;

/** The page title: the manual's heading with its number, e.g. 「3.9 証明書サービスでログイン画面が表示されない」. */
export function sectionTitle(section: Section): string {
	return `${section.number} ${section.title}`;
}

/** The short link support reads out on the phone: '3.9' → '3-9'. */
export function shortSlug(number: string): string {
	return number.replaceAll('.', '-');
}

export function shortPath(number: string): string {
	return `/${shortSlug(number)}/`;
}

export function sectionPath(section: Section): string {
	return `/${section.slug}/`;
}

const byNumber = new Map(sections.map((s) => [s.number as string, s]));

/** The section with this number; throws for a number the manual does not have. */
export function section(number: string): Section {
	const found = byNumber.get(number);
	if (!found) throw new Error(`The manual has no section ${number}.`);
	return found;
}

export function children(number: string): Section[] {
	return sections.filter((s) => s.parent === number);
}
