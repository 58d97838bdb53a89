import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { test, expect } from './fixtures';
import { DIST, builtPages } from './site';

/**
 * No broken link on any built page. starlight-links-validator checks the Markdown links at build,
 * but not the links that components write (SectionLink, Reference, SectionList, the support
 * table) nor the step anchors (#step-2-9) that Steps.astro adds after Markdown is rendered. This
 * reads every page of the build and follows every link and anchor to its target page and id.
 */

interface Page {
	ids: Set<string>;
	links: string[];
	/** Where a short-link page forwards to (/3-9/ → /3-9-login-dialog-missing/). */
	redirect?: string;
}

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
	if (node.type === 'element') visit(node);
	if ('children' in node) for (const child of node.children) walk(child, visit);
}

const pages = new Map<string, Page>();
for (const { path, redirect } of builtPages()) {
	const tree = fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
	const page: Page = { ids: new Set(), links: [] };
	walk(tree, (el) => {
		if (typeof el.properties.id === 'string') page.ids.add(el.properties.id);
		if (el.tagName === 'a' && typeof el.properties.href === 'string') page.links.push(el.properties.href);
		if (redirect && el.tagName === 'link' && String(el.properties.rel) === 'canonical') page.redirect = String(el.properties.href);
	});
	pages.set(path, page);
}

/** What is wrong with one link of a page, or undefined when it leads somewhere real. */
function problem(from: string, href: string): string | undefined {
	if (/^(mailto|tel):/u.test(href)) return undefined;
	if (/^https?:\/\//u.test(href)) {
		const url = new URL(href);
		// A Markdown autolink can swallow the Japanese after 「https://」 (it did, once, in 2.2.4).
		if (!/^[a-z0-9.-]+\.[a-z]{2,}$/u.test(url.hostname) || /%E[0-9A-F]/iu.test(href)) return `not a real address: ${href}`;
		return undefined;
	}
	if (!href.startsWith('/') && !href.startsWith('#')) return `relative link: ${href}`;
	const [rawPath, rawHash] = href.split('#', 2) as [string, string | undefined];
	const path = rawPath === '' ? from : rawPath;
	let target = pages.get(path);
	if (!target) return existsSync(join(DIST, path)) && !rawHash ? undefined : `no such page: ${href}`;
	if (target.redirect) target = pages.get(target.redirect);
	if (!target) return `short link to nowhere: ${href}`;
	const hash = rawHash === undefined ? '' : decodeURIComponent(rawHash);
	if (hash && hash !== '_top' && !target.ids.has(hash)) return `no #${hash} on ${path}`;
	return undefined;
}

test.describe('links', () => {
	test('the build has the pages this test reads', () => {
		expect(pages.size).toBeGreaterThan(60);
	});

	for (const [path, page] of pages) {
		if (page.redirect) continue;
		test(`every link of ${path} leads to a page and anchor that exist`, () => {
			const broken = [...new Set(page.links)].map((href) => problem(path, href)).filter(Boolean);
			expect(broken).toEqual([]);
		});
	}
});
