import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { builtPages, DIST } from './site';

/** Issue 9: a strict Content-Security-Policy on every page, enforced in the browser. */

test('every built page carries a CSP without unsafe-inline, limited to its own origin', () => {
	for (const { path } of builtPages()) {
		const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
		const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/i)?.[1];
		expect(csp, `${path} has no CSP`).toBeTruthy();
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toMatch(/https?:\/\//);
		// The policy must come before the first script, or it would not govern it.
		expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
	}
});

test('an injected inline script is blocked and reported', async ({ page, problems }) => {
	await page.goto('/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
	await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
	// The violation was the point of this test: the fixture must not fail it.
	problems.cspViolations.length = 0;
	problems.consoleErrors.length = 0;
});

test('the host headers of public/_headers are served', async ({ request }) => {
	const response = await request.get('/');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('a request to another origin is refused by the CSP and reported', async ({ page, problems }) => {
	await page.goto('/');
	const outcome = await page.evaluate(() =>
		fetch('https://example.com/collect').then(
			() => 'sent',
			() => 'refused',
		),
	);
	expect(outcome).toBe('refused');
	await expect.poll(() => problems.cspViolations.some((v) => v.includes('connect-src'))).toBe(true);
	problems.cspViolations.length = 0;
	problems.consoleErrors.length = 0;
});
