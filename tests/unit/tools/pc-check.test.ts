import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { checkPc, type PcItem, type PcItemId, type PcObservation } from '../../../src/tools/pc-check';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const EDGE_UA =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';
const brands = (edge?: string) => [
	{ brand: 'Not_A Brand', version: '8' },
	{ brand: 'Chromium', version: '120' },
	...(edge ? [{ brand: 'Microsoft Edge', version: edge }] : [{ brand: 'Google Chrome', version: '120' }]),
];
const base: PcObservation = {
	userAgent: EDGE_UA,
	uaData: { platform: 'Windows', brands: brands('120'), platformVersion: '15.0.0' },
	screen: { width: 1920, height: 1080 },
	devicePixelRatio: 1,
	pdfViewerEnabled: true,
	javascript: true,
};
const item = (o: Partial<PcObservation>, id: PcItemId): PcItem => checkPc({ ...base, ...o }).find((i) => i.id === id)!;
const refs = (i: PcItem) => i.refs.map((r) => r.number);

describe('OS: Windows 10 or 11 (User-Agent Client Hints)', () => {
	test.each([
		['15.0.0', 'ok', 'Windows 11'],
		['13.0.0', 'ok', 'Windows 11'],
		['10.0.0', 'ok', 'Windows 10'],
		['1.0.0', 'ok', 'Windows 10'],
		['0.3.0', 'ng', '8.1 以前'],
	])('platformVersion %s → %s', (platformVersion, status, text) => {
		const i = item({ uaData: { platform: 'Windows', brands: brands('120'), platformVersion } }, 'os');
		expect(i.status).toBe(status);
		expect(i.detail).toContain(text);
	});

	test('Windows without the version cannot be told (the User-Agent string says NT 10.0 for every version)', () => {
		expect(item({ uaData: { platform: 'Windows', brands: brands('120') } }, 'os').status).toBe('unknown');
		expect(item({ uaData: null }, 'os').status).toBe('unknown');
	});

	test.each([
		['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15', 'macOS'],
		['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36', 'Android'],
		['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1', 'iPhone'],
		['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36', 'Linux'],
	])('not Windows: %s', (userAgent, name) => {
		const i = item({ userAgent, uaData: null }, 'os');
		expect(i.status).toBe('ng');
		expect(i.detail).toContain(name);
		expect(refs(i)).toEqual(['1.1']);
	});

	test('nothing known: cannot tell', () => {
		expect(item({ userAgent: '', uaData: null }, 'os').status).toBe('unknown');
	});
});

describe('browser: Microsoft Edge 105 or later', () => {
	test.each([
		['105', 'ok'],
		['131', 'ok'],
		['104', 'ng'],
	])('Edge %s → %s', (version, status) => {
		const i = item({ uaData: { platform: 'Windows', brands: brands(version) } }, 'browser');
		expect(i.status).toBe(status);
		if (status === 'ng') expect(refs(i)).toContain('1.2.1');
	});

	test('Chrome is not Edge', () => {
		const i = item({ uaData: { platform: 'Windows', brands: brands() } }, 'browser');
		expect(i.status).toBe('ng');
		expect(i.detail).toContain('Google Chrome');
	});

	test.each([
		[EDGE_UA, 'ok'],
		['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/104.0 Safari/537.36 Edg/104.0.1293.47', 'ng'],
		['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763', 'ng'],
		['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0', 'ng'],
		['', 'unknown'],
	])('without Client Hints, from the User-Agent: %s → %s', (userAgent, status) => {
		expect(item({ userAgent, uaData: null }, 'browser').status).toBe(status);
	});

	test('the legacy Edge is told to update (1.1 ポイント)', () => {
		const i = item({ userAgent: 'Mozilla/5.0 (Windows NT 10.0) Edge/18.17763', uaData: null }, 'browser');
		expect(i.detail).toContain('レガシー版');
	});
});

describe('screen: 1366 x 768 recommended', () => {
	test.each([
		[{ width: 1366, height: 768 }, 1, 'ok'],
		[{ width: 1365, height: 768 }, 1, 'ng'],
		[{ width: 1366, height: 767 }, 1, 'ng'],
		[{ width: 1280, height: 720 }, 1.5, 'ok'],
		[{ width: 768, height: 1366 }, 1, 'ok'],
	])('%o at %d → %s', (screen, devicePixelRatio, status) => {
		expect(item({ screen, devicePixelRatio }, 'screen').status).toBe(status);
	});

	test('scaling is explained', () => {
		expect(item({ screen: { width: 1280, height: 720 }, devicePixelRatio: 1.5 }, 'screen').detail).toContain('150%');
	});

	test('unknown size: cannot tell', () => {
		expect(item({ screen: null }, 'screen').status).toBe('unknown');
		expect(item({ screen: { width: 0, height: 0 } }, 'screen').status).toBe('unknown');
	});
});

test('JavaScript is on when the check runs; off points to 1.2.2', () => {
	expect(item({}, 'javascript').status).toBe('ok');
	const off = item({ javascript: false }, 'javascript');
	expect(off.status).toBe('ng');
	expect(refs(off)).toEqual(['1.2.2']);
});

test('a PDF viewer: the browser can say only that it shows PDFs itself', () => {
	expect(item({ pdfViewerEnabled: true }, 'pdf').status).toBe('ok');
	expect(item({ pdfViewerEnabled: false }, 'pdf').status).toBe('unknown');
});

describe('properties (fast-check)', () => {
	test('no observation ever throws; five items, each ok, not ok or cannot tell', () => {
		const observation = fc.record({
			userAgent: fc.string({ maxLength: 200 }),
			uaData: fc.option(
				fc.record({
					platform: fc.option(fc.constantFrom('Windows', 'macOS', 'Linux', 'Android', ''), { nil: undefined }),
					brands: fc.option(fc.array(fc.record({ brand: fc.constantFrom('Microsoft Edge', 'Google Chrome', 'Chromium', 'x'), version: fc.string({ maxLength: 5 }) })), { nil: undefined }),
					platformVersion: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
				}, { requiredKeys: [] }),
				{ nil: null },
			),
			screen: fc.option(fc.record({ width: fc.double(), height: fc.double() }), { nil: null }),
			devicePixelRatio: fc.option(fc.double(), { nil: undefined }),
			pdfViewerEnabled: fc.option(fc.boolean(), { nil: undefined }),
			javascript: fc.boolean(),
		});
		fc.assert(
			fc.property(observation, (o) => {
				const items = checkPc(o as PcObservation);
				expect(items.map((i) => i.id)).toEqual(['os', 'browser', 'screen', 'javascript', 'pdf']);
				for (const i of items) expect(['ok', 'ng', 'unknown']).toContain(i.status);
			}),
		);
	});
});
