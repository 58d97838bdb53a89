import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { buildIcs, escapeText, foldLine } from '../../../src/tools/ics';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const encoder = new TextEncoder();
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the calendar file (RFC 5545)', () => {
	const now = new Date('2025-02-03T01:02:03.456Z');
	const ics = buildIcs(
		[
			{
				uid: 'temporaryCert-2025-12-22@kanagawa-setup-practice',
				date: { year: 2025, month: 12, day: 31 },
				summary: '【かながわシステム】仮クライアント証明書（NacaCertRequester）：使えるのはこの日まで',
				description: '発行日から数えて 10 日間。過ぎたら: 2.2.4 の手順 2 から, やり直し; 改行\nあり \\ 終わり',
				url: 'http://localhost/2-2-4-client-certificate/#step-2',
				alarmDaysBefore: 2,
			},
		],
		now,
	);

	test('CRLF lines, none longer than 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
	});

	test('an all-day event on the day, ending the next day (across the year)', () => {
		const text = unfold(ics);
		expect(text).toContain('DTSTART;VALUE=DATE:20251231\r\n');
		expect(text).toContain('DTEND;VALUE=DATE:20260101\r\n');
		expect(text).toContain('DTSTAMP:20250203T010203Z\r\n');
		expect(text).toContain('SUMMARY:【かながわシステム】仮クライアント証明書（NacaCertRequester）：使えるのはこの日まで\r\n');
		expect(text).toContain('TRIGGER:-P2D');
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/);
		expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
	});

	test('text values are escaped', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		expect(unfold(ics)).toContain('DESCRIPTION:発行日から数えて 10 日間。過ぎたら: 2.2.4 の手順 2 から\\, やり直し\\; 改行\\nあり \\\\ 終わり');
	});

	test('folding never splits a character and unfolds to the original (any text)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
				const folded = foldLine(`SUMMARY:${text}`);
				for (const line of folded.split('\r\n')) {
					expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
					expect(line).not.toMatch(/[\ud800-\udbff]$/);
				}
				expect(unfold(folded)).toBe(`SUMMARY:${text}`);
			}),
		);
	});
});
