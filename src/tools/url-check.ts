import {
	copyableUrls,
	httpChangesWhatFollows,
	forcedLogout,
	notFound,
	systemLoginAsPrinted,
	systemLoginTypoPath,
	systemLoginPath,
	letterSystemUrlAsPrinted,
	letterLoginUrlAsPrinted,
	trustedSitePathHidden,
	type CopyableUrlKey,
} from '../facts';
import { editDistance } from './edit-distance';
import { describeDiff, diffParts, type DiffPart } from './url-diff';

export { describeDiff, diffParts, type DiffPart };
import { charName, isFullWidthAscii, isInvisible } from './char-names';
import type { SectionRef } from './links';
import { findUrlStep, urlPurpose, urlSteps, type UrlStep } from './url-steps';

/**
 * The URL checker. The manual warns that URL typing mistakes happen often (2.2 注意) and
 * 3.11 shows one (/kgswebapjg/ for /kkgswebapjg/). Given what the user typed or pasted and,
 * if known, the step they are on, it says in plain Japanese what is wrong, which URL they
 * probably meant, and shows the difference character by character.
 */

export type UrlIssueCode =
	| 'line-break'
	| 'brackets'
	| 'spaces'
	| 'edge-spaces'
	| 'full-width'
	| 'look-alike'
	| 'uppercase-host'
	| 'uppercase-path'
	| 'scheme-missing'
	| 'scheme-wrong'
	| 'scheme-typo'
	| 'www-missing'
	| 'www-extra'
	| 'sub-missing'
	| 'host-swapped'
	| 'domain-ending'
	| 'host-typo'
	| 'path-missing'
	| 'trailing-slash-missing'
	| 'trailing-slash-optional'
	| 'path-extra'
	| 'letter-misprint'
	| 'path-typo'
	| 'scheme-depends'
	| 'other-url'
	| 'other-difference'
	| 'too-long'
	| 'taken-out';

export interface UrlIssue {
	readonly code: UrlIssueCode;
	/** error: must be fixed; warning: works but better fixed; info: fine, worth knowing. */
	readonly severity: 'error' | 'warning' | 'info';
	readonly message: string;
	readonly refs?: readonly SectionRef[];
}


export type UrlStatus = 'empty' | 'correct' | 'mistakes' | 'unrelated';

export interface UrlCheckResult {
	readonly status: UrlStatus;
	/** The step judged against (given, or null when the user did not say). */
	readonly step: UrlStep | null;
	/** The right URL to offer (to copy), or null for empty input. */
	readonly target: { readonly key: CopyableUrlKey; readonly url: string } | null;
	/** The manual's URL closest to what was typed: what the user probably meant. */
	readonly meant: CopyableUrlKey | null;
	readonly issues: readonly UrlIssue[];
	/** The input after folding widths, removing spaces, brackets and line breaks, lower-cased. */
	readonly cleaned: string;
	/** Typed vs right URL, run by run; null when the input is empty or too long to compare. */
	readonly diff: readonly DiffPart[] | null;
	/** One sentence for the live region. */
	readonly summary: string;
}

/** Longer input is not compared character by character (a pasted page, not a URL). */
export const MAX_DIFF_LENGTH = 300;
/** A whole pasted page is not a URL: the checker reads this many characters from its start. */
export const MAX_INPUT_LENGTH = 4000;

const ALL_KEYS = Object.keys(copyableUrls) as CopyableUrlKey[];

/** Brackets and quotes that PDF copies and the manual's text put around URLs (「<https://…>」). */
const BRACKETS = new Set(Array.from('「」『』<>〈〉《》()[]【】〔〕{}"\'“”‘’'));
const LINE_BREAKS = /[\n\r\u2028\u2029\u0085]/u;

/**
 * What a Japanese IME types for URL symbols when it is left on: ー for -, 。 for ., ・ for /,
 * and the ¥ key's ¥ (or \) for /. Applied after NFKC, which already folds ｈ：／．－ to h:/.-.
 */
