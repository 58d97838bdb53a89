import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

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

const noProblems = (): PageProblems => ({ consoleErrors: [], pageErrors: [], offOrigin: [], cspViolations: [] });

/** Watches `page`, writing what goes wrong into `problems()` (the current test's list). */
async function watch(page: Page, origin: string, problems: () => PageProblems): Promise<void> {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems().consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
	});
	page.on('pageerror', (error) => problems().pageErrors.push(error.message));
	await page.exposeFunction('__reportCsp', (text: string) => problems().cspViolations.push(text));
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
		problems().offOrigin.push(url);
	});
}

function expectNone(problems: PageProblems): void {
	expect.soft(problems.pageErrors, 'uncaught page errors').toEqual([]);
	expect.soft(problems.offOrigin, 'requests that left the origin').toEqual([]);
	expect.soft(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
	expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
}

interface WorkerPage {
	page: Page;
	problems: PageProblems;
}

export const test = base.extend<{ problems: PageProblems; visitingPage: Page }, { workerPage: WorkerPage }>({
	problems: async ({}, use) => {
		await use(noProblems());
	},
	// Every test that opens a page is watched; tests that only read the build pay nothing.
	page: async ({ page, baseURL, problems }, use) => {
		await watch(page, new URL(baseURL!).origin, () => problems);
		await use(page);
		expectNone(problems);
	},
	/**
	 * One page per worker, in a context made as the `page` fixture's is (the project's base URL,
	 * locale and time zone), for tests that only load a page and look at it: a new context and
	 * page per test (a renderer process started, a trace written) cost more than the look. Each
	 * test gets its own problems list and starts from empty storage, as in a fresh context.
	 */
	workerPage: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, locale, timezoneId } = workerInfo.project.use;
			const context = await browser.newContext({ baseURL, locale, timezoneId });
			const shared: WorkerPage = { page: await context.newPage(), problems: noProblems() };
			await watch(shared.page, new URL(baseURL!).origin, () => shared.problems);
			await use(shared);
			await context.close();
		},
		{ scope: 'worker' },
	],
	visitingPage: async ({ workerPage }, use) => {
		workerPage.problems = noProblems();
		await use(workerPage.page);
		expectNone(workerPage.problems);
		await workerPage.page.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		}).catch(() => undefined);
	},
});

export { expect };

/**
 * axe's default rule set (its rules on by default: WCAG 2.x A and AA, best practices), violations
 * only (axe skips building the unused passes and incomplete lists, some 15 % faster). It is the set
 * the suite has always run: the earlier `new AxeBuilder().withTags([...WCAG 2.2 AA tags]).options(...)`
 * lost its tags, as AxeBuilder's options() replaces them. Run by those tags, axe adds the rules it
 * leaves off by default, and target-size fails on the simulation's small links (a decision for the
 * site, not for a change that only makes the suite faster).
 */
const AXE_OPTIONS = { resultTypes: ['violations'] };

/**
 * axe-core's source, the one @axe-core/playwright ships with (its own dependency, so the two never
 * differ in version).
 */
const axeSource: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;

/** What axe looks at: a selector, or a part of the page without some of it (axe's own context object). */
type AxeContext = string | { include: string[]; exclude: string[] };

type AxeRun = (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;

/**
 * Runs axe on the page (or part of it) and returns the violations, summarised for a readable failure.
 * axe is put into a document once and run there in one round trip: AxeBuilder.analyze() sends
 * axe's 500 KB again on every call and finishes each run in a new tab, which made axe the largest
 * cost of the e2e suite. The site has no frames, so axe.run in the page checks what AxeBuilder did.
 */
export async function axeViolations(page: Page, include?: AxeContext): Promise<string[]> {
	const run = (args: { include?: AxeContext; options: typeof AXE_OPTIONS }) => {
		const axe = (window as unknown as { axe?: { run: AxeRun } }).axe;
		if (!axe) return null;
		return axe.run(args.include ?? document, args.options).then(({ violations }) =>
			violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`),
		);
	};
	const args = { include, options: AXE_OPTIONS };
	const found = await page.evaluate(run, args);
	if (found) return found;
	await loadAxe(page);
	const after = await page.evaluate(run, args);
	if (!after) throw new Error('axe-core did not load into the page');
	return after;
}

/** Puts axe into the page's document (to be run later by `axeViolations`), while the page does something else. */
export async function loadAxe(page: Page): Promise<void> {
	await page.evaluate(axeSource);
}
