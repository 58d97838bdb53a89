import { describe, expect, test } from 'vitest';
import { deskDay, deskNow, nextOpenDay, YEAR_END_CLOSURE_TEXT } from '../../../src/tools/contact-desk';
import { japaneseHolidays } from '../../../src/tools/holidays';
import { parseDate, toIsoDate } from '../../../src/tools/japan-date';


const holidays = japaneseHolidays();
const day = (iso: string) => deskDay(parseDate(iso)!, holidays);

describe('Japanese holidays come from @holiday-jp/holiday_jp', () => {
	test('covers 令和 onwards, with names', () => {
		expect(holidays.firstYear).toBe(2019);
		expect(holidays.lastYear).toBeGreaterThanOrEqual(2050);
		expect(holidays.days['2025-11-03']).toBe('文化の日');
		expect(holidays.days['2025-11-24']).toBe('勤労感謝の日 振替休日');
		expect(holidays.days['2018-11-03']).toBeUndefined();
	});
});

describe('the contact desk: closed 土日祝日 and 年末年始 (12/29–1/3, our assumption)', () => {
	test.each([
		['2025-11-04', true, undefined],
		['2025-11-08', false, '土曜日'],
		['2025-11-09', false, '日曜日'],
		['2025-11-03', false, '祝日（文化の日）'],
		['2025-12-26', true, undefined],
		['2025-12-29', false, `年末年始（${YEAR_END_CLOSURE_TEXT}）`],
		['2026-01-02', false, `年末年始（${YEAR_END_CLOSURE_TEXT}）`],
		['2027-01-04', true, undefined],
		['2026-12-28', true, undefined],
	])('%s open: %s', (iso, open, because) => {
		expect(day(iso).open).toBe(open);
		expect(day(iso).closedBecause).toBe(because);
	});

	test('after the new-year closure the desk opens on the first weekday after 1/3', () => {
		expect(toIsoDate(nextOpenDay(parseDate('2025-12-27')!, holidays))).toBe('2026-01-05');
	});

	test('a day beyond the holiday data is flagged', () => {
		expect(day('2051-06-01').holidayUnknown).toBe(true);
		expect(day('2030-06-03').holidayUnknown).toBe(false);
	});

	test('open from 8:30 until 17:15, Japan time', () => {
		// Wednesday 2025-11-05 in Tokyo.
		const at = (utc: string) => deskNow(new Date(utc), holidays);
		expect(at('2025-11-04T23:29:00Z')).toMatchObject({ openNow: false, nextOpenIsToday: true });
		expect(at('2025-11-04T23:30:00Z').openNow).toBe(true);
		expect(at('2025-11-05T08:14:00Z').openNow).toBe(true);
		const after = at('2025-11-05T08:15:00Z');
		expect(after.openNow).toBe(false);
		expect(toIsoDate(after.nextOpen)).toBe('2025-11-06');
	});

	test('on a Saturday it says why and when it opens', () => {
		const sat = deskNow(new Date('2025-11-08T02:00:00Z'), holidays);
		expect(sat.todayClosedBecause).toBe('土曜日');
		expect(toIsoDate(sat.nextOpen)).toBe('2025-11-10');
	});
});
