/**
 * Calendar dates as the manual's readers live them: Japan dates (Asia/Tokyo), shown in Japanese
 * and in 令和. A date here is a plain calendar day with no time and no zone, so adding 180 days
 * can never slip by one through a daylight-saving change or a UTC conversion.
 */

export interface CalendarDate {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	readonly day: number;
}

const DAY_MS = 86_400_000;
/** Japan has kept UTC+9 all year since 1951: a fixed offset gives the Tokyo date of any instant. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** The earliest and latest years a user may enter; outside them a date is refused, not guessed. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Days since 1970-01-01 for a calendar date (proleptic Gregorian, no time zone involved). */
export function dayNumber(date: CalendarDate): number {
	return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromDayNumber(n: number): CalendarDate {
	const d = new Date(n * DAY_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** The same day N years later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
	const year = date.year + years;
	const last = daysInMonth(year, date.month);
	return { year, month: date.month, day: Math.min(date.day, last) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
	return dayNumber(a) - dayNumber(b);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
	return compareDates(a, b) === 0;
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
	return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function isValidDate(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= MIN_YEAR &&
		year <= MAX_YEAR &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

/** The Japan date of an instant: what a calendar on the wall in Yokohama shows. */
export function tokyoDate(instant: Date): CalendarDate {
	const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
	return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Minutes since midnight, Japan time (for the contact desk's 8:30–17:15). */
export function tokyoMinutes(instant: Date): number {
	const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
	return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** 'YYYY-MM-DD', the value of an `<input type="date">` and of iCalendar dates (without dashes). */
export function toIsoDate(date: CalendarDate): string {
	return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * A date the user typed or a date field gave: 2023-10-17, 2023/10/17, ２０２３年１０月１７日,
 * 令和5年10月17日 (full-width digits folded). Returns null for anything that is not one real day.
 */
export function parseDate(text: string): CalendarDate | null {
	const folded = text.normalize('NFKC').trim().replace(/\s+/g, '');
	const reiwa = /^(?:令和|R)(元|\d{1,3})[年./-](\d{1,2})[月./-](\d{1,2})日?$/i.exec(folded);
	if (reiwa) {
		const [, y, m, d] = reiwa;
		const year = REIWA_FIRST_YEAR - 1 + (y === '元' ? 1 : Number(y));
		const date = { year, month: Number(m), day: Number(d) };
		return isValidDate(date.year, date.month, date.day) && compareDates(date, REIWA_START) >= 0 ? date : null;
	}
	const western = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/.exec(folded);
	if (!western) return null;
	const [, y, m, d] = western;
	const date = { year: Number(y), month: Number(m), day: Number(d) };
	return isValidDate(date.year, date.month, date.day) ? date : null;
}

/** 令和 began on 2019-05-01 (the era of the reissue form's 「令和 年 月 日」, 3.19). */
export const REIWA_START: CalendarDate = { year: 2019, month: 5, day: 1 };
const REIWA_FIRST_YEAR = 2019;

export interface ReiwaDate {
	/** 1 for 2019 (令和元年), 5 for 2023 … */
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

/** The 令和 date of a Gregorian date, or null before 2019-05-01. */
export function toReiwa(date: CalendarDate): ReiwaDate | null {
	if (compareDates(date, REIWA_START) < 0) return null;
	return { year: date.year - REIWA_FIRST_YEAR + 1, month: date.month, day: date.day };
}

/** 令和 year as written: 元 for the first year. */
export function reiwaYearText(year: number): string {
	return year === 1 ? '元' : String(year);
}

/** 「令和5年11月16日」, or null before 令和. */
export function formatReiwa(date: CalendarDate): string | null {
	const r = toReiwa(date);
	return r ? `令和${reiwaYearText(r.year)}年${r.month}月${r.day}日` : null;
}

export const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** 「2023年11月16日（木）」. */
export function formatJapanese(date: CalendarDate): string {
	return `${date.year}年${date.month}月${date.day}日（${WEEKDAYS_JA[weekday(date)]}）`;
}

/** 「令和5年（2023年）11月16日（木）」: both eras, as Japanese offices write dates. */
export function formatBoth(date: CalendarDate): string {
	const r = toReiwa(date);
	if (!r) return formatJapanese(date);
	return `令和${reiwaYearText(r.year)}年（${date.year}年）${date.month}月${date.day}日（${WEEKDAYS_JA[weekday(date)]}）`;
}

/** 「2023/11/16」, the way Edge and the certificate picker print dates (2.2.1, 3.18). */
export function formatSlashed(date: CalendarDate): string {
	return `${date.year}/${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}`;
}
