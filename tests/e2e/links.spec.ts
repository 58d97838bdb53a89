import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages, DIST } from './site';

/**
 * Every internal link of the built site leads somewhere, and every #anchor exists on its page.
 * The links validator checks Markdown links at build; this also covers the links that
 * components write (section cross-references, short links, tool links).
 */

function fileFor(path: string): string | null {
	const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
	const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
	return candidates.find((c) => existsSync(c)) ?? null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (!found) {
		const html = readFileSync(file, 'utf8');
		found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		ids.set(file, found);
	}
	return found;
}

test('every internal link and anchor of the built site resolves', () => {
	const broken: string[] = [];
	for (const { path, redirect } of builtPages()) {
		const file = join(DIST, path, 'index.html');
		const html = readFileSync(file, 'utf8');
		for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const link = raw!.replaceAll('&amp;', '&');
			if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue; // other schemes and hosts: not ours to check
			const [target, hash] = link.startsWith('#') ? [path, link.slice(1)] : [link, link.split('#')[1]];
			if (!target.startsWith('/')) {
				broken.push(`${path}: relative link ${link}`);
				continue;
			}
			const targetFile = fileFor(target);
			if (!targetFile) {
				broken.push(`${path}: ${link} (no such page)`);
				continue;
			}
			// Short-link pages forward the hash to the section page, so the anchor is checked there.
			if (hash && !redirect && targetFile.endsWith('.html') && !/http-equiv="refresh"/.test(readFileSync(targetFile, 'utf8'))) {
				if (!idsOf(targetFile).has(decodeURIComponent(hash))) broken.push(`${path}: ${link} (no #${hash} there)`);
			}
		}
	}
	expect(broken).toEqual([]);
});
