import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A strict Content-Security-Policy for every built page, as a <meta> generated after the build.
 *
 * Why our own and not only Astro's `security.csp`: Starlight ships `<script is:inline>` blocks
 * (theme, search, sidebar state) and Starlight/React write `style=""` attributes that Astro's
 * hashes do not cover; hand-kept hashes break silently on upgrade. Hashing the final HTML covers
 * exactly what each page contains, with no `'unsafe-inline'` anywhere.
 */

/**
 * Directives that do not depend on the page. Pagefind 1.6 runs its search in a worker loaded
 * from the site (`/pagefind/pagefind-worker.js`), not from a blob: URL, so `worker-src 'self'`.
 */
export const STATIC_DIRECTIVES: ReadonlyArray<string> = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"manifest-src 'self'",
];

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/** The browser hashes the attribute's parsed value, so entities are decoded first. */
const decode = (value: string) => value.replace(/&(?:quot|#34|#39|apos|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e);

export interface PageSources {
	scripts: string[];
	styles: string[];
	styleAttributes: string[];
}

/** The inline scripts, inline style elements and style attributes of one HTML page. */
export function inlineSources(html: string): PageSources {
	const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/type="application\/(?:ld\+)?json"/i.test(m[0]))
		.map((m) => m[1] ?? '');
	const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
	const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '');
	const styleAttributes = [...withoutScripts.matchAll(/\sstyle="([^"]*)"/g), ...withoutScripts.matchAll(/\sstyle='([^']*)'/g)].map((m) =>
		decode(m[1] ?? ''),
	);
	return { scripts, styles, styleAttributes };
}

/**
 * Whether the page has the site search (Starlight's header search, on every page but the
 * short-link redirects): only such a page may compile WebAssembly (Pagefind).
 */
export const hasSearch = (html: string): boolean => /<site-search[\s>]/u.test(html);

export function policyFor(html: string): string {
	const { scripts, styles, styleAttributes } = inlineSources(html);
	const unique = (xs: string[]) => [...new Set(xs.map(hash))].join(' ');
	const wasm = hasSearch(html) ? " 'wasm-unsafe-eval'" : '';
	const directives = [
		...STATIC_DIRECTIVES,
		`script-src 'self'${wasm} ${unique(scripts)}`.trim(),
		`style-src 'self' ${unique(styles)}`.trim(),
		styleAttributes.length ? `style-src-attr 'unsafe-hashes' ${unique(styleAttributes)}` : "style-src-attr 'none'",
	];
	return directives.join('; ');
}

/** Puts the policy first in <head> (after the charset), before any script it governs. */
export function withPolicy(html: string): string {
	const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
	const meta = `<meta http-equiv="content-security-policy" content="${policyFor(cleaned)}">`;
	const charset = /<meta charset="utf-8"\s*\/?>/i;
	if (charset.test(cleaned)) return cleaned.replace(charset, (m) => `${m}${meta}`);
	return cleaned.replace(/<head(\s[^>]*)?>/i, (m) => `${m}${meta}`);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
		else if (entry.name.endsWith('.html')) out.push(full);
	}
	return out;
}

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'kanagawa:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				await Promise.all(files.map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))));
				logger.info(`Content-Security-Policy written into ${files.length} pages`);
			},
		},
	};
}
