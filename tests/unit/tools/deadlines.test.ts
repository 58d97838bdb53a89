import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import {
	clientCertValidityYears,
	rootCertValidityYears,
	ieModePageValidityDays,
	passwordValidityDays,
	sampleIeModePageDates,
	sampleLoginLetterDate,
	sampleTemporaryCertValidity,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
} from '../../../src/facts';
import { billingVerdict, computeDeadline, dateProblem, deadlineDefs, reissueTimeline, type DeadlineKind } from '../../../src/tools/deadlines';
import { japaneseHolidays } from '../../../src/tools/holidays';
import { addDays, daysBetween, parseDate, toIsoDate, type CalendarDate } from '../../../src/tools/japan-date';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const holidays = japaneseHolidays();
const d = (iso: string): CalendarDate => {
	const date = parseDate(iso);
	if (!date) throw new Error(`bad date ${iso}`);
	return date;
};
const iso = toIsoDate;

describe("the manual's samples fix the arithmetic", () => {
	test(`2.2.1: added ${sampleIeModePageDates.value.added} → 有効期限 ${sampleIeModePageDates.value.expires}`, () => {
		const r = computeDeadline('ieModePages', d(sampleIeModePageDates.value.added), d('2023-10-20'), holidays);
		expect(iso(r.end)).toBe(iso(d(sampleIeModePageDates.value.expires)));
		expect(iso(r.lastDay)).toBe('2023-11-15');
	});

	test(`3.18: 有効期間 ${sampleTemporaryCertValidity.value.from} から ${sampleTemporaryCertValidity.value.to}`, () => {
		const r = computeDeadline('temporaryCert', d(sampleTemporaryCertValidity.value.from), d('2023-03-20'), holidays);
		expect(iso(r.end)).toBe(iso(d(sampleTemporaryCertValidity.value.to)));
		expect(iso(r.lastDay)).toBe('2023-03-29');
		// 「発行日から数えて 10 日間」: the issue day is day 1, the last day is day 10.
		expect(daysBetween(r.start, r.lastDay) + 1).toBe(temporaryClientCertValidityDays.value);
	});

	test(`the temporary password of the sample letter (${sampleLoginLetterDate.value}) + ${temporaryPasswordValidityDays.value} days`, () => {
		const r = computeDeadline('temporaryPassword', d(sampleLoginLetterDate.value), d('2022-09-08'), holidays);
		expect(iso(r.end)).toBe('2023-03-07');
		expect(iso(r.lastDay)).toBe('2023-03-06');
	});

	test('every period is the fact', () => {
		const periods = Object.fromEntries(deadlineDefs.map((def) => [def.kind, def.period]));
		expect(periods).toEqual({
			temporaryPassword: { days: temporaryPasswordValidityDays.value },
			password: { days: passwordValidityDays.value },
			temporaryCert: { days: temporaryClientCertValidityDays.value },
			clientCert: { years: clientCertValidityYears.value },
			rootCert: { years: rootCertValidityYears.value },
			ieModePages: { days: ieModePageValidityDays.value },
		});
	});
});

