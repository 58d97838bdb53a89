/**
 * The request handler of `npm start` and the tests: the built site served as a static host
 * (Netlify, Cloudflare Pages) serves it. Files come from `sirv` (the static server of Vite's
 * preview: it lists dist/ once at start and serves only files on that list, so no request can
 * reach outside it); around it only what a static host adds:
 *
 * - the `_headers` rules (CSP `frame-ancestors`, nosniff …) on every response, a redirect, a
 *   405 and a 404 included (a header a `<meta>` cannot carry must not depend on the path);
 * - GET and HEAD only (405 with `Allow` otherwise);
 * - `/1-1` → `/1-1/` (the site's links end in 「/」: `trailingSlash: 'always'`), the target
 *   built from the folder found, never from the request's own text (no open redirect);
 * - `404.html` with status 404 for anything else.
 *
 * Plain Node with type stripping (no build step): `node scripts/serve.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
	readonly pattern: RegExp;
	readonly headers: ReadonlyArray<readonly [string, string]>;
}

/**
 * Netlify/Cloudflare-style `_headers`: a path pattern line (`*` matches anything, 「/」 included),
 * then indented `Name: value` lines. Patterns are matched against the path as requested, so a
 * path with an encoded line break (`%0A`) gets the headers as any other.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of text.split(/\r?\n/u)) {
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('#')) continue;
		if (!/^\s/u.test(line)) {
			const glob = trimmed.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '[\\s\\S]*');
			rules.push({ pattern: new RegExp(`^${glob}$`, 'u'), headers: [] });
		} else {
			const at = trimmed.indexOf(':');
			if (at > 0) rules.at(-1)?.headers.push([trimmed.slice(0, at).trim(), trimmed.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** Pagefind's index files have no registered type; the browser fetches them as bytes. */
const EXTRA_TYPES: Readonly<Record<string, string>> = {
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

const ALLOWED = 'GET, HEAD';

/** The request's path, decoded as a static host reads it (「%2F」 stays a character of a name), or null when it cannot be. */
function decodedPath(pathname: string): string | null {
	try {
		return decodeURI(pathname);
	} catch {
		return null;
	}
}

/** The folder under `root` that a path without its final 「/」 names, when it has an index.html; null otherwise. */
function folderWithIndex(root: string, path: string): string | null {
	if (path.endsWith('/') || path.includes('\0')) return null;
	const folder = resolve(root, `.${path}`);
	const inside = relative(root, folder);
	if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
	try {
		if (!statSync(folder).isDirectory() || !existsSync(join(folder, 'index.html'))) return null;
	} catch {
		return null;
	}
	return inside;
}

export function createStaticHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
	const root = resolve(dir);
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const notFoundFile = join(root, '404.html');
	const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;

	const notFound = (_req: IncomingMessage, res: ServerResponse) => {
		res.statusCode = 404;
		if (notFoundPage) {
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.setHeader('Content-Length', notFoundPage.length);
			res.end(notFoundPage);
		} else {
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not Found');
		}
	};
	const files = sirv(root, {
		dev: false,
		etag: true,
		// The site's own Cache-Control comes from _headers (immutable /_astro/ files); the rest revalidates.
		setHeaders(res, pathname) {
			const type = EXTRA_TYPES[pathname.slice(pathname.lastIndexOf('.'))];
			if (type) res.setHeader('Content-Type', type);
		},
		onNoMatch: notFound,
	});

	return (req, res) => {
		let pathname = '/';
		let search = '';
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			pathname = url.pathname;
			search = url.search;
		} catch {
			// An unparsable request target: served as a path that is not there.
			pathname = '/\u0000';
		}
		for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);

		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.statusCode = 405;
			res.setHeader('Allow', ALLOWED);
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Method Not Allowed');
			return;
		}
		const path = decodedPath(pathname);
		if (path === null) return notFound(req, res);
		const folder = folderWithIndex(root, path);
		if (folder !== null) {
			// Built from the folder found on disk, encoded: always a path of this site, always valid in a header.
			const target = `/${folder.split(sep).map(encodeURIComponent).join('/')}/${search}`;
			res.statusCode = 301;
			res.setHeader('Location', target);
			res.end();
			return;
		}
		files(req, res);
	};
}
