import {
	caName,
	claimPeriod,
	clientCertValidityYears,
	ieModePageValidityDays,
	passwordValidityDays,
	reissueBillingCutoffDay,
	reissueUploadWeeks,
	rootCertName,
	rootCertValidityYears,
	sampleTemporaryCertValidity,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
} from '../facts';
import { addDays, addYears, compareDates, daysBetween, parseDate, type CalendarDate } from './japan-date';
import { deskDay, lastOpenDayBy, type DeskDay } from './contact-desk';
import type { HolidayTable } from './holidays';
import type { SectionRef } from './links';

/**
 * The manual's deadlines, from dates the user knows.
 *
 * How a period is counted, fixed by the manual's own samples: Edge lists an IE-mode page added
 * on 2023/10/17 with 有効期限 2023/11/16 (2.2.1), and 3.18's temporary certificate is valid
 * 「2023/03/20 から 2023/03/30」 (10 days). So the date the screens print is the start date
 * plus the period (`end`). A certificate and an Edge entry stop during that day, at the time of
 * day they started, so the last day the thing can be used all day long is the day before
 * (`lastDay`): the period's Nth day, counting the start day as day 1 (「発行日から数えて 10 日間」).
 * Every deadline here is given both ways, and the tools tell users to act by `lastDay`.
 */

export type DeadlineKind = 'temporaryPassword' | 'password' | 'temporaryCert' | 'clientCert' | 'rootCert' | 'ieModePages';

export interface DeadlineDef {
	readonly kind: DeadlineKind;
	/** What it is: 仮パスワード, 仮クライアント証明書 … */
	readonly name: string;
	/** The date the user enters, as the manual or the screen names it. */
	readonly startLabel: string;
	/** Where to find that date. */
	readonly startHint: string;
	readonly period: { readonly days: number } | { readonly years: number };
	/** The manual's wording of the period. */
	readonly periodText: string;
	/** Where a screen prints the end date (`end`), when one does. */
	readonly shownAs?: string;
	/** What to do before the deadline. */
	readonly before: { readonly text: string; readonly refs: readonly SectionRef[] };
	/** What to do once it has passed. */
	readonly after: { readonly text: string; readonly refs: readonly SectionRef[] };
	/** How many days ahead the deadline counts as near (status 'soon'). */
	readonly warnDays: number;
	/** The calendar reminder, days before the last day. */
	readonly remindDaysBefore: number;
}

