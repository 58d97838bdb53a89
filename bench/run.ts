/**
 * npm run bench — the figures of issue 9, printed (not asserted):
 *   - build: build time (our site, and the bare Starlight baseline built from the same Starlight);
 *   - js: JavaScript per page kind before interaction, and after the simulation hydrates (raw and
 *     gzipped), beside the baseline page;
 *   - actions: the time a simulated action takes to render (event → rendered and laid out, and
 *     → next frame), median, p95 and max over a scripted run of the whole journey in 練習 mode;
 *   - renders: the work behind that figure, counted (independent of the machine's load): React
 *     components rendered and elements restyled and laid out per action, over the same journey
 *     (a Chromium trace; not in the default run, the tracing slows the journey);
 *   - search: the search's first-result time (typing → first result shown), cold and warm;
 *   - tools: the tools' answer to a 100,000-character paste (issue 17).
 * Results are also written to bench/out/results.json (the parts run).
 *
 *   npm run bench [-- --only actions,search] [-- --dist /tmp/dist] [-- --port 4470]
 * --only runs some parts (the site is built unless --dist names a built one; the baseline only
 * for build and js); --dist measures that build instead of building one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/servers.ts';
import { revealIsland } from '../tests/e2e/sim-support.ts';
import { measureActions, measureFloor } from './actions.ts';
import { countActionWork } from './render-counts.ts';
import { longInputCases, measureLongInput } from './long-input.ts';
import { weighBeforeInteraction, recordScripts, total, kb, type Weight } from './js-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(tmpdir(), `kanagawa-bench-${process.pid}`);
const BIN = join(ROOT, 'node_modules/.bin');
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}` };

const PARTS = ['build', 'js', 'actions', 'renders', 'search', 'tools'] as const;
type Part = (typeof PARTS)[number];
const { values: opts } = parseArgs({ options: { only: { type: 'string' }, dist: { type: 'string' }, port: { type: 'string', default: '4470' } } });
const only = opts.only?.split(',').map((p) => p.trim()) ?? PARTS.filter((p) => p !== 'renders');
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) throw new Error(`--only: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
const runs = (part: Part) => only.includes(part);
if (opts.dist && runs('build')) throw new Error('--dist measures a built site: leave build out of --only');
const port = Number(opts.port);

function timeBuild(args: string[], extraEnv: Record<string, string>): number {
	const start = performance.now();
	execFileSync(join(BIN, 'astro'), ['build', '--silent', ...args], { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
	return (performance.now() - start) / 1000;
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);

// 1. Builds (the baseline only where it is measured or compared with).
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const siteDist = opts.dist ? resolve(opts.dist) : join(OUT, 'site');
const baseDist = join(OUT, 'baseline');
const results: Record<string, unknown> = { date: new Date().toISOString(), loadavg: loadavg(), parts: only };
if (!opts.dist) {
	const siteBuild = timeBuild([], { DIST_DIR: siteDist, ASTRO_CACHE_DIR: join(OUT, 'site-cache') });
	results.build = { site: siteBuild };
	if (runs('build') || runs('js')) {
		const baseBuild = timeBuild(['--root', 'bench/baseline'], { BASELINE_DIST: baseDist, BASELINE_CACHE: join(OUT, 'baseline-cache') });
		results.build = { site: siteBuild, baseline: baseBuild };
		if (runs('build')) console.log(`\nbuild time: site ${siteBuild.toFixed(1)} s, bare Starlight baseline ${baseBuild.toFixed(1)} s (cold caches)`);
	}
}

mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
const site = await serve(siteDist, port);
const base = runs('js') ? await serve(baseDist, port + 1) : null;
const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function fresh(): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' });
	return context.newPage();
}

try {
	// 2. JavaScript per page kind.
	if (runs('js') && base) {
		const rows: Array<[string, Weight, Weight | null]> = [];
		const weigh = async (label: string, url: string, hydrate?: (page: Page) => Promise<void>) => {
			const page = await fresh();
			const read = recordScripts(page);
			const before = await weighBeforeInteraction(page, url);
			let after: Weight | null = null;
			if (hydrate) {
				await hydrate(page);
				await page.waitForLoadState('networkidle');
				after = total(await read());
			}
			rows.push([label, before, after]);
			await page.context().close();
		};
		await weigh('bare Starlight page (baseline)', `${base.url}/page/`);
		await weigh('chapter page (1.2 ブラウザの設定)', `${site.url}/1-2-browser-settings/`);
		await weigh('page with a simulation (2.2.1)', `${site.url}/2-2-1-ie-mode/`, async (page) => {
			await revealIsland(page.locator('.sim-island'));
			await page.locator('.sim-island[data-ready]').waitFor();
		});
		await weigh('tool page (URL チェッカー)', `${site.url}/tools/url/`, async (page) => {
			await page.mouse.wheel(0, 4000);
			await page.waitForTimeout(500);
		});
		await weigh('practice hub (/practice/)', `${site.url}/practice/`, async (page) => {
			await page.mouse.wheel(0, 4000);
			await page.waitForTimeout(500);
		});
		const baseline = rows[0]![1];
		console.log('\nJavaScript loaded (gzip -9 of each script; raw in brackets)');
		console.log('page kind'.padEnd(38), 'before interaction'.padEnd(26), 'after hydration'.padEnd(26), 'vs baseline (before / after)');
		for (const [label, before, after] of rows) {
			const fmt = (w: Weight | null) => (w ? `${kb(w.gzip)} (${kb(w.bytes)})` : '—');
			const delta = (w: Weight | null) => (w ? `${w.gzip >= baseline.gzip ? '+' : ''}${kb(w.gzip - baseline.gzip)}` : '—');
			console.log(label.padEnd(38), fmt(before).padEnd(26), fmt(after).padEnd(26), `${delta(before)} / ${delta(after)}`);
		}
		results.js = rows.map(([label, b, a]) => ({ label, before: { bytes: b.bytes, gzip: b.gzip }, after: a && { bytes: a.bytes, gzip: a.gzip } }));
	}

	// 3. Action render time over the whole journey in 練習 mode.
	if (runs('actions')) {
		const page = await fresh();
		const { work, parts, frames, late, done, total: steps, stopped } = await measureActions(page, site.url);
		if (stopped) console.log(`\n(the journey stopped at ${stopped})`);
		console.log(
			`\nsimulated action → rendered and laid out (journey, ${done} of ${steps} steps, ${work.length} events): median ${ms(quantile(work, 0.5))}, p95 ${ms(quantile(work, 0.95))}, max ${ms(Math.max(...work))} (issue 14's budget: median ≤ 16 ms)` +
				`\n  its parts (medians): the event heard ${ms(quantile(parts.wait, 0.5))}, script (handlers, React's render, commit and effects) ${ms(quantile(parts.script, 0.5))}, layout ${ms(quantile(parts.layout, 0.5))}` +
				(late ? `\n  (${late} events had their propagation stopped by a handler: timed to the next task, after the next frame)` : '') +
				`\nsimulated action → next frame painted (with the wait for the display's frame): median ${ms(quantile(frames, 0.5))}, p95 ${ms(quantile(frames, 0.95))}, max ${ms(Math.max(...frames))}`,
		);
		// What the browser and the machine cost by themselves, measured the same way.
		const floor = await measureFloor(page);
		console.log(
			`for comparison, a button on an empty page changing its own text (${floor.work.length} clicks): rendered and laid out, median ${ms(quantile(floor.work, 0.5))} (the event heard ${ms(quantile(floor.parts.wait, 0.5))}); next frame painted, median ${ms(quantile(floor.frames, 0.5))}`,
		);
		results.actionWorkMs = work;
		results.actionPartsMs = parts;
		results.actionFrameMs = frames;
		results.actionLate = late;
		results.floor = { workMs: floor.work, frameMs: floor.frames };
		await page.context().close();
	}

	// 3b. The same journey's work, counted.
	if (runs('renders')) {
		const page = await fresh();
		// (The trace is kept for a look in Chromium's performance panel.)
		const c = await countActionWork(browser, page, site.url, join(ROOT, 'bench/out/trace.json'));
		const per = (n: number) => (n / c.events).toFixed(1);
		console.log(
			`\nper simulated action (journey, ${c.events} events, counted): ${per(c.components)} React components rendered, ${per(c.commits)} React commits (in the actions' work), ${per(c.restyled)} elements restyled, ${per(c.relaidOut)} layout objects laid out again, ${per(c.paints)} paints (up to the next frame)` +
				`\n  time per action under tracing (load-dependent, proportions only): script ${per(c.ms.script)} ms, style ${per(c.ms.style)} ms, layout ${per(c.ms.layout)} ms, paint ${per(c.ms.paint)} ms` +
				`\n  components rendering most (by the class of what they draw, renders per action): ${c.top.map(([k, n]) => `${k} ${per(n)}`).join('; ')}`,
		);
		results.renders = c;
		await page.context().close();
	}

	// 4. Search: typing → first result shown.
	if (runs('search')) {
		const searchPage = await fresh();
		await searchPage.goto(`${site.url}/`);
		await searchPage.waitForLoadState('networkidle');
		const times: number[] = [];
		for (const query of ['パスワードがロックされています', 'ＡＡ０４１', 'NaRAClientControl', '証明書サービスでパスワードを入力する画面が出てこない', 'Not Found', '仮クライアント証明書']) {
			await searchPage.getByRole('button', { name: '検索' }).first().click();
			const box = searchPage.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' });
			await box.fill('');
			const elapsed = await searchPage.evaluate(
				(q) =>
					new Promise<number>((resolveTime) => {
						const input = document.querySelector<HTMLInputElement>('site-search input')!;
						const start = performance.now();
						// (No named local functions here: tsx would wrap them in a helper the page lacks.)
						const observer = new MutationObserver(() => {
							if (document.querySelector('.pagefind-ui__result-link')) {
								observer.disconnect();
								resolveTime(performance.now() - start);
							}
						});
						observer.observe(document.querySelector('site-search')!, { childList: true, subtree: true });
						input.value = q;
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}),
				query,
			);
			times.push(elapsed);
			await searchPage.keyboard.press('Escape');
		}
		console.log(`\nsearch, typing → first result (includes Pagefind UI's 300 ms debounce): first (cold) ${ms(times[0]!)}, then median ${ms(quantile(times.slice(1), 0.5))}`);
		results.searchMs = times;
		await searchPage.context().close();
	}

	// 5. Tools with a 100,000-character input (issue 17: the answer within 100 ms).
	if (runs('tools')) {
		const toolPage = await fresh();
		const longInput: Record<string, { paste: number[]; check: number[] }> = {};
		console.log('\ntools, 100,000 characters pasted → answer laid out (median of 5, worst in brackets; issue 17: ≤ 100 ms)');
		for (const c of longInputCases) {
			const t = await measureLongInput(toolPage, site.url, c);
			longInput[c.label] = t;
			const fig = (xs: number[]) => `${ms(quantile(xs, 0.5))} (${ms(Math.max(...xs))})`;
			console.log(`  ${c.label.padEnd(40)} paste ${fig(t.paste)}${t.check.length ? `, [確かめる] ${fig(t.check)}` : ''}`);
		}
		results.longInputMs = longInput;
		await toolPage.context().close();
	}

	writeFileSync(join(ROOT, 'bench/out/results.json'), JSON.stringify(results, null, 2));
	console.log('\n(bench/out/results.json written)');
} finally {
	await browser.close();
	site.stop();
	base?.stop();
	rmSync(OUT, { recursive: true, force: true });
}
