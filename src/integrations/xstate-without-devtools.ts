import type { Plugin } from 'vite';

/**
 * XState's adapter for its browser devtools (the Stately inspector's extension), in the browser
 * build only: `createActor` calls it only when given `devTools: true`, which no actor of ours is.
 * Left out, the simulation's JavaScript is some 0.15 KB gzipped lighter (issue 14's 120 KB for
 * every lesson, which 3.1 reaches); the same exports, doing nothing.
 */
const STUB = '\0kanagawa:xstate-dev';

export function xstateWithoutDevtools(): Plugin {
	return {
		name: 'kanagawa:xstate-without-devtools',
		enforce: 'pre',
		resolveId(source, importer) {
			if (this.environment.name === 'client' && /^\.\/xstate-dev(?:\.development)?\.esm\.js$/u.test(source) && importer && /[\\/]node_modules[\\/]xstate[\\/]dist[\\/]/u.test(importer)) return STUB;
			return null;
		},
		load(id) {
			if (id !== STUB) return null;
			return 'export const devToolsAdapter = () => {};\nexport const registerService = () => {};\nexport const getGlobal = () => globalThis;\n';
		},
	};
}