const LOOK_ALIKES: Record<string, string> = {
	'ー': '-',
	'‐': '-',
	'‑': '-',
	'–': '-',
	'—': '-',
	'―': '-',
	'−': '-',
	'。': '.',
	'・': '/',
	'¥': '/',
	'\\': '/',
};

interface Parts {
	scheme: string;
	host: string;
	path: string;
}

/** Splits a URL loosely: a mistyped scheme (https:/, https;//, https//) still counts as one. */
function split(u: string): Parts {
	const withColon = /^[a-z]{0,10}[:;]+\/*/i.exec(u);
	const withSlashes = /^[a-z]{0,10}\/\//i.exec(u);
	const scheme = withColon?.[0] ?? withSlashes?.[0] ?? '';
	const rest = u.slice(scheme.length);
	const slash = rest.indexOf('/');
	return slash < 0 ? { scheme, host: rest, path: '' } : { scheme, host: rest.slice(0, slash), path: rest.slice(slash) };
}

const ENDINGS = /\.(co\.jp|or\.jp|ne\.jp|go\.jp|lg\.jp|ac\.jp|com|net|org|jp)$/;

function splitHost(host: string): { sub: string; base: string; end: string } {
	const m = ENDINGS.exec(host);
	const end = m ? m[0] : '';
	const rest = m ? host.slice(0, -end.length) : host;
	const dot = rest.lastIndexOf('.');
	return dot < 0 ? { sub: '', base: rest, end } : { sub: rest.slice(0, dot), base: rest.slice(dot + 1), end };
}

/** The forms of a URL that count as right: the system's login works with or without its final slash (2.3.1 prints it without). */
function acceptedForms(key: CopyableUrlKey): string[] {
	return key === 'systemLogin' ? [copyableUrls.systemLogin.value, systemLoginAsPrinted.value] : [copyableUrls[key].value];
}

function closest(cleaned: string, keys: readonly CopyableUrlKey[]): { key: CopyableUrlKey; distance: number } {
	let best = { key: keys[0]!, distance: Number.POSITIVE_INFINITY };
	for (const key of keys) {
		for (const form of acceptedForms(key)) {
			const distance = editDistance(cleaned, form);
			if (distance < best.distance) best = { key, distance };
		}
	}
	return best;
}

function stepName(step: UrlStep): string {
	return step.ref.number;
}

function schemeOf(key: CopyableUrlKey): string {
	return split(copyableUrls[key].value).scheme;
}

/** The differences inside one part of a URL, without positions (they would count from the part). */
function partDiff(typed: string, expected: string): string {
	return describeDiff(diffParts(typed, expected), { positions: false }).join(' ');
}

interface Cleaning {
	issues: UrlIssue[];
	/** NFKC, look-alikes mapped, spaces/brackets/breaks removed, case kept. */
	folded: string;
}

/** Copy-and-paste and keyboard artefacts: everything that is wrong whichever URL was meant. */
function clean(raw: string): Cleaning {
	const issues: UrlIssue[] = [];
	const chars = Array.from(raw);
	const edge = (c: string) => LINE_BREAKS.test(c) || isInvisible(c);
	const start = chars.findIndex((c) => !edge(c));
	const end = chars.length - 1 - [...chars].reverse().findIndex((c) => !edge(c));
	// A line break before or after the URL (the Enter key, a copied line) is like a space there: only one inside splits the URL.
	if (chars.slice(start, end + 1).some((c) => LINE_BREAKS.test(c))) {
		issues.push({
			code: 'line-break',
			severity: 'error',
			message: '途中に改行が入っています。PDF からコピーすると、行の折り返しで URL が 2 行に分かれることがあります。1 行につなげてください。',
		});
	}
	const nfkc = raw.normalize('NFKC');
	const brackets = [...new Set(Array.from(nfkc).filter((c) => BRACKETS.has(c)))];
	if (brackets.length > 0) {
		issues.push({
			code: 'brackets',
			severity: 'error',
			message: `URL にない記号（${brackets.join(' ')}）が入っています。マニュアルの本文では URL が「」や <> で囲まれているため、一緒にコピーされることがあります。記号を消してください。`,
		});
	}
	const isSpace = (c: string) => !LINE_BREAKS.test(c) && isInvisible(c);
	const blank = (c: string) => isSpace(c) || LINE_BREAKS.test(c);
	const first = chars.findIndex((c) => !blank(c));
	const last = chars.length - 1 - [...chars].reverse().findIndex((c) => !blank(c));
	const inner = chars.slice(first, last + 1);
	const edges = [...chars.slice(0, first), ...chars.slice(last + 1)];
	const innerSpaces = inner.filter(isSpace);
	const edgeSpaces = edges.length > 0;
	const fullWidthSpace = edges.includes('\u3000');
	if (innerSpaces.length > 0) {
		issues.push({
			code: 'spaces',
			severity: 'error',
			message: `途中に空白（${[...new Set(innerSpaces.map(charName))].join('・')}）が ${innerSpaces.length} 文字入っています。URL には空白を入れません。空白を消してください。`,
		});
	}
	if (edgeSpaces) {
		issues.push({
			code: 'edge-spaces',
			severity: 'warning',
			message: `前後に${edges.some((c) => LINE_BREAKS.test(c)) ? '改行や' : ''}空白${fullWidthSpace ? '（全角スペースを含む）' : ''}があります。多くの場合そのままでも開けますが、消しておくと確実です。`,
		});
	}
	const fullWidth = [...new Set(chars.filter(isFullWidthAscii))];
	if (fullWidth.length > 0) {
		issues.push({
			code: 'full-width',
			severity: 'error',
			message: `全角の文字（${fullWidth
				.slice(0, 6)
				.map((c) => `「${c}」`)
				.join('')}${fullWidth.length > 6 ? ' など' : ''}）が入っています。URL はすべて半角で入力します。日本語入力をオフにして（半角英数で）入力し直すか、URL をコピーして貼り付けてください。`,
		});
	}
	const lookAlikes = [...new Set(Array.from(nfkc).filter((c) => c in LOOK_ALIKES))];
	if (lookAlikes.length > 0) {
		issues.push({
			code: 'look-alike',
			severity: 'error',
			message: `URL の記号に似た別の文字 ${lookAlikes.map((c) => `「${c}」（正しくは「${LOOK_ALIKES[c]}」）`).join('、')} が入っています。日本語入力がオンのまま入力すると、「-」が「ー」、「.」が「。」、「/」が「・」になります。`,
		});
	}
	const folded = Array.from(nfkc)
		.filter((c) => !blank(c) && !BRACKETS.has(c))
		.map((c) => LOOK_ALIKES[c] ?? c)
		.join('');
	return { issues, folded };
}

function uppercaseIssues(folded: string): UrlIssue[] {
	const parts = split(folded);
	const issues: UrlIssue[] = [];
	if (/[A-Z]/.test(parts.scheme + parts.host)) {
		issues.push({
			code: 'uppercase-host',
			severity: 'warning',
			message: '大文字が入っています（「https://」やサーバー名の部分）。この部分は大文字でも開けますが、マニュアルどおり小文字にしておくと確実です。',
		});
	}
	if (/[A-Z]/.test(parts.path)) {
		issues.push({
			code: 'uppercase-path',
			severity: 'error',
			message: '「.jp/」より後ろに大文字が入っています。この部分は大文字と小文字が区別されることがあります。すべて小文字で入力します。',
		});
	}
	return issues;
}

function schemeIssues(typed: Parts, key: CopyableUrlKey, step: UrlStep | null): UrlIssue[] {
	const want = schemeOf(key);
	if (typed.scheme === want) return [];
	if (typed.scheme === '') {
		return [
			{
				code: 'scheme-missing',
				severity: 'error',
				message: `先頭の「${want}」がありません。${step ? `この手順（${stepName(step)}）では` : ''}「${want}」から入力します。`,
			},
		];
	}
	const asTyped = typed.scheme.replace(/;/g, ':');
	if ((asTyped === 'http://' || asTyped === 'https://') && asTyped !== want) {
		const isHttps = want === 'https://';
		const where = step ? `この手順（${stepName(step)}）では` : '';
		const refs: SectionRef[] = [];
		let extra = '';
		if (key === 'certServiceHttps') {
			extra = ` マニュアル 2.2.4 の補足: ${httpChangesWhatFollows.value}。`;
			refs.push({ number: '2.2.4', anchor: 'step-1' });
		}
		return [
			{
				code: 'scheme-wrong',
				severity: 'error',
				message: isHttps
					? `「${asTyped}」になっています。${where}「https://」です（「s」が必要）。${extra}`
					: `「${asTyped}」になっています。${where}「http://」です（「s」は付けません）。`,
				refs,
			},
		];
	}
	return [
		{
			code: 'scheme-typo',
			severity: 'error',
			message: `先頭は「${want}」です。「${typed.scheme}」になっています（${partDiff(typed.scheme, want)}）`,
		},
	];
}

const HOSTS: Record<string, CopyableUrlKey> = {};
for (const key of ALL_KEYS) HOSTS[split(copyableUrls[key].value).host] = key;

function hostIssues(typed: Parts, key: CopyableUrlKey): UrlIssue[] {
	const wantHost = split(copyableUrls[key].value).host;
	if (typed.host === wantHost) return [];
	const want = splitHost(wantHost);
	const got = splitHost(typed.host);
	const issues: UrlIssue[] = [];
	const isLogin = key === 'systemLogin';
	if (got.sub !== want.sub) {
		if (want.sub === 'www' && got.sub === '') {
			issues.push({
				code: 'www-missing',
				severity: 'error',
				message: `「www.」が抜けています。かながわシステムのサーバー名は「${wantHost}」です。`,
			});
		} else if (want.sub !== 'www' && got.sub === `www.${want.sub}`) {
			issues.push({ code: 'www-extra', severity: 'error', message: `「www.」は不要です。証明書サービスのサーバー名は「${wantHost}」で、「${want.sub}.」から始まります。` });
		} else if (got.sub === '') {
			issues.push({ code: 'sub-missing', severity: 'error', message: `先頭の「${want.sub}.」が抜けています。サーバー名は「${wantHost}」です。` });
		} else if (`${got.sub}.${want.base}${want.end}` in HOSTS && got.base === want.base) {
			issues.push({
				code: 'host-swapped',
				severity: 'error',
				message: isLogin
					? `「${got.sub}.」ではなく「www.」です。「${got.sub}.」は証明書サービスのサーバー名です。かながわシステムのログイン画面は「${wantHost}」です。`
					: `「${got.sub}.」ではなく「${want.sub}.」です。「${got.sub}.」はかながわシステムのログイン画面のサーバー名です。証明書サービスは「${wantHost}」です。`,
			});
		} else {
			issues.push({
				code: 'host-typo',
				severity: 'error',
				message: `サーバー名の先頭「${got.sub}.」は「${want.sub}.」の誤りです（${partDiff(got.sub, want.sub)}）`,
			});
		}
	}
	if (got.base !== want.base) {
		issues.push({
			code: 'host-typo',
			severity: 'error',
			message: `サーバー名の「${got.base}」は「${want.base}」の誤りです（${partDiff(got.base, want.base)}）`,
		});
	}
	if (got.end !== want.end) {
		issues.push({
			code: 'domain-ending',
			severity: 'error',
			message:
				got.end === ''
					? `サーバー名の最後の「${want.end}」が抜けています。`
					: `サーバー名の最後が「${got.end}」になっています。正しくは「${want.end}」です（「.co.jp」や「.com」ではありません）。`,
		});
	}
	return issues;
}

function pathIssues(typed: Parts, key: CopyableUrlKey): UrlIssue[] {
	const want = split(copyableUrls[key].value).path;
	if (typed.path === want) return [];
	const bare = want.replace(/\/$/, '');
	const isLogin = key === 'systemLogin';
	if (typed.path === bare) {
		return isLogin
			? [
					{
						code: 'trailing-slash-optional',
						severity: 'info',
						message: `最後の「/」がありません。マニュアルは 2.3.1 の手順 2 でこの URL を「/」なしで載せ、3.11 の「正しい URL」では「/」付きで載せています。「コピー」ボタンでは 3.11 の形（「/」付き）をコピーできます。`,
					},
				]
			: [
					{
						code: 'trailing-slash-missing',
						severity: 'error',
						message: `最後の「/」が抜けています。マニュアルどおり「${want}」と、最後の「/」まで入力します。`,
					},
				];
	}
	if (typed.path === '' || typed.path === '/') {
		return [
			{
				code: 'path-missing',
				severity: 'error',
				message: isLogin
					? `「.jp」の後ろの「${want}」が抜けています。`
					: `「.jp」の後ろの「${want}」が抜けています。なお、信頼済みサイトの一覧に追加した URL は「${trustedSitePathHidden.value}」が表示されませんが、それは正常です（2.2.1 の補足）。入力するときは「${want}」まで入れます。`,
				refs: isLogin ? [] : [{ number: '2.2.1', anchor: 'step-8' }],
			},
		];
	}
	if (typed.path.startsWith(want) || (isLogin && typed.path.startsWith(bare) && /^[?#]/.test(typed.path.slice(bare.length)))) {
		const rest = typed.path.startsWith(want) ? typed.path.slice(want.length) : typed.path.slice(bare.length);
		return [
			{
				code: 'path-extra',
				severity: 'error',
				message: isLogin
					? `「${want}」の後ろに「${rest}」が付いています。ログイン後の画面の URL をお気に入りやショートカットにすると、開いたときに「${forcedLogout.value}」と表示されて使えません（2.3.1 手順 8 の注意）。ログイン画面の URL を使ってください。`
					: `「${want}」の後ろに「${rest}」が余分に付いています。「${want}」までにします。`,
				refs: isLogin ? [{ number: '2.3.1', anchor: 'step-8' }] : [],
			},
		];
	}
	const letterPaths = [letterSystemUrlAsPrinted.value, letterLoginUrlAsPrinted.value].map((u) => split(u).path);
	if (isLogin && letterPaths.includes(typed.path)) {
		return [
			{
				code: 'letter-misprint',
				severity: 'error',
				message: `通知書に印刷された URL（「${typed.path}」）は、マニュアルの見本では最後が欠けて印刷されています。正しくは「${want}」です。`,
				refs: [{ number: '3.11' }],
			},
		];
	}
	const typo = systemLoginTypoPath.value;
	if (isLogin && (typed.path === typo || typed.path === typo.replace(/\/$/, ''))) {
		return [
			{
				code: 'path-typo',
				severity: 'error',
				message: `3.11 の例と同じ入力ミスです。「/」の後の「k」が一つ足りません（誤: ${typo} 正: ${systemLoginPath.value}）。このまま開くと「${notFound.value}」と表示されます。`,
				refs: [{ number: '3.11' }],
			},
		];
	}
	return [
		{
			code: 'path-typo',
			severity: 'error',
			message: `「.jp」より後ろの「${typed.path}」は「${want}」の誤りです（${partDiff(typed.path, want)}）${
				isLogin ? `このまま開くと「${notFound.value}」と表示されます（3.11）。` : ''
			}`,
			refs: isLogin ? [{ number: '3.11' }] : [{ number: '3.9' }],
		},
	];
}

function urlName(key: CopyableUrlKey): string {
	return urlPurpose(key).name;
}

/** Steps (section numbers) that use this URL, for "which step" hints. */
export function stepsUsing(key: CopyableUrlKey): UrlStep[] {
	return urlSteps.filter((s) => s.expected.includes(key));
}

function summaryFor(status: UrlStatus, issues: readonly UrlIssue[], target: CopyableUrlKey | null): string {
	const errors = issues.filter((i) => i.severity === 'error').length;
	switch (status) {
		case 'empty':
			return 'URL を入力すると、ここに結果が表示されます。';
		case 'correct':
			return `正しい URL です（${urlName(target!)}）。${issues.some((i) => i.severity === 'warning') ? '注意点があります。' : ''}`;
		case 'unrelated':
			return 'マニュアルの URL とは大きく異なります。正しい URL をコピーして使ってください。';
		default:
			return `直すところが ${errors} 件あります。正しい URL は「${urlName(target!)}」の URL です。`;
	}
}

/** Characters of Japanese sentences, never of a URL: kana (but ー and ・, which an IME types for - and /), kanji, 、. */
const SENTENCE_CHAR = /[\u3001\u3040-\u309f\u30a0-\u30fa\u30fd-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** What makes a run of characters look like a URL (after NFKC). */
const URL_SIGNS = /h?t?tps?[:;]|\/\/|www|independence|kanagawa|certsrv|\.jp/iu;

/**
 * A URL pasted inside a Japanese sentence (「URL は https://… です。」): the run of characters
 * that is the URL, or null when the input is not a sentence. Kana and kanji never belong to a
 * URL, so they split it off; the sentence's own 。 at the end is left out, an 。 inside (an IME
 * typing . ) stays to be reported.
 */
export function takeUrlOut(raw: string): string | null {
	if (!SENTENCE_CHAR.test(raw)) return null;
	const runs: string[] = [];
	let run = '';
	for (const c of Array.from(raw)) {
		const folded = c.normalize('NFKC');
		if (SENTENCE_CHAR.test(c) || isInvisible(c) || LINE_BREAKS.test(c) || Array.from(folded).some((f) => BRACKETS.has(f))) {
			if (run) runs.push(run);
			run = '';
		} else run += c;
	}
	if (run) runs.push(run);
	const trimmed = runs.map((r) => r.replace(/^[。.,、:;]+|[。.,、:;!?！？]+$/gu, '')).filter((r) => r.length > 0);
	if (trimmed.length === 0) return null;
	const signed = trimmed.filter((r) => URL_SIGNS.test(r.normalize('NFKC')));
	const pool = signed.length > 0 ? signed : trimmed;
	return pool.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a));
}

/**
 * Checks a typed or pasted URL. `stepId` is an id of `urlSteps`; without it the URL the input is
 * closest to is taken as the one meant, and for the certificate service both http and https
 * count as right (which one depends on the step: see `stepsUsing`).
 */
export function checkUrl(input: string, stepId?: string): UrlCheckResult {
	const step = findUrlStep(stepId) ?? null;
	// A whole pasted page is not a URL: compare only its beginning.
	const given = typeof input === 'string' ? input.slice(0, MAX_INPUT_LENGTH) : '';
	if (Array.from(given).every(isInvisible)) {
		return { status: 'empty', step, target: null, meant: null, issues: [], cleaned: '', diff: null, summary: summaryFor('empty', [], null) };
	}
	const taken = takeUrlOut(given);
	const raw = taken ?? given;
	const { issues: cleaning, folded } = clean(raw);
	const cleaned = folded.toLowerCase();
	const issues: UrlIssue[] = [...cleaning, ...uppercaseIssues(folded)];
	if (taken !== null) {
		issues.unshift({
			code: 'taken-out',
			severity: 'info',
			message: `前後の文章を除いて、URL の部分「${Array.from(taken).slice(0, 120).join('')}${Array.from(taken).length > 120 ? '…' : ''}」を確かめました。`,
		});
	}

	const meant = closest(cleaned, ALL_KEYS);
	const allowed = step ? step.expected : ALL_KEYS;
	// Unknown step and the certificate service: http and https are both right somewhere.
	const candidates: readonly CopyableUrlKey[] = step
		? allowed
		: meant.key === 'systemLogin'
			? ['systemLogin']
			: ['certServiceHttps', 'certServiceHttp'];
	const chosen = closest(cleaned, candidates);
	const key = chosen.key;
	const targetUrl = copyableUrls[key].value;
	const diffTarget = acceptedForms(key).reduce((a, b) => (editDistance(cleaned, b) < editDistance(cleaned, a) ? b : a));
	const rawChars = Array.from(raw);
	const diff = rawChars.length <= MAX_DIFF_LENGTH ? diffParts(raw, diffTarget) : null;
	if (!diff) {
		issues.push({ code: 'too-long', severity: 'info', message: `入力が長すぎるため（${MAX_DIFF_LENGTH} 文字まで）、1 文字ずつの比較は表示していません。` });
	}

	const accepted = acceptedForms(key);
	const limit = Math.max(10, Math.floor(targetUrl.length * 0.5));
	// "You typed the other URL" only when the input is recognisably that URL (a third of it may differ).
	const crossUrl =
		step !== null &&
		!allowed.includes(meant.key) &&
		!isCertPair(meant.key, key) &&
		meant.distance < chosen.distance &&
		meant.distance <= Math.floor(copyableUrls[meant.key].value.length / 3);
	let status: UrlStatus;

	if (crossUrl) {
		issues.push({
			code: 'other-url',
			severity: 'error',
			message: `入力したのは「${urlName(meant.key)}」の URL${meant.distance > 0 ? '（に近いもの）' : ''} です。この手順（${stepName(step!)}）では「${urlName(key)}」の URL を使います。`,
			refs: [step!.ref],
		});
		status = 'mistakes';
	} else if (chosen.distance > limit) {
		status = 'unrelated';
	} else {
		if (!accepted.includes(cleaned)) {
			const typed = split(cleaned);
			issues.push(...schemeIssues(typed, key, step), ...hostIssues(typed, key), ...pathIssues(typed, key));
		} else if (key === 'systemLogin' && cleaned === systemLoginAsPrinted.value) {
			issues.push(...pathIssues(split(cleaned), key));
		}
		if (!accepted.includes(cleaned) && !issues.some((i) => i.severity === 'error')) {
			// A safety net: every difference from the right URL is reported, even one no rule names.
			issues.push({
				code: 'other-difference',
				severity: 'error',
				message: `正しい URL と違うところがあります（${partDiff(cleaned, targetUrl)}）`,
			});
		}
		status = issues.some((i) => i.severity === 'error') ? 'mistakes' : 'correct';
	}
	if (status === 'correct' && !step && key !== 'systemLogin') {
		const httpsSteps = stepsUsing('certServiceHttps').filter((s) => s.expected.length === 1);
		const httpSteps = stepsUsing('certServiceHttp').filter((s) => s.expected.length === 1);
		issues.push({
			code: 'scheme-depends',
			severity: 'info',
			message: `証明書サービスの URL は、手順によって「https://」と「http://」を使い分けます。https は ${unique(httpsSteps.map(stepName)).join('・')}、http は ${unique(httpSteps.map(stepName)).join('・')}（2.2.1 と 3.1 では両方を追加します）。手順を選ぶと、その手順に合っているかも確かめます。`,
		});
	}
	return {
		status,
		step,
		target: { key, url: targetUrl },
		meant: meant.key,
		issues,
		cleaned,
		diff,
		summary: summaryFor(status, issues, key),
	};
}

function isCertPair(a: CopyableUrlKey, b: CopyableUrlKey): boolean {
	return a !== 'systemLogin' && b !== 'systemLogin';
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}