export const deadlineDefs: readonly DeadlineDef[] = [
	{
		kind: 'temporaryPassword',
		name: '仮パスワード（かながわシステム）',
		startLabel: '仮パスワードの発行日',
		startHint: '連合会から郵送された「かながわ自立支援給付費等支払システム ID・パスワード」の「アカウント発行日」',
		period: { days: temporaryPasswordValidityDays.value },
		periodText: `発行日から${temporaryPasswordValidityDays.value}日`,
		before: { text: '受け取り次第、すみやかに本パスワードに変更します。', refs: [{ number: '2.3.1' }] },
		after: {
			text: `${temporaryPasswordValidityDays.value}日を過ぎると再発行が必要です。パスワード再発行依頼を郵送します。`,
			refs: [{ number: '3.19' }, { number: '2.1' }],
		},
		warnDays: 14,
		remindDaysBefore: 14,
	},
	{
		kind: 'password',
		name: 'パスワード（かながわシステム）',
		startLabel: 'パスワードを変更した日',
		startHint: '仮パスワードを本パスワードに変更した日、または最後にパスワードを変更した日',
		period: { days: passwordValidityDays.value },
		periodText: `更新を行った日から${passwordValidityDays.value}日間`,
		before: { text: '期限の前に、新しいパスワードへの変更を考えておきます。変更したパスワードは忘れないように控えておきます。', refs: [{ number: '2.3.1', anchor: 'step-10' }] },
		after: {
			text: '期限が切れると、ログインのときに「パスワードの有効期限が切れています」と表示され、新しいパスワードの設定を求められます。現在のパスワードを確認してから、パスワードの条件に合う新しいパスワードを設定します。',
			refs: [{ number: '2.3.1', anchor: 'step-10' }],
		},
		warnDays: 14,
		remindDaysBefore: 14,
	},
	{
		kind: 'temporaryCert',
		name: '仮クライアント証明書（NacaCertRequester）',
		startLabel: '仮クライアント証明書の発行日',
		startHint: '2.2.4 の手順 2 で仮クライアント証明書をインストールした日（証明書の「有効期間」の始まりの日）',
		period: { days: temporaryClientCertValidityDays.value },
		periodText: `発行日から数えて ${temporaryClientCertValidityDays.value} 日間`,
		shownAs: `証明書の [有効期間] の終わりの日付（3.18 の例「${sampleTemporaryCertValidity.value.from} から ${sampleTemporaryCertValidity.value.to}」の「${sampleTemporaryCertValidity.value.to}」）`,
		before: {
			text: '期限内に、連合会の承認（数日かかる場合があります）を待ってクライアント証明書をインストールします（2.2.4 の手順 3）。',
			refs: [{ number: '2.2.4', anchor: 'step-3' }],
		},
		after: {
			text: '[証明書の確認] 画面が表示されなくなり、クライアント証明書をインストールできません。2.2.4 の手順 2（仮クライアント証明書の取得）からやり直します。',
			refs: [{ number: '2.2.4', anchor: 'step-2' }],
		},
		warnDays: 3,
		remindDaysBefore: 2,
	},
	{
		kind: 'clientCert',
		name: 'クライアント証明書',
		startLabel: 'クライアント証明書の発行日',
		startHint: 'Edge の [証明書の管理] の [個人] タブで、発行先が事業所番号の証明書の有効期限の 3 年前の日（2.2.4 手順 4）',
		period: { years: clientCertValidityYears.value },
		periodText: `有効期間は${clientCertValidityYears.value}年`,
		shownAs: '[証明書の管理] の [個人] タブの [有効期限]',
		before: { text: '更新には証明書発行用 ID・パスワードが必要です。手元にあるか確かめておきます。', refs: [{ number: '3.7' }] },
		after: {
			text: '有効期限が切れたら、証明書サービスにログインしてクライアント証明書を更新します。',
			refs: [{ number: '3.2' }, { number: '2.2.4' }],
		},
		warnDays: 30,
		remindDaysBefore: 30,
	},
	{
		kind: 'rootCert',
		name: rootCertName.value,
		startLabel: 'ルート証明書の発行日',
		startHint: `Edge の [証明書の管理] の [信頼されたルート証明機関] タブにある ${caName.value} の証明書の発行日（3.16）`,
		period: { years: rootCertValidityYears.value },
		periodText: `発行日から数えて ${rootCertValidityYears.value} 年間`,
		shownAs: `[証明書の管理] の [信頼されたルート証明機関] タブの ${caName.value} の [有効期限]`,
		before: { text: 'インストールされているかは 3.16 の手順で確かめられます。', refs: [{ number: '3.16' }] },
		after: {
			// The manual gives the period (3.16 補足) but no step for after it: we say so, and where the root certificate is obtained.
			text: 'マニュアルには有効期限が切れた後の手順は書かれていません。ルート証明書を取得する手順は 3.3 にあります。分からないときはお問い合わせ窓口に相談します。',
			refs: [{ number: '3.16' }, { number: '3.3' }],
		},
		warnDays: 60,
		remindDaysBefore: 60,
	},
	{
		kind: 'ieModePages',
		name: 'Edge の IE モード ページ（証明書サービスの 2 つの URL）',
		startLabel: 'IE モード ページに追加した日',
		startHint: 'Edge の [既定のブラウザ] の [Internet Explorer モード ページ] にある [追加日]（2.2.1 手順 7）',
		period: { days: ieModePageValidityDays.value },
		periodText: `ページ追加日から ${ieModePageValidityDays.value} 日間`,
		shownAs: 'Edge の [Internet Explorer モード ページ] の [有効期限]',
		before: { text: '証明書サービスを使う作業（証明書の取得・更新）は、この期間内に行うと設定のやり直しが要りません。', refs: [{ number: '2.2.1', anchor: 'step-7' }] },
		after: {
			text: 'IE モード ページの設定が消えます。証明書サービスを使う前に、2.2.1 の手順 1.～7. をやり直します。',
			refs: [{ number: '2.2.1' }, { number: '3.10' }, { number: '3.17' }],
		},
		warnDays: 5,
		remindDaysBefore: 3,
	},
];

/** The years the calculator works in (the date fields' min and max; the holiday table covers them). */
export const DATE_RANGE = { from: 2000, to: 2099 } as const;

/**
 * Why a date typed in the calculator cannot be used, or undefined (empty, or fine): every input
 * the calculator leaves out is said (issue 17: year 9999 used to leave it blank without a word).
 */
export function dateProblem(text: string): string | undefined {
	if (text.trim() === '') return undefined;
	const date = parseDate(text);
	const year = date?.year ?? Number(/^\s*(\d{4})\D/u.exec(text.normalize('NFKC'))?.[1] ?? NaN);
	if (year < DATE_RANGE.from || year > DATE_RANGE.to) {
		return `この計算は ${DATE_RANGE.from} 年から ${DATE_RANGE.to} 年までの日付に対応しています（入力された年: ${year} 年）。年を確かめてください。`;
	}
	if (!date) return '日付が読み取れません。年・月・日を確かめてください。';
	return undefined;
}

