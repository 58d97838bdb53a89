import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The quality gates every end-to-end test inherits: a test fails on any console error, any
 * uncaught page error, any Content-Security-Policy violation, and any request that tries to
 * leave the site's origin. (Requests are watched, not intercepted: interception would slow every
 * request of every test, and the strict CSP already stops the browser from sending them.)
 */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	offOrigin: string[];
	cspViolations: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
	problems: async ({}, use) => {
		await use({ consoleErrors: [], pageErrors: [], offOrigin: [], cspViolations: [] });
	},
	// Every test that opens a page is watched; tests that only read the build pay nothing.
	page: async ({ page, baseURL, problems }, use) => {
		const origin = new URL(baseURL!).origin;
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
		});
		page.on('pageerror', (error) => problems.pageErrors.push(error.message));
		await page.exposeFunction('__reportCsp', (text: string) => problems.cspViolations.push(text));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
					`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
				);
			});
		});
		page.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return;
			problems.offOrigin.push(url);
		});
		await use(page);
		expect.soft(problems.pageErrors, 'uncaught page errors').toEqual([]);
		expect.soft(problems.offOrigin, 'requests that left the origin').toEqual([]);
		expect.soft(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
	},
});

export { expect };

/** The WCAG 2.2 AA rule set the site is held to (as Starlight's own a11y tests use). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page (or part of it) and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	// Violations only: axe skips building the (unused) passes and incomplete lists, some 15 % faster.
	let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
	);
}
