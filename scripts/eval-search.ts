/**
 * Runs every query of ../shared/eval/search-queries.tsv through the site's real Pagefind index in
 * Chromium and prints the top 3 results of each, whether an expected section is at rank 1 and
 * in the top 3, and the totals. Builds the site first unless dist/ is newer than the sources.
 *
 *   npm run eval:search [-- --queries path.tsv] [--no-build]
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { sections } from '../src/sections.ts';
import { pagefindRanking } from '../src/search/pagefind-options.ts';
import { normalizeQuery } from '../src/search/query.ts';

const { values } = parseArgs({
	options: {
		queries: { type: 'string', default: resolve(import.meta.dirname, '../../shared/eval/search-queries.tsv') },
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4390' },
		// For tuning: try other ranking parameters (JSON) against the same index.
		ranking: { type: 'string' },
		quiet: { type: 'boolean', default: false },
	},
});

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));

function newest(dir: string): number {
	let t = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		const s = statSync(full);
		t = Math.max(t, s.isDirectory() ? newest(full) : s.mtimeMs);
	}
	return t;
}

const built = existsSync(join(dist, 'pagefind', 'pagefind.js'));
const stale = !built || newest(join(root, 'src')) > statSync(join(dist, 'index.html')).mtimeMs;
if (!values['no-build'] && stale) {
	console.log('== building the site (dist/ is missing or older than src/)');
	execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** 'contact' and 'glossary' name pages; anything else is a section number. */
function sectionOf(url: string): string {
	const path = new URL(url, 'http://x').pathname;
	const slug = path.replace(/^\/|\/$/g, '');
	const section = sections.find((s) => s.slug === slug);
	return section ? section.number : slug || 'home';
}

interface Row {
	query: string;
	expected: string[];
}
const rows: Row[] = readFileSync(values.queries, 'utf8')
	.split('\n')
	.filter((line) => line.trim() && !line.startsWith('#'))
	.map((line) => {
		const [query = '', expected = ''] = line.split('\t');
		return { query: query.trim(), expected: expected.trim().split(/\s+/) };
	});

const server = spawn(process.execPath, [join(root, 'scripts/serve.ts'), '--port', values.port, '--dir', dist], { stdio: 'ignore' });
const base = `http://127.0.0.1:${values.port}/`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
	const page = await browser.newPage();
	await page.goto(base);
	const results: Array<{ query: string; expected: string[]; top: Array<{ section: string; title: string }> }> = await page.evaluate(
		async ({ rows, ranking }) => {
			// The module the search box loads: Pagefind with the word-by-word fallback.
			const pagefind = await import('/pagefind-relaxed/pagefind.js' as string);
			await pagefind.options({ ranking });
			await pagefind.init();
			const out = [];
			for (const row of rows) {
				const search = await pagefind.search(row.term);
				const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string; meta: { title: string } }> }) => r.data()));
				out.push({ ...row, top: top.map((d: { url: string; meta: { title: string } }) => ({ section: d.url, title: d.meta.title })) });
			}
			return out;
		},
		// The same normalisation as the search box (src/search/pagefind-ui.ts).
		{ rows: rows.map((r) => ({ ...r, term: normalizeQuery(r.query) })), ranking: values.ranking ? JSON.parse(values.ranking) : pagefindRanking },
	);

	let first = 0;
	let top3 = 0;
	for (const r of results) {
		const got = r.top.map((t) => ({ ...t, section: sectionOf(t.section) }));
		const atFirst = got[0] !== undefined && r.expected.includes(got[0].section);
		const inTop3 = got.some((g) => r.expected.includes(g.section));
		first += atFirst ? 1 : 0;
		top3 += inTop3 ? 1 : 0;
		const mark = atFirst ? '1 ' : inTop3 ? ' 3' : '--';
		if (values.quiet) continue;
		console.log(`[${mark}] ${r.query}  (expected ${r.expected.join(' / ')})`);
		if (!values.quiet) got.forEach((g, i) => console.log(`       ${i + 1}. ${g.section.padEnd(8)} ${g.title}`));
		if (!values.quiet && got.length === 0) console.log('       (no result)');
	}
	const pct = (n: number) => `${((100 * n) / results.length).toFixed(1)} %`;
	console.log('');
	console.log(`queries: ${results.length}`);
	console.log(`expected section at rank 1: ${first} (${pct(first)})`);
	console.log(`expected section in top 3:  ${top3} (${pct(top3)})`);
} finally {
	await browser.close();
	server.kill();
}
