import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { practiceOfficeNumber, reissueExample, reissueReturnEnvelopeCases } from '../../../src/facts';
import {
	asksCommunityLifeSupport,
	blankFields,
	blankNote,
	dateBlankReason,
	emptyReissueForm,
	sheetText,
	formDate,
	MAX_LENGTH,
	returnEnvelope,
	validateOfficeNumber,
	validatePhone,
	validateReissue,
	type ReissueForm,
	type YesNo,
} from '../../../src/tools/reissue';

// fast-check runs hundreds of cases: seconds, not milliseconds, on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const example: ReissueForm = {
	certificate: false,
	login: true,
	reason: reissueExample.value.reason,
	date: '2025-02-03',
	officeNumber: reissueExample.value.officeNumber,
	address: reissueExample.value.address,
	officeName: reissueExample.value.officeName,
	representative: reissueExample.value.representative,
	phone: reissueExample.value.phone,
	personInCharge: reissueExample.value.personInCharge,
};

describe('the form', () => {
	test("the manual's 記載例 is a valid form", () => {
		expect(validateReissue(example)).toEqual({});
	});

	test('an empty form names every missing field, in the form order', () => {
		expect(Object.keys(validateReissue(emptyReissueForm))).toEqual([
			'certificate',
			'reason',
			'date',
			'officeNumber',
			'address',
			'officeName',
			'representative',
			'phone',
			'personInCharge',
		]);
	});

	test('at least one of the two boxes: 【証明書】 or 【ログイン】 or both', () => {
		expect(validateReissue({ ...example, login: false }).certificate).toBeDefined();
		expect(validateReissue({ ...example, login: false, certificate: true })).toEqual({});
		expect(validateReissue({ ...example, certificate: true })).toEqual({});
	});

	test('a text too long for its line of the A4 sheet is refused', () => {
		const long = 'あ'.repeat(MAX_LENGTH.reason! + 1);
		expect(validateReissue({ ...example, reason: long }).reason).toContain(`${MAX_LENGTH.reason} 文字まで`);
		expect(validateReissue({ ...example, reason: long.slice(1) })).toEqual({});
	});
});

describe('事業所番号: 10 half-width digits', () => {
	test.each([
		[practiceOfficeNumber.value, undefined],
		['１４１９０００００１', undefined],
		['1419 000001', undefined],
		['', '事業所番号を入力してください'],
		['141900000', '10 桁です。いまは 9 桁'],
		['14190000011', '10 桁です。いまは 11 桁'],
		['14190a0001', '数字だけ'],
	])('%s', (input, message) => {
		const error = validateOfficeNumber(input);
		if (message === undefined) expect(error).toBeUndefined();
		else expect(error).toContain(message);
	});
});

describe('電話番号', () => {
	test.each([
		[reissueExample.value.phone, true],
		['０４５－３２９－３４１６', true],
		['045ー329ー3416', true],
		['090-1234-5678', true],
		['(045) 329-3416', true],
		['329-3416', false],
		['abc', false],
		['', false],
	])('%s valid: %s', (input, valid) => {
		expect(validatePhone(input) === undefined).toBe(valid);
	});
});

describe('the date is printed in 令和', () => {
	test.each([
		['2019-05-01', { year: '元', month: '5', day: '1' }],
		['2025-02-03', { year: '7', month: '2', day: '3' }],
		['2030-12-31', { year: '12', month: '12', day: '31' }],
	])('%s', (date, expected) => {
		expect(formDate(date)).toEqual(expected);
		expect(validateReissue({ ...example, date }).date).toBeUndefined();
	});

	test('before 令和, or not a date, is refused', () => {
		expect(formDate('2019-04-30')).toBeNull();
		expect(validateReissue({ ...example, date: '2019-04-30' }).date).toContain('令和より前');
		expect(validateReissue({ ...example, date: '2025-02-30' }).date).toContain('正しくありません');
		expect(validateReissue({ ...example, date: '' }).date).toContain('入力してください');
	});
});

