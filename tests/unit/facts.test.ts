import { describe, expect, test } from 'vitest';
import * as facts from '../../src/facts';
import type { Fact } from '../../src/facts';
import { normalize, readManual } from './manual-text';

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

	test('a URL changed by one character would no longer be found in the manual', () => {
		const changed = facts.certServiceHttps.value.replace('certsrv', 'certsvr');
		expect(manual).not.toContain(normalize(changed));
		const typo = facts.systemLogin.value.replace('kkgs', 'kgs');
		expect(manual).toContain(normalize(facts.systemLogin.value));
		expect(manual).not.toContain(normalize(typo));
	});
});
