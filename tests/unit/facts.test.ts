import { describe, expect, test } from 'vitest';
import * as facts from '../../src/facts';
import type { Fact } from '../../src/facts';
import { normalize, readManual, sectionTexts } from './manual-text';

const manual = normalize(readManual());

function isFact(x: unknown): x is Fact<unknown> {
	return typeof x === 'object' && x !== null && 'value' in x && 'sections' in x && 'evidence' in x;
}

/** Every fact exported by the facts module, with a dotted name, found by walking the exports. */
function collect(node: unknown, path: string, out: Array<[string, Fact<unknown>]>): void {
	if (isFact(node)) {
		out.push([path, node]);
		return;
	}
	if (typeof node === 'object' && node !== null) {
		for (const [key, child] of Object.entries(node)) collect(child, path ? `${path}.${key}` : key, out);
	}
}

/** The strings and numbers inside a fact's value: each must be stated by its evidence. */
function leaves(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'number') return [String(value)];
	if (typeof value === 'boolean') return [];
	if (Array.isArray(value)) return value.flatMap(leaves);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
	return [];
}

/** Characters that can be part of a URL: an address is whole only where its neighbours are none of these. */
const URL_CHAR = /[A-Za-z0-9._~:/?#@!$&'*+,;=%-]/u;
/** A fact whose value is an address: a URL, a host name or a path. */
const isAddress = (value: unknown): value is string =>
	typeof value === 'string' && /^(?:https?:\/\/|\/[\w-]|[\w-]+(?:\.[\w-]+)+(?:[:/]|$))/u.test(value) && /[a-z]/iu.test(value) && !/\s/u.test(value);

const bySection = sectionTexts();
/** The manual's text where a fact comes from: its numbered sections (all of it for front and back matter). */
const textOf = (f: Fact<unknown>): string[] => {
	const own = f.sections.flatMap((n) => bySection.get(n) ?? []);
	return own.length === f.sections.length ? own : [readManual().normalize('NFKC')];
};

/**
 * Whether `address` is printed whole in `text`: not as a piece of a longer name. A path
 * ('/kkgswebapjg/') may follow its host, and a host may sit between `//` and its path or port;
 * nothing may be cut out of the middle of a name.
 */
function printedWhole(text: string, address: string): boolean {
	const host = !address.startsWith('/') && !/^https?:/u.test(address);
	for (let at = text.indexOf(address); at >= 0; at = text.indexOf(address, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + address.length] ?? ' ';
		const leftOk = address.startsWith('/') ? before !== '/' : !URL_CHAR.test(before) || (host && text.slice(at - 2, at) === '//');
		const rightOk = !URL_CHAR.test(after) || (host && (after === '/' || after === ':'));
		if (leftOk && rightOk) return true;
	}
	return false;
}

const all: Array<[string, Fact<unknown>]> = [];
collect(facts, '', all);
const quoted = all.filter(([, f]) => f.evidence !== null);

describe('the facts module', () => {
	test('holds the facts DESIGN.md lists', () => {
		expect(all.length).toBeGreaterThan(150);
		expect(facts.certServiceHttps.value).toMatch(/^https:\/\//);
	});

	test.each(quoted)('%s is quoted in the manual', (_name, f) => {
		for (const piece of f.evidence!) {
			expect(manual, `evidence not found in the manual: ${piece}`).toContain(normalize(piece));
		}
	});

	test.each(quoted)('%s says what its evidence says', (_name, f) => {
		const evidence = normalize(f.evidence!.join('\n'));
		for (const leaf of leaves(f.value)) {
			// The space is the first symbol of the policy: the manual spells it 半角スペース.
			if (leaf.trim() === '') continue;
			expect(evidence, `value not stated by its evidence: ${leaf}`).toContain(normalize(leaf));
		}
	});

	test('every fact names the manual sections it comes from', () => {
		for (const [name, f] of all) expect(f.sections.length, name).toBeGreaterThan(0);
	});

	test('a fact the manual does not quote says where it comes from', () => {
		for (const [name, f] of all) if (f.evidence === null) expect(f.note, name).toBeTruthy();
	});

	test('the three copyable URLs are distinct and end with a slash', () => {
		const urls = Object.values(facts.copyableUrls).map((f) => f.value);
		expect(new Set(urls).size).toBe(3);
		for (const url of urls) expect(url.endsWith('/')).toBe(true);
	});

	const addresses = all.filter(([, f]) => isAddress(f.value) && f.evidence !== null) as Array<[string, Fact<string>]>;

	test.each(addresses)('%s is printed whole in its own sections', (_name, f) => {
		expect(textOf(f).some((text) => printedWhole(text, f.value)), f.value).toBe(true);
	});

	test('no address changed by one character (dropped, added, or replaced) is printed whole in its sections', () => {
		expect(addresses.length).toBeGreaterThanOrEqual(10);
		const alphabet = [...new Set([...'abcdefghijklmnopqrstuvwxyz0123456789./:-_'])];
		for (const [name, f] of addresses) {
			const v = f.value;
			const texts = textOf(f);
			const variants = new Set<string>();
			for (let i = 0; i <= v.length; i++) {
				if (i < v.length) variants.add(v.slice(0, i) + v.slice(i + 1));
				for (const c of alphabet) {
					variants.add(v.slice(0, i) + c + v.slice(i));
					if (i < v.length) variants.add(v.slice(0, i) + c + v.slice(i + 1));
				}
			}
			variants.delete(v);
			// Another fact of the same sections may be that very address (the host of a URL, a typo the manual shows).
			const others = new Set(addresses.map(([, o]) => o.value));
			for (const changed of variants) {
				if (others.has(changed) || changed === '') continue;
				expect(texts.some((text) => printedWhole(text, changed)), `${name}: ${changed} is printed too`).toBe(false);
			}
		}
	});

	test('a URL changed by one character would no longer be found in the manual', () => {
		const changed = facts.certServiceHttps.value.replace('certsrv', 'certsvr');
		expect(manual).not.toContain(normalize(changed));
		const typo = facts.systemLogin.value.replace('kkgs', 'kgs');
		expect(manual).toContain(normalize(facts.systemLogin.value));
		expect(manual).not.toContain(normalize(typo));
	});
});
