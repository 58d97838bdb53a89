import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../src/search/query';
import { pageWeight } from '../../src/search/page-weight';
import { symptoms } from '../../src/data/symptoms';
import { sections } from '../../src/sections';

describe('a query is cleaned up the way people type it', () => {
	test('full-width letters and digits are the same as half-width', () => {
		expect(normalizeQuery('ＡＡ０４１')).toBe('AA041');
		expect(normalizeQuery('ＩＥモード')).toBe(normalizeQuery('IEモード'));
	});

	test('half-width katakana is the same as full-width', () => {
		expect(normalizeQuery('ｲﾝｽﾄｰﾙ')).toBe('インストール');
	});

	test('a message pasted with its quotes and full stop finds what the bare words find', () => {
		expect(normalizeQuery('「パスワードがロックされています。」')).toBe(normalizeQuery('パスワードがロックされています'));
	});

	test('a short link read out on the phone is the section number', () => {
		expect(normalizeQuery('3-9')).toBe('3.9');
		expect(normalizeQuery('２－２－４')).toBe('2.2.4');
		expect(normalizeQuery('045-329-3416')).toContain('045');
	});

	test('particles are dropped but negations are kept', () => {
		const words = normalizeQuery('パスワードの有効期限が切れています').split(' ');
		expect(words).toContain('パスワード');
		expect(words).not.toContain('の');
		expect(normalizeQuery('インストールできない').split(' ')).toContain('ない');
	});

	test('a query of particles only is kept as typed, and nothing throws', () => {
		expect(normalizeQuery('の')).toBe('の');
		expect(normalizeQuery('   ')).toBe('');
	});
});

describe('which pages the search trusts most', () => {
	test('manual sections count fully; lists of other pages and tools count less', () => {
		for (const s of sections) expect(pageWeight(`/${s.slug}/`)).toBeUndefined();
		expect(pageWeight('/support/')).toBeLessThan(0.5);
		expect(pageWeight('/revisions/')).toBeLessThan(0.5);
		expect(pageWeight('/tools/url/')).toBeLessThan(1);
		expect(pageWeight('/contact/')).toBeUndefined();
	});
});

describe('everyday phrasings of each section', () => {
	test('belong to sections of the manual, one entry each, short and unique', () => {
		const numbers = symptoms.map((s) => s.section);
		expect(new Set(numbers).size).toBe(numbers.length);
		for (const n of numbers) expect(sections.some((s) => s.number === n)).toBe(true);
		const all = symptoms.flatMap((s) => s.phrases);
		expect(new Set(all).size).toBe(all.length);
		for (const phrase of all) expect(phrase.length).toBeLessThanOrEqual(45);
	});

	test('every chapter-3 section has some', () => {
		for (const s of sections.filter((x) => x.chapter === 3)) {
			expect(symptoms.find((e) => e.section === s.number)?.phrases.length ?? 0, s.number).toBeGreaterThan(0);
		}
	});
});
