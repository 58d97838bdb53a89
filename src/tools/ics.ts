import { addDays, toIsoDate, type CalendarDate } from './japan-date';

/**
 * A calendar file (iCalendar, RFC 5545) for the deadline calculator's "add to calendar": all-day
 * events with Japanese summaries, written by hand (a few lines of text do not need a library)
 * and turned into a download in the browser, so no date ever leaves the user's PC.
 */
export interface IcsEvent {
	/** Stable per deadline, so importing the file again updates the event instead of adding one. */
	readonly uid: string;
	readonly date: CalendarDate;
	readonly summary: string;
	readonly description?: string;
	/** An absolute URL (the section that says what to do). */
	readonly url?: string;
	/** A reminder this many days before the event. */
	readonly alarmDaysBefore?: number;
}

const PRODID = '-//kanagawa-setup-practice//deadline-calculator//JA';
export const ICS_MIME = 'text/calendar;charset=utf-8';

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a multi-byte character. */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let size = 0;
	let limit = 75;
	for (const ch of line) {
		const bytes = encoder.encode(ch).length;
		if (size + bytes > limit) {
			out.push(current);
			current = ' ';
			size = 1;
			limit = 75;
		}
		current += ch;
		size += bytes;
	}
	out.push(current);
	return out.join('\r\n');
}

function dateValue(date: CalendarDate): string {
	return toIsoDate(date).replaceAll('-', '');
}

function stamp(now: Date): string {
	return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildIcs(events: readonly IcsEvent[], now: Date, calendarName = 'かながわシステムの期限'): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendarName)}`];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp(now)}`,
			`DTSTART;VALUE=DATE:${dateValue(e.date)}`,
			`DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`,
			`SUMMARY:${escapeText(e.summary)}`,
		);
		if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
		if (e.url) lines.push(`URL:${e.url}`);
		lines.push('TRANSP:TRANSPARENT');
		if (e.alarmDaysBefore && e.alarmDaysBefore > 0) {
			lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:-P${e.alarmDaysBefore}D`, 'END:VALARM');
		}
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
