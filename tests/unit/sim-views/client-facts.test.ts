import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { stripFactsForClient } from '../../../src/integrations/client-facts';

/** Evaluates a transformed facts module (TypeScript stripped) with a given `fact`. */
function evaluate(code: string, fact: unknown): Record<string, unknown> {
	const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
	const exports: Record<string, unknown> = {};
	new Function('exports', 'require', js)(exports, () => ({ fact }));
	return exports;
}

describe('browser bundles carry a fact\'s value only', () => {
	test('the sections and the evidence of every fact are left out, the values kept', () => {
		const id = '/work/src/facts/periods.ts';
		const source = readFileSync(new URL('../../../src/facts/periods.ts', import.meta.url), 'utf8');
		const out = stripFactsForClient(source, id)!;
		expect(out).not.toContain('evidence:');
		expect(out).not.toContain("'3.5'");
		const calls: unknown[][] = [];
		const facts = evaluate(out, (...args: unknown[]) => (calls.push(args), { value: args[0] }));
		expect(calls.every((args) => args.length === 1)).toBe(true);
		expect((facts.lockoutMinutes as { value: number }).value).toBe(30);
		expect((facts.claimPeriod as { value: unknown }).value).toEqual({ firstDay: 1, lastDay: 10 });
	});
	test('`fact` itself no longer checks evidence (the build and the tests do): a number needs none', () => {
		const source = readFileSync(new URL('../../../src/facts/fact.ts', import.meta.url), 'utf8');
		const out = stripFactsForClient(source, '/x/src/facts/fact.ts')!;
		const { fact } = evaluate(out, undefined) as { fact: (v: unknown) => unknown };
		expect(fact(180)).toEqual({ value: 180, sections: [], evidence: null });
	});
	test('other files are left alone', () => {
		expect(stripFactsForClient("fact('a', ['1.1'])", '/x/src/tools/url-check.ts')).toBeNull();
	});
});
