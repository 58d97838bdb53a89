import {
	addonName,
	caName,
	certServiceHttp,
	clientCertValidityYears,
	ieModePageValidityDays,
	labels,
	lockoutFailures,
	lockoutMinutes,
	minEdgeVersion,
	notFound,
	passwordLocked,
	rootCertName,
	temporaryCertName,
	type SectionNumber,
} from '../facts';
import { section as sectionOf, sectionPath, sectionTitle } from '../sections';
import type { ScenarioId } from '../sim/scenarios/catalog';

/**
 * The practice hub's data (issue 7): every lesson of the engine's catalog, once, with what it
 * teaches in one line and, for a chapter-3 exercise, the fault its starting PC carries. Lessons
 * are procedures: those of chapters 1–2, and the two sections of chapter 3 that are a wish, not a
 * problem (3.3 ルート証明書を取得したい, 3.8 パソコンを変更したい: they start from a PC without
 * the root certificate, or from a new one, with nothing wrong to see). Exercises are the problems
 * of chapter 3, each with its fault (DESIGN.md "Chapter-3 problems are scenarios whose starting
 * world carries the fault"), and the whole journey is its own page. Typed `Record<ScenarioId, …>`, so a lesson added to the catalog
 * without a line here does not compile.
 *
 * Light on purpose: the hub's status script imports this file (facts and sections only; no engine).
 */

export type PracticeKind = 'journey' | 'lesson' | 'exercise';

interface ItemText {
	/** What the learner practises, one line. */
	readonly teaches: string;
	/** Exercises: what is wrong on the PC when the exercise starts. */
	readonly fault?: string;
}

const BA = labels.basicAuthDialog;
const W11 = labels.windows11;
const E = labels.edge;
const CM = labels.certManager;

export const itemTexts: Readonly<Record<ScenarioId, ItemText>> = {
	'1-2-1-browser-version': { teaches: `Microsoft Edge のバージョンが ${minEdgeVersion.value} 以降か、[${E.aboutEdge.value}] で確かめる。` },
	'1-2-2-javascript': { teaches: `Edge の設定で JavaScript が [${E.allowedRecommended.value}] になっているか確かめる。` },
	'2-2-1-ie-mode': { teaches: 'IE モードでの再読み込みを許可し、証明書サービスの 2 つの URL を IE モード ページと信頼済みサイトに登録する。' },
	'2-2-2-naraclientcontrol': { teaches: `証明書サービスにログインし、アドオン ${addonName.value} をインストールする。` },
	'2-2-3-root-certificate': { teaches: `${rootCertName.value}をインストールする。` },
	'2-2-4-client-certificate': { teaches: '仮クライアント証明書を取得してクライアント証明書を要求し、承認の後にインストールする。' },
	'2-3-1-change-password': { teaches: 'かながわシステムに仮パスワードでログインし、本パスワードに変更する。' },
	'2-3-2-logout': { teaches: 'かながわシステムからログアウトする。' },
	'3-1-naraclientcontrol-cannot-install': {
		teaches: `インターネット オプションの信頼済みサイトとセキュリティ設定を直し、${addonName.value} を入れ直す。`,
		fault: `信頼済みサイトで ActiveX とスクリプトが無効になっていて、${addonName.value} がインストールできない。`,
	},
	'3-2-client-certificate-expired': {
		teaches: '有効期限が切れたクライアント証明書を、2.2.4 の手順で取り直す。',
		fault: `クライアント証明書の有効期限（${clientCertValidityYears.value} 年）が切れている。`,
	},
	'3-3-get-root-certificate': {
		teaches: `${rootCertName.value}がまだ入っていないパソコンで、${addonName.value} を入れてから${rootCertName.value}を取得する。`,
	},
	'3-5-password-locked': {
		teaches: `ロックされたら ${lockoutMinutes.value} 分以上待ってから、もう一度ログインする。`,
		fault: `ログインに ${lockoutFailures.value} 回続けて失敗し、「${passwordLocked.value}」と表示されている。`,
	},
	'3-8-change-pc': {
		teaches: 'まだ何も設定されていない新しいパソコン（Windows 11）で 1.2 から 2.2.4 までをやり直す（ログインパスワードはこれまでのものが引き継がれる）。',
	},
	'3-9-login-dialog-missing': {
		teaches: '保存された資格情報をコントロール パネルから削除し、証明書サービスのログイン画面を出す。',
		fault: `[${BA.remember.value}] にチェックを入れたため資格情報が保存され、ログイン画面が出ない。`,
	},
	'3-10-multiple-offices': {
		teaches: '1 事業所目の証明書を残したまま、2 事業所目のクライアント証明書を取得する。',
		fault: `1 事業所目の設定から ${ieModePageValidityDays.value} 日を過ぎ、IE モード ページの登録が切れている。`,
	},
	'3-11-not-found': {
		teaches: `「${notFound.value}」のとき、アドレス欄に正しい URL を入れ直す。`,
		fault: `アドレス欄の URL が 1 文字違い、「${notFound.value}」と表示されている。`,
	},
	'3-14-windows11-smartscreen': {
		teaches: `Windows 11 の${W11.reputationProtection.value}（[${W11.checkAppsAndFiles.value}] と [${W11.edgeSmartScreen.value}]）をオンにする。`,
		fault: `Windows 11 の${W11.reputationProtection.value}がオフになっている。`,
	},
	'3-15-password-autosave-off': {
		teaches: `Edge の [${E.offerToSavePasswords.value}] と [${E.autofillPasswords.value}] をオフにし、保存された古いパスワードを削除する。`,
		fault: '最初のログインで入力した仮パスワードが Edge に保存され、自動で入力される。',
	},
	'3-16-check-root-certificate': {
		teaches: `[${E.manageCertificates.value}] の [${CM.trustedRootsTab.value}] で ${caName.value} を確かめる。`,
		fault: `${rootCertName.value}が入っているか分からない。`,
	},
	'3-17-ie-mode-reset': {
		teaches: 'まちがって登録した IE モード ページと信頼済みサイトを削除し、2.2.1 をやり直す。',
		fault: `IE モード ページの URL がまちがって登録され、${certServiceHttp.value} が IE モードで開かない。`,
	},
	'3-18-multiple-temporary-certificates': {
		teaches: `${temporaryCertName.value} が 2 つあるとき、要求に使った 1 回目（いちばん下）を選ぶ。`,
		fault: `仮クライアント証明書（${temporaryCertName.value}）が 2 つあり、後から入れたほうが選ばれている。`,
	},
	journey: { teaches: '新しいパソコンから、ブラウザの設定・証明書の取得・最初のログインとパスワード変更・ログアウトまでを通して行う。' },
};

