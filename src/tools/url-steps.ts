import { copyableUrls, type CopyableUrlKey } from '../facts';
import type { SectionRef } from './links';

/**
 * Where the manual has the user type or add each URL. The right URL depends on the step:
 * the certificate service is https in 2.2.4, 3.10 and 3.18, http in 2.2.2, 2.2.3 and 3.3
 * (revision 3.1 moved 2.2.4 from http to https), both are added in 2.2.1 and 3.1, and the
 * system's login page is typed in 2.3.1 and checked in 3.11.
 */
export interface UrlStep {
	/** Stable id for the step picker, e.g. '2.2.4'. */
	readonly id: string;
	readonly ref: SectionRef;
	/** The URLs this step has the user type or add; either is right when there are two. */
	readonly expected: readonly CopyableUrlKey[];
	/** What the user does there, in a few words. */
	readonly what: string;
}

export const urlSteps: readonly UrlStep[] = [
	{ id: '2.2.1-7', ref: { number: '2.2.1', anchor: 'step-7' }, expected: ['certServiceHttps', 'certServiceHttp'], what: 'IE モード ページに 2 つの URL を追加する' },
	{ id: '2.2.1-8', ref: { number: '2.2.1', anchor: 'step-8' }, expected: ['certServiceHttps', 'certServiceHttp'], what: '信頼済みサイトに 2 つの URL を追加する' },
	{ id: '2.2.2', ref: { number: '2.2.2', anchor: 'step-2' }, expected: ['certServiceHttp'], what: 'NaRAClientControl のインストールで証明書サービスにアクセスする' },
	{ id: '2.2.3', ref: { number: '2.2.3', anchor: 'step-2' }, expected: ['certServiceHttp'], what: 'ルート証明書のインストールで証明書サービスにアクセスする' },
	{ id: '2.2.4', ref: { number: '2.2.4', anchor: 'step-1' }, expected: ['certServiceHttps'], what: '仮クライアント証明書・クライアント証明書の取得/更新で証明書サービスにアクセスする' },
	{ id: '2.3.1', ref: { number: '2.3.1', anchor: 'step-2' }, expected: ['systemLogin'], what: 'かながわシステムのログイン画面を開く' },
	{ id: '3.1', ref: { number: '3.1', anchor: 'step-6' }, expected: ['certServiceHttps', 'certServiceHttp'], what: '信頼済みサイトに 2 つの URL を登録し直す' },
	{ id: '3.3', ref: { number: '3.3', anchor: 'step-1' }, expected: ['certServiceHttp'], what: 'ルート証明書を取得するため証明書サービスにアクセスする' },
	{ id: '3.10', ref: { number: '3.10', anchor: 'step-1' }, expected: ['certServiceHttps'], what: '2 事業所目以降の証明書を発行する' },
	{ id: '3.11', ref: { number: '3.11' }, expected: ['systemLogin'], what: 'ログイン画面の URL を確かめる（Not Found のとき）' },
	{ id: '3.18', ref: { number: '3.18', anchor: 'step-1' }, expected: ['certServiceHttps'], what: '仮クライアント証明書を選び直す' },
];

export function findUrlStep(id: string | undefined): UrlStep | undefined {
	return id ? urlSteps.find((s) => s.id === id) : undefined;
}

/** Each URL: its name on this site, what it is for, and where the manual uses it. */
export interface UrlPurpose {
	readonly key: CopyableUrlKey;
	readonly url: string;
	readonly name: string;
	readonly purpose: string;
	/** Steps that type it into the address bar. */
	readonly typedIn: readonly SectionRef[];
	/** Steps that add it to a list (IE モード ページ, 信頼済みサイト). */
	readonly addedIn: readonly SectionRef[];
}

export const urlPurposes: readonly UrlPurpose[] = [
	{
		key: 'certServiceHttps',
		url: copyableUrls.certServiceHttps.value,
		name: '証明書サービス（https）',
		purpose: '仮クライアント証明書とクライアント証明書を取得・更新するときにアドレス欄に入力します。証明書通知書（証明書発行用パスワード）にも印刷されています。',
		typedIn: [
			{ number: '2.2.4', anchor: 'step-1' },
			{ number: '3.10', anchor: 'step-1' },
			{ number: '3.18', anchor: 'step-1' },
		],
		addedIn: [
			{ number: '2.2.1', anchor: 'step-7' },
			{ number: '2.2.1', anchor: 'step-8' },
			{ number: '3.1', anchor: 'step-6' },
		],
	},
	{
		key: 'certServiceHttp',
		url: copyableUrls.certServiceHttp.value,
		name: '証明書サービス（http）',
		purpose: 'NaRAClientControl とルート証明書（CA 証明書）をインストールするときにアドレス欄に入力します。',
		typedIn: [
			{ number: '2.2.2', anchor: 'step-2' },
			{ number: '2.2.3', anchor: 'step-2' },
			{ number: '3.3', anchor: 'step-1' },
		],
		addedIn: [
			{ number: '2.2.1', anchor: 'step-7' },
			{ number: '2.2.1', anchor: 'step-8' },
			{ number: '3.1', anchor: 'step-7' },
		],
	},
	{
		key: 'systemLogin',
		url: copyableUrls.systemLogin.value,
		name: 'かながわシステムのログイン画面',
		purpose: 'かながわシステム（かながわ自立支援給付費等支払システム）にログインするときに開きます。ログイン画面を表示中にお気に入りに追加しておくと、毎回入力しなくて済みます。',
		typedIn: [{ number: '2.3.1', anchor: 'step-2' }, { number: '3.11' }],
		addedIn: [],
	},
];

export function urlPurpose(key: CopyableUrlKey): UrlPurpose {
	return urlPurposes.find((p) => p.key === key)!;
}
