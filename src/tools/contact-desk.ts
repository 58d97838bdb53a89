import { contactHours } from '../facts';
import { addDays, compareDates, tokyoDate, tokyoMinutes, toIsoDate, weekday, type CalendarDate } from './japan-date';
import type { HolidayTable } from './holidays';

/**
 * The contact desk's days: 8:30～17:15, closed 土日祝日 and 年末年始 (お問い合わせ先). The manual
 * does not say which days 年末年始 are; this site assumes 12月29日～1月3日, the usual closure of
 * Japanese public offices, and says so on every page that uses it.
 */
export const YEAR_END_CLOSURE_TEXT = '12月29日～1月3日';

export function isYearEndClosure(date: CalendarDate): boolean {
	return (date.month === 12 && date.day >= 29) || (date.month === 1 && date.day <= 3);
}

export interface DeskDay {
	readonly open: boolean;
	/** Why the desk is closed: 土曜日, 日曜日, 祝日（文化の日）, 年末年始. */
	readonly closedBecause?: string;
	/** True when the day is outside the holiday data: it may be a holiday this table does not know. */
	readonly holidayUnknown: boolean;
}

export function deskDay(date: CalendarDate, holidays: HolidayTable): DeskDay {
	const holidayUnknown = date.year < holidays.firstYear || date.year > holidays.lastYear;
	const wd = weekday(date);
	if (wd === 0) return { open: false, closedBecause: '日曜日', holidayUnknown };
	if (wd === 6) return { open: false, closedBecause: '土曜日', holidayUnknown };
	if (isYearEndClosure(date)) return { open: false, closedBecause: `年末年始（${YEAR_END_CLOSURE_TEXT}）`, holidayUnknown };
	const holiday = holidays.days[toIsoDate(date)];
	if (holiday) return { open: false, closedBecause: `祝日（${holiday}）`, holidayUnknown };
	return { open: true, holidayUnknown };
}

/** Longest run of closed days is the new-year closure around a weekend: well under 14 days. */
const SEARCH_DAYS = 14;

/** The first day on or after `from` when the desk is open. */
export function nextOpenDay(from: CalendarDate, holidays: HolidayTable): CalendarDate {
	let d = from;
	for (let i = 0; i < SEARCH_DAYS; i++, d = addDays(d, 1)) if (deskDay(d, holidays).open) return d;
	return d;
}

/** The last day on or before `date` when the desk is open, or null if none is on or after `notBefore`. */
export function lastOpenDayBy(date: CalendarDate, notBefore: CalendarDate, holidays: HolidayTable): CalendarDate | null {
	for (let d = date; compareDates(d, notBefore) >= 0; d = addDays(d, -1)) if (deskDay(d, holidays).open) return d;
	return null;
}

function minutes(hm: string): number {
	const [h, m] = hm.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
}

export const DESK_OPENS = minutes(contactHours.value.open);
export const DESK_CLOSES = minutes(contactHours.value.close);

export interface DeskNow {
	readonly today: CalendarDate;
	readonly openNow: boolean;
	readonly todayClosedBecause?: string;
	/** The next time the desk opens: today (before 8:30) or a later open day. */
	readonly nextOpen: CalendarDate;
	readonly nextOpenIsToday: boolean;
}

/** Whether the desk answers now, and when it next does, in Japan time. */
export function deskNow(instant: Date, holidays: HolidayTable): DeskNow {
	const today = tokyoDate(instant);
	const day = deskDay(today, holidays);
	const now = tokyoMinutes(instant);
	const openNow = day.open && now >= DESK_OPENS && now < DESK_CLOSES;
	const beforeOpening = day.open && now < DESK_OPENS;
	const nextOpen = openNow || beforeOpening ? today : nextOpenDay(addDays(today, 1), holidays);
	return {
		today,
		openNow,
		...(day.closedBecause ? { todayClosedBecause: day.closedBecause } : {}),
		nextOpen,
		nextOpenIsToday: compareDates(nextOpen, today) === 0,
	};
}
