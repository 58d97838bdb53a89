import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { AstroIntegration } from 'astro';
import { RELAXED_BUNDLE_PATH } from '../search/bundle-path';

/**
 * Ships /pagefind-relaxed/pagefind.js: Pagefind's own module, re-exported with a `search` that
 * falls back to a word-by-word search when the exact one finds nothing (src/search/relaxed-search.ts).
 * The search box loads Pagefind from there (src/search/pagefind-ui.ts sets its bundlePath);
 * Pagefind itself still finds its index in /pagefind/ from its own URL.
 */

const WRAPPER = `import * as pagefind from '/pagefind/pagefind.js';
import { relaxedSearch } from './relaxed-search.js';
export * from '/pagefind/pagefind.js';
export const search = (term, options) => relaxedSearch(pagefind, term, options);
`;

export default function relaxedSearchBundle(): AstroIntegration {
	return {
		name: 'kanagawa:relaxed-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const source = await readFile(new URL('../search/relaxed-search.ts', import.meta.url), 'utf8');
				const { outputText } = ts.transpileModule(source, {
					compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
				});
				const out = join(fileURLToPath(dir), RELAXED_BUNDLE_PATH);
				await mkdir(out, { recursive: true });
				await writeFile(join(out, 'relaxed-search.js'), outputText);
				await writeFile(join(out, 'pagefind.js'), WRAPPER);
				logger.info(`relaxed search written to ${RELAXED_BUNDLE_PATH}`);
			},
		},
	};
}