describe('printed part-filled (blanks are filled in by hand)', () => {
	test('the note names every field that prints blank; a full form has none', () => {
		const part: ReissueForm = { ...example, officeNumber: '', phone: '  ', date: '' };
		expect(blankFields(part)).toEqual(['date', 'officeNumber', 'phone']);
		expect(blankNote(part)).toBe('空欄のまま印刷される欄（3 件）: 日付（令和）、事業所番号、電話番号。印刷した後に手で書き込めます。');
		expect(blankNote(example)).toBeUndefined();
		expect(blankFields(emptyReissueForm)).toContain('certificate');
	});

	test('a date before 令和 says why it prints blank, and is among the blanks', () => {
		expect(dateBlankReason('2019-04-30')).toMatch(/令和より前の日付.*空欄で印刷されます/u);
		expect(dateBlankReason('2019-05-01')).toBeUndefined();
		expect(dateBlankReason('')).toBeUndefined();
		expect(blankFields({ ...example, date: '2019-04-30' })).toEqual(['date']);
	});

	test('the sheet shows a value cut to its line; what is checked is the whole', () => {
		const long = 'あ'.repeat(100_000);
		expect(Array.from(sheetText(long, 'officeName')).length).toBe((MAX_LENGTH.officeName ?? 0) + 1);
		expect(sheetText('ABC', 'officeName')).toBe('ABC');
		expect(validateReissue({ ...example, officeName: long }).officeName).toContain('100000 文字');
	});
});

describe('the return envelope for 簡易書留 (3.19)', () => {
	const [outside, cannotLogin] = reissueReturnEnvelopeCases.value;
	const verdict = (officeNumber: string, community: YesNo, canLogIn: YesNo) =>
		returnEnvelope({ officeNumber, communityLifeSupport: community, canLogInToClaimSystem: canLogIn });

	test.each([
		['1419000001', 'unknown', 'yes', false, []],
		['1419000001', 'unknown', 'no', true, [cannotLogin]],
		['2719000001', 'no', 'yes', true, [outside]],
		['2719000001', 'yes', 'yes', false, []],
		['2719000001', 'no', 'no', true, [cannotLogin, outside]],
		['2719000001', 'unknown', 'yes', null, []],
		['1419000001', 'unknown', 'unknown', null, []],
		['', 'unknown', 'no', true, [cannotLogin]],
		['', 'no', 'yes', null, []],
		['１４１９０００００１', 'unknown', 'yes', false, []],
	] as const)('%s, 地域生活支援事業所: %s, can log in: %s → %s', (number, community, canLogIn, needed, reasons) => {
		const v = verdict(number, community, canLogIn);
		expect(v.needed).toBe(needed);
		expect(v.reasons).toEqual(reasons);
		if (needed) expect(v.message).toContain('簡易書留');
	});

	test('the 地域生活支援事業所 question is asked only for an office number not starting with 14', () => {
		expect(asksCommunityLifeSupport('1419000001')).toBe(false);
		expect(asksCommunityLifeSupport('2719000001')).toBe(true);
		expect(asksCommunityLifeSupport('')).toBe(true);
	});
});

describe('properties (fast-check)', () => {
	const yesNo = fc.constantFrom<YesNo>('yes', 'no', 'unknown');
	const text = fc.string({ unit: 'binary', maxLength: 40 });

	test('no input ever throws', () => {
		fc.assert(
			fc.property(fc.boolean(), fc.boolean(), text, text, text, text, text, text, text, text, yesNo, yesNo, (certificate, login, reason, date, officeNumber, address, officeName, representative, phone, personInCharge, c, l) => {
				const form = { certificate, login, reason, date, officeNumber, address, officeName, representative, phone, personInCharge };
				validateReissue(form);
				formDate(date);
				returnEnvelope({ officeNumber, communityLifeSupport: c, canLogInToClaimSystem: l });
			}),
		);
	});

	test('an office that cannot log in always needs the envelope; a Kanagawa office that can, never', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 8, maxLength: 8 }), yesNo, (rest, c) => {
				expect(returnEnvelope({ officeNumber: `14${rest}`, communityLifeSupport: c, canLogInToClaimSystem: 'no' }).needed).toBe(true);
				expect(returnEnvelope({ officeNumber: `14${rest}`, communityLifeSupport: c, canLogInToClaimSystem: 'yes' }).needed).toBe(false);
			}),
		);
	});
});
