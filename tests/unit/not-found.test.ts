import { describe, expect, test } from 'vitest';
import { searchWordsFromPath, sectionsInPath } from '../../src/lib/not-found';

const numbers = (path: string) => sectionsInPath(path).map((s) => s.number);

describe('the 404 page guesses what a mistyped address meant', () => {
	test('a short link typed with dots, hyphens, full-width characters or a missing slash', () => {
		expect(numbers('/3.9/')).toEqual(['3.9']);
		expect(numbers('/3-9')).toEqual(['3.9']);
		expect(numbers('/３－９/')).toEqual(['3.9']);
		expect(numbers('/%EF%BC%93%EF%BC%8E%EF%BC%99/')).toEqual(['3.9']);
		expect(numbers('/2-2-4/')).toEqual(['2.2.4']);
		expect(numbers('/3-10-multiple/')).toEqual(['3.10']);
	});

	test('a number the manual does not have suggests nothing', () => {
		expect(numbers('/4-1/')).toEqual([]);
		expect(numbers('/3-25/')).toEqual([]);
		expect(numbers('/2024-10-21/')).toEqual([]);
	});

	test('an old slug still leads to its section', () => {
		expect(numbers('/3-9-old-title/')).toEqual(['3.9']);
	});

	test('the words of the path become a search', () => {
		expect(searchWordsFromPath('/3-9-login-dialog-missing/')).toBe('login dialog missing');
		expect(searchWordsFromPath('/%E8%A8%BC%E6%98%8E%E6%9B%B8/')).toBe('証明書');
		expect(searchWordsFromPath('/index.html')).toBe('');
		expect(searchWordsFromPath('/%E0%A4%A/')).toBe('%E0%A4%A');
	});
});
