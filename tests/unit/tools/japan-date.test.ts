import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
	addYears,
	formatBoth,
	formatJapanese,
	formatReiwa,
	parseDate,
	tokyoDate,
	tokyoMinutes,
	toIsoDate,
	toReiwa,
} from '../../../src/tools/japan-date';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

describe('Japan dates, never the UTC date by accident', () => {
	test('15:00 UTC on 31 December is already 1 January in Tokyo', () => {
		expect(toIsoDate(tokyoDate(new Date('2024-12-31T15:00:00Z')))).toBe('2025-01-01');
		expect(toIsoDate(tokyoDate(new Date('2024-12-31T14:59:59Z')))).toBe('2024-12-31');
	});

	test('minutes of the Tokyo day', () => {
		expect(tokyoMinutes(new Date('2025-06-02T23:30:00Z'))).toBe(8 * 60 + 30);
	});

	test('agrees with the Asia/Tokyo time zone database for any instant', () => {
		const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
		fc.assert(
			fc.property(fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
				expect(toIsoDate(tokyoDate(instant))).toBe(fmt.format(instant));
			}),
			{ numRuns: 500 },
		);
	});
});

describe('令和', () => {
	test.each([
		['2019-05-01', '令和元年5月1日'],
		['2019-12-31', '令和元年12月31日'],
		['2020-01-01', '令和2年1月1日'],
		['2025-02-03', '令和7年2月3日'],
	])('%s is %s', (date, reiwa) => {
		expect(formatReiwa(parseDate(date)!)).toBe(reiwa);
	});

	test('before 2019-05-01 is not 令和', () => {
		expect(toReiwa(parseDate('2019-04-30')!)).toBeNull();
		expect(formatBoth(parseDate('2019-04-30')!)).toBe('2019年4月30日（火）');
	});

	test('both eras with the weekday', () => {
		expect(formatBoth(parseDate('2023-11-16')!)).toBe('令和5年（2023年）11月16日（木）');
		expect(formatJapanese(parseDate('2023-11-16')!)).toBe('2023年11月16日（木）');
	});
});

describe('parseDate', () => {
	test.each([
		['2023-10-17', '2023-10-17'],
		['2023/10/17', '2023-10-17'],
		['２０２３／１０／１７', '2023-10-17'],
		['2024年 9月 8日', '2024-09-08'],
		['令和5年10月17日', '2023-10-17'],
		['令和元年5月1日', '2019-05-01'],
		['2024-02-29', '2024-02-29'],
	])('%s', (text, expected) => {
		expect(toIsoDate(parseDate(text)!)).toBe(expected);
	});

	test.each([['2023-02-29'], ['2023-13-01'], ['令和元年4月30日'], ['yesterday'], [''], ['2023-10-17T00:00']])('%s is not a day', (text) => {
		expect(parseDate(text)).toBeNull();
	});

	test('never throws; what it returns prints back to itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-/年月日令和元 ０１２'.split('')), maxLength: 14 }), (text) => {
				const date = parseDate(text);
				if (date) expect(parseDate(toIsoDate(date))).toEqual(date);
			}),
		);
	});
});

test('29 February plus years is 28 February in a common year', () => {
	expect(toIsoDate(addYears(parseDate('2024-02-29')!, 3))).toBe('2027-02-28');
	expect(toIsoDate(addYears(parseDate('2024-02-29')!, 4))).toBe('2028-02-29');
});
