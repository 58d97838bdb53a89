import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
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

/** Whether a built page has step pictures (issue 15's `figure.pic`). */
export function hasStepPictures(path: string): boolean {
	return readFileSync(join(DIST, ...path.split('/').filter(Boolean), 'index.html'), 'utf8').includes('<figure class="pic"');
}

/** A built page's HTML as a tree (for tests that read the build and need no browser). */
export function builtTree(path: string): Root {
	return fromHtml(readFileSync(join(DIST, ...path.split('/').filter(Boolean), 'index.html'), 'utf8'));
}

/**
 * One page of each kind among `paths`: pages that load the same scripts, islands and stylesheets
 * run the same code under the same rules, so a browser check of what that code does (it logs no
 * error with storage blocked, it hides its controls without JavaScript, what it weighs) needs one
 * page of each kind; what differs from page to page (the text) is read from the build for all.
 */
export function onePageOfEachKind(paths: readonly string[]): string[] {
	const kinds = new Map<string, string>();
	for (const path of paths) {
		const tree = builtTree(path);
		const parts = [
			...selectAll('script[src]', tree).map((el) => `script ${String(el.properties.src)}`),
			...selectAll('link[rel~=stylesheet]', tree).map((el) => `style ${String(el.properties.href)}`),
			...selectAll('astro-island', tree).map((el) => `island ${String(el.properties['component-url'])} (${String(el.properties.client)})`),
		];
		const kind = [...new Set(parts)].sort().join('\n');
		if (!kinds.has(kind)) kinds.set(kind, path);
	}
	return [...kinds.values()];
}