/** Said when the arrival is before the posting: the two dates are probably swapped. */
export const ARRIVAL_BEFORE_SENDING = '届いた日が郵送した日より前になっています。2 つの日付が入れ替わっていないか確かめてください。この日付では再発行の見通しを計算できません。';

export function deadlineDef(kind: DeadlineKind): DeadlineDef {
	return deadlineDefs.find((d) => d.kind === kind)!;
}

export type DeadlineStatus = 'ok' | 'soon' | 'last-day' | 'passed';

export interface Deadline {
	readonly def: DeadlineDef;
	readonly start: CalendarDate;
	/** The date the screens print as 有効期限 (start + period). */
	readonly end: CalendarDate;
	/** The last day it can be used all day (end − 1). */
	readonly lastDay: CalendarDate;
	/** Days from today to lastDay (0: today is the last day; negative: passed). */
	readonly daysLeft: number;
	readonly status: DeadlineStatus;
	/** The contact desk on the last day (closed on 土日祝日・年末年始). */
	readonly lastDayDesk: DeskDay;
	/** The last day on or before lastDay (and not before today) when the desk is open. */
	readonly lastDeskDay: CalendarDate | null;
}

export function periodEnd(def: DeadlineDef, start: CalendarDate): CalendarDate {
	return 'days' in def.period ? addDays(start, def.period.days) : addYears(start, def.period.years);
}

export function computeDeadline(kind: DeadlineKind, start: CalendarDate, today: CalendarDate, holidays: HolidayTable): Deadline {
	const def = deadlineDef(kind);
	const end = periodEnd(def, start);
	const lastDay = addDays(end, -1);
	const daysLeft = daysBetween(today, lastDay);
	const status: DeadlineStatus = daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'last-day' : daysLeft <= def.warnDays ? 'soon' : 'ok';
	return {
		def,
		start,
		end,
		lastDay,
		daysLeft,
		status,
		lastDayDesk: deskDay(lastDay, holidays),
		lastDeskDay: daysLeft < 0 ? null : lastOpenDayBy(lastDay, today, holidays),
	};
}

/* ---------- Password reissue (3.19) ---------- */

export type BillingVerdict = 'may-make' | 'misses' | 'after-period';

export interface ReissueTimeline {
	readonly sent: CalendarDate;
	/** When the request reaches the 連合会: as given, or at the earliest the day after sending. */
	readonly arrival: CalendarDate;
	readonly arrivalAssumed: boolean;
	/** About a week (概ね 1 週間) after receipt: when to look in 電子請求受付システム お知らせ. */
	readonly checkFrom: CalendarDate;
	readonly byPost: boolean;
	readonly billing: BillingVerdict;
	/** The billing month the verdict is about. */
	readonly billingMonth: { readonly year: number; readonly month: number };
	readonly billingMessage: string;
}

/** The billing verdict for a request arriving on `arrival` (3.19 注意: 受付期間 1 日～10 日, 9 日以降は基本的に間に合わない). */
export function billingVerdict(arrival: CalendarDate): { verdict: BillingVerdict; message: string } {
	const { month, day } = arrival;
	const cutoff = reissueBillingCutoffDay.value;
	const { firstDay, lastDay } = claimPeriod.value;
	const periodText = `${firstDay}日～${lastDay}日`;
	if (day < cutoff) {
		return {
			verdict: 'may-make',
			message: `${month}月${day}日に届く場合、${month}月の請求の受付期間（${periodText}）中に随時発行されますが、当月の請求に間に合わない場合があります。`,
		};
	}
	if (day <= lastDay) {
		return {
			verdict: 'misses',
			message: `${month}月${day}日に届く場合、${cutoff}日以降に届くため、基本的に${month}月の請求には間に合いません。`,
		};
	}
	return {
		verdict: 'after-period',
		message: `${month}月${day}日は${month}月の請求の受付期間（${periodText}）を過ぎています。次の受付期間は${month === 12 ? 1 : month + 1}月${periodText}です。`,
	};
}

export function reissueTimeline(input: { sent: CalendarDate; arrived?: CalendarDate | null; byPost: boolean }): ReissueTimeline {
	const arrivalAssumed = !input.arrived;
	// Unknown arrival: the earliest possible, the day after posting; later arrival only makes things later.
	const arrival = input.arrived ?? addDays(input.sent, 1);
	const { verdict, message } = billingVerdict(arrival);
	return {
		sent: input.sent,
		arrival,
		arrivalAssumed,
		checkFrom: addDays(arrival, 7 * reissueUploadWeeks.value),
		byPost: input.byPost,
		billing: verdict,
		billingMonth: { year: arrival.year, month: arrival.month },
		billingMessage: message,
	};
}

/** Whether an arrival date is before the sending date (refused: the user mixed them up). */
export function arrivalBeforeSending(sent: CalendarDate, arrived: CalendarDate): boolean {
	return compareDates(arrived, sent) < 0;
}
