import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineSources, policyFor, withPolicy } from '../../src/integrations/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script>theme()</script>
<script type="module" src="/_astro/a.js"></script><style>p{color:red}</style></head>
<body><ol style="--sl-steps-start: 2"><li style='a:&quot;b&quot;'>x</li></ol>
<script type="application/ld+json">{"a":1}</script></body></html>`;

describe('the build-time Content-Security-Policy', () => {
	test('hashes inline scripts, style elements and style attributes, not external scripts or JSON', () => {
		const sources = inlineSources(page);
		expect(sources.scripts).toEqual(['theme()']);
		expect(sources.styles).toEqual(['p{color:red}']);
		expect(sources.styleAttributes).toEqual(['--sl-steps-start: 2', 'a:"b"']);
	});

	test('allows exactly those hashes and never unsafe-inline', () => {
		const policy = policyFor(page);
		expect(policy).toContain(sha('theme()'));
		expect(policy).toContain(sha('p{color:red}'));
		expect(policy).toContain(sha('a:"b"'));
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toContain('unsafe-inline');
	});

	test('a page without style attributes forbids them', () => {
		expect(policyFor('<html><head></head><body></body></html>')).toContain("style-src-attr 'none'");
	});

	test('puts the policy before the first script, and replaces an older one', () => {
		const once = withPolicy(page);
		const twice = withPolicy(once);
		expect(twice.match(/content-security-policy/g)).toHaveLength(1);
		expect(twice.indexOf('content-security-policy')).toBeLessThan(twice.indexOf('<script'));
	});
});

describe('what the search needs, and only where there is one (issue 17)', () => {
	test('WebAssembly only on a page with the site search; no blob: worker anywhere', () => {
		const withSearch = '<html><head></head><body><site-search class="x"><button>検索</button></site-search></body></html>';
		const redirect = '<html><head><meta http-equiv="refresh" content="0;url=/1-1/"></head><body></body></html>';
		expect(policyFor(withSearch)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
		expect(policyFor(redirect)).not.toContain('wasm-unsafe-eval');
		expect(policyFor(withSearch)).toContain("worker-src 'self';");
		expect(policyFor(withSearch)).not.toContain('blob:');
	});
});