describe('each deadline at its boundary days', () => {
	const cases: Array<[DeadlineKind, string, string, string]> = [
		['temporaryPassword', '2025-01-10', '2025-07-09', '2025-07-08'],
		['password', '2025-04-01', '2025-09-28', '2025-09-27'],
		['temporaryCert', '2025-12-25', '2026-01-04', '2026-01-03'],
		['clientCert', '2024-05-10', '2027-05-10', '2027-05-09'],
		['clientCert', '2024-02-29', '2027-02-28', '2027-02-27'],
		['ieModePages', '2025-01-31', '2025-03-02', '2025-03-01'],
	];
	test.each(cases)('%s from %s: 有効期限 %s, last day %s', (kind, start, end, last) => {
		const at = (today: string) => computeDeadline(kind, d(start), d(today), holidays);
		const r = at(start);
		expect(iso(r.end)).toBe(end);
		expect(iso(r.lastDay)).toBe(last);
		expect(at(last).status).toBe('last-day');
		expect(at(last).daysLeft).toBe(0);
		expect(at(iso(addDays(d(last), -1))).daysLeft).toBe(1);
		expect(at(end).status).toBe('passed');
		expect(at(end).daysLeft).toBe(-1);
	});

	test('"soon" starts exactly warnDays before the last day', () => {
		for (const def of deadlineDefs) {
			const start = d('2025-03-03');
			const last = computeDeadline(def.kind, start, start, holidays).lastDay;
			expect(computeDeadline(def.kind, start, addDays(last, -def.warnDays), holidays).status, def.kind).toBe('soon');
			expect(computeDeadline(def.kind, start, addDays(last, -def.warnDays - 1), holidays).status, def.kind).toBe('ok');
		}
	});

	test('a last day on a desk holiday names the holiday and the open day before it', () => {
		// IE-mode pages added 2025-10-05 → last day 2025-11-03 (文化の日, a Monday).
		const r = computeDeadline('ieModePages', d('2025-10-05'), d('2025-10-20'), holidays);
		expect(iso(r.lastDay)).toBe('2025-11-03');
		expect(r.lastDayDesk.open).toBe(false);
		expect(r.lastDayDesk.closedBecause).toBe('祝日（文化の日）');
		expect(iso(r.lastDeskDay!)).toBe('2025-10-31');
	});

	test('what to do when it passes points to the manual', () => {
		const after = Object.fromEntries(deadlineDefs.map((def) => [def.kind, def.after.refs.map((r) => `${r.number}${r.anchor ? `#${r.anchor}` : ''}`)]));
		expect(after).toEqual({
			temporaryPassword: ['3.19', '2.1'],
			password: ['2.3.1#step-10'],
			temporaryCert: ['2.2.4#step-2'],
			clientCert: ['3.2', '2.2.4'],
			rootCert: ['3.16', '3.3'],
			ieModePages: ['2.2.1', '3.10', '3.17'],
		});
	});
});

describe('issue 17: the root certificate, and every input that cannot be used is said', () => {
	test('the root certificate: 10 years from its issue date (3.16), counting the issue date as day 1', () => {
		const r = computeDeadline('rootCert', d('2024-05-10'), d('2024-06-01'), holidays);
		expect(iso(r.end)).toBe('2034-05-10');
		expect(iso(r.lastDay)).toBe('2034-05-09');
	});

	test.each([
		['9999-01-01', /2000 年から 2099 年まで.*9999 年/u],
		['1999-12-31', /1999 年/u],
		['2025-02-30', /読み取れません/u],
	])('%s is refused with a reason', (text, reason) => {
		expect(dateProblem(text)).toMatch(reason);
	});

	test('an empty field and a date in range are fine', () => {
		expect(dateProblem('')).toBeUndefined();
		expect(dateProblem('2025-02-03')).toBeUndefined();
	});
});

describe('password reissue (3.19)', () => {
	test.each([
		[1, 'may-make'],
		[8, 'may-make'],
		[9, 'misses'],
		[10, 'misses'],
		[11, 'after-period'],
		[28, 'after-period'],
	])('arriving on day %i: %s', (day, verdict) => {
		expect(billingVerdict({ year: 2025, month: 3, day }).verdict).toBe(verdict);
	});

	test('after the claim period of December the next one is in January', () => {
		expect(billingVerdict({ year: 2025, month: 12, day: 20 }).message).toContain('次の受付期間は1月1日～10日');
	});

	test('posted on the 8th arrives on the 9th at the earliest: misses this month; about a week after receipt to check', () => {
		const r = reissueTimeline({ sent: d('2025-02-08'), byPost: false });
		expect(r.arrivalAssumed).toBe(true);
		expect(iso(r.arrival)).toBe('2025-02-09');
		expect(r.billing).toBe('misses');
		expect(iso(r.checkFrom)).toBe('2025-02-16');
	});

	test('a known arrival date is used as it is', () => {
		const r = reissueTimeline({ sent: d('2025-02-03'), arrived: d('2025-02-05'), byPost: true });
		expect(r.arrivalAssumed).toBe(false);
		expect(r.billing).toBe('may-make');
		expect(iso(r.checkFrom)).toBe('2025-02-12');
		expect(r.byPost).toBe(true);
	});
});

describe('properties (fast-check)', () => {
	const dates = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true });
	const calendar = dates.map((x) => ({ year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() }));

	test('no date ever throws; the last day is the day before the end; day periods are exact', () => {
		fc.assert(
			fc.property(fc.constantFrom(...deadlineDefs.map((x) => x.kind)), calendar, calendar, (kind, start, today) => {
				const r = computeDeadline(kind, start, today, holidays);
				expect(daysBetween(r.lastDay, r.end)).toBe(1);
				const period = deadlineDefs.find((x) => x.kind === kind)!.period;
				if ('days' in period) expect(daysBetween(start, r.end)).toBe(period.days);
				else expect(r.end.year - start.year).toBe(period.years);
				expect(r.daysLeft).toBe(daysBetween(today, r.lastDay));
			}),
			{ numRuns: 500 },
		);
	});

	test('reissue timelines never throw and always check about a week after arrival', () => {
		fc.assert(
			fc.property(calendar, fc.option(calendar, { nil: undefined }), fc.boolean(), (sent, arrived, byPost) => {
				const r = reissueTimeline({ sent, arrived, byPost });
				expect(daysBetween(r.arrival, r.checkFrom)).toBe(7);
				expect(r.billing === 'misses').toBe(r.arrival.day >= 9 && r.arrival.day <= 10);
			}),
		);
	});
});