export const JOURNEY_PATH = '/practice/journey/';

export const practiceIds = Object.keys(itemTexts) as ScenarioId[];

export function isPracticeId(id: string): id is ScenarioId {
	return Object.hasOwn(itemTexts, id);
}

/** The section a lesson belongs to, read from its id as the catalog does ('3-9-…' → 3.9). */
export function sectionOfId(id: ScenarioId): SectionNumber | 'practice' {
	if (id === 'journey') return 'practice';
	return id.split('-').filter((p) => /^\d+$/u.test(p)).join('.') as SectionNumber;
}

export function kindOf(id: ScenarioId): PracticeKind {
	if (sectionOfId(id) === 'practice') return 'journey';
	return itemTexts[id].fault ? 'exercise' : 'lesson';
}

/** Where the lesson is practised: its section's page (the simulation is embedded there), or the journey page. */
export function pageOf(id: ScenarioId): string {
	const s = sectionOfId(id);
	return s === 'practice' ? JOURNEY_PATH : sectionPath(sectionOf(s));
}

/** 「3.9 証明書サービスでログイン画面が表示されない」, or the journey's own title. */
export function headingOf(id: ScenarioId, journeyTitle: string): string {
	const s = sectionOfId(id);
	return s === 'practice' ? journeyTitle : sectionTitle(sectionOf(s));
}

/**
 * How long a lesson takes, in minutes: an estimate from its number of steps, at the pace the
 * テスト score allows before it takes points off (src/sim/trainer.ts `SCORE.parPerStepMs`, 20 s a
 * step), rounded up, at least 1.
 */
export function estimateMinutes(steps: number, parPerStepMs: number): number {
	return Math.max(1, Math.ceil((steps * parPerStepMs) / 60_000));
}

/** Manual order: sections by their numbers, the journey first. */
export function compareIds(a: ScenarioId, b: ScenarioId): number {
	const key = (id: ScenarioId) => {
		const s = sectionOfId(id);
		return s === 'practice' ? [0] : s.split('.').map(Number);
	};
	const ka = key(a);
	const kb = key(b);
	for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
		const d = (ka[i] ?? -1) - (kb[i] ?? -1);
		if (d !== 0) return d;
	}
	return 0;
}
