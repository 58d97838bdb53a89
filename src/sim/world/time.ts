/**
 * Time in the simulation: a local date and time in Japan written `YYYY-MM-DDTHH:mm`, with no
 * zone (Japan keeps UTC+9 all year, so local arithmetic is exact). Time only moves when an
 * event moves the world's clock; nothing here reads the real clock.
 *
 * The validity rule, fixed by the manual's own samples: a temporary certificate issued
 * 2023/03/20 shows 「有効期間: 2023/03/20 から 2023/03/30」 (3.18) and an IE-mode page added
 * 2023/10/17 shows 有効期限 2023/11/16 (2.2.1). So the end a screen prints is the start plus the
 * period, and the thing stops working at the end's instant: the same time of day it started
 * (like a certificate's notAfter). Valid means `start <= now < end`; at `end` exactly it is gone.
 * The same rule serves every period: 10-day temporary certificates, 30-day IE-mode pages,
 * 30-minute lockouts, 180-day passwords, 3-year client and 10-year root certificates. It agrees
 * with src/tools/deadlines.ts (the last whole day of use is the day before the printed end).
 */

export type IsoDateTime = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;
const MINUTE_MS = 60_000;

export function isIsoDateTime(text: unknown): text is IsoDateTime {
	if (typeof text !== 'string') return false;
	const m = ISO.exec(text);
	if (!m) return false;
	return fromMinutes(toMinutes(text)) === text;
}

/** Minutes since 1970-01-01T00:00 of the local calendar (no zone involved). */
export function toMinutes(at: IsoDateTime): number {
	const m = ISO.exec(at);
	if (!m) throw new Error(`Not a date-time of the simulation: ${at}`);
	const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
	return Date.UTC(y, mo - 1, d, h, mi) / MINUTE_MS;
}

export function fromMinutes(minutes: number): IsoDateTime {
	return new Date(minutes * MINUTE_MS).toISOString().slice(0, 16);
}

export function addMinutes(at: IsoDateTime, minutes: number): IsoDateTime {
	return fromMinutes(toMinutes(at) + minutes);
}

export function addDays(at: IsoDateTime, days: number): IsoDateTime {
	return addMinutes(at, days * 24 * 60);
}

/** The same day and time N years later; 29 February becomes 28 February in a common year. */
export function addYears(at: IsoDateTime, years: number): IsoDateTime {
	const year = Number(at.slice(0, 4)) + years;
	const month = Number(at.slice(5, 7));
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = Math.min(Number(at.slice(8, 10)), last);
	return `${String(year).padStart(4, '0')}-${at.slice(5, 7)}-${String(day).padStart(2, '0')}${at.slice(10)}`;
}

/** A period as the manual states it. */
export type Period = { readonly days: number } | { readonly minutes: number } | { readonly years: number };

export function endOf(start: IsoDateTime, period: Period): IsoDateTime {
	if ('years' in period) return addYears(start, period.years);
	if ('days' in period) return addDays(start, period.days);
	return addMinutes(start, period.minutes);
}

/** `start <= now < end`: the one validity rule of the simulation. */
export function isWithin(now: IsoDateTime, start: IsoDateTime, end: IsoDateTime): boolean {
	const n = toMinutes(now);
	return toMinutes(start) <= n && n < toMinutes(end);
}

export function isBefore(a: IsoDateTime, b: IsoDateTime): boolean {
	return toMinutes(a) < toMinutes(b);
}

/** The date as the screens print it: `2023/03/20`. */
export function screenDate(at: IsoDateTime): string {
	return at.slice(0, 10).replaceAll('-', '/');
}

/** `2023/03/20` (a screen's date) to the start of that day. */
export function fromScreenDate(date: string, time = '00:00'): IsoDateTime {
	return `${date.replaceAll('/', '-')}T${time}`;
}
