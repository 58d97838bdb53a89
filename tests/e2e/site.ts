import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { join, relative, resolve, sep } from 'node:path';

/** The build under test: dist/, or $DIST_DIR when a build was written elsewhere. */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');

/** A page of the built site: its path and whether it is a short-link redirect. */
export interface BuiltPage {
	path: string;
	redirect: boolean;
}

function walk(dir: string, out: string[]): void {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (name === '_astro' || name === 'pagefind') continue;
			walk(full, out);
		} else if (name === 'index.html') {
			out.push(full);
		}
	}
}

/** Every page of the build output, read from dist/ (not a hand-kept list). */
export function builtPages(): BuiltPage[] {
	const files: string[] = [];
	walk(DIST, files);
	return files
		.map((file) => {
			const dir = relative(DIST, file).split(sep).slice(0, -1).join('/');
			const html = readFileSync(file, 'utf8');
			return { path: dir ? `/${dir}/` : '/', redirect: /http-equiv="refresh"/i.test(html) };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The pages people read (short-link redirects left out: they only forward). */
export function contentPages(): string[] {
	return builtPages()
		.filter((p) => !p.redirect)
		.map((p) => p.path);
}

/** A built page's HTML as a tree (for tests that read the build and need no browser). */
export function builtTree(path: string): Root {
	return fromHtml(readFileSync(join(DIST, ...path.split('/').filter(Boolean), 'index.html'), 'utf8'));
}
