import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Browser bundles keep a fact's value only. A fact's sections and the manual's words that prove
 * it (`evidence`) serve the build, the pages and the tests (tests/unit/facts.test.ts); a browser
 * island (the simulations above all: issue 9's budget of 110 KB gzipped) only reads `.value`.
 * So, for the client environment only, `fact(value, sections, options)` in src/facts/ becomes
 * `fact(value)` and `fact` returns `{ value, sections: [], evidence: null }`. Server rendering,
 * tests and the CLI see the facts whole.
 */

const FACTS = /\/src\/facts\/[^/]+\.ts$/u;

/** Byte ranges to cut from `fact(…)` calls: everything after the first argument. */
function extraArguments(source: ts.SourceFile): Array<[number, number]> {
	const cuts: Array<[number, number]> = [];
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'fact' && node.arguments.length > 1) {
			cuts.push([node.arguments[0]!.end, node.arguments.at(-1)!.end]);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return cuts;
}

/** The body of `function fact` (the checks it makes are the build's and the tests'). */
function factBody(source: ts.SourceFile): [number, number] | null {
	for (const statement of source.statements) {
		if (ts.isFunctionDeclaration(statement) && statement.name?.text === 'fact' && statement.body) return [statement.body.getStart(source), statement.body.end];
	}
	return null;
}

function splice(code: string, cuts: ReadonlyArray<readonly [number, number, string?]>): string {
	let out = code;
	for (const [start, end, insert = ''] of [...cuts].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + insert + out.slice(end);
	return out;
}

export function stripFactsForClient(code: string, id: string): string | null {
	if (!FACTS.test(id.split('?')[0]!)) return null;
	const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const cuts: Array<[number, number, string?]> = extraArguments(source);
	if (id.split('?')[0]!.endsWith('/fact.ts')) {
		const body = factBody(source);
		if (body) cuts.push([body[0], body[1], '{ return { value, sections: [], evidence: null } as Fact<T>; }']);
	}
	return cuts.length ? splice(code, cuts) : null;
}

export function clientFacts(): Plugin {
	return {
		name: 'kanagawa:client-facts',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		transform(code, id) {
			const out = stripFactsForClient(code, id);
			return out === null ? null : { code: out, map: null };
		},
	};
}
