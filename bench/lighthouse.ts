/**
 * Issue 15's Lighthouse budget, measured (not asserted): performance with Lighthouse's mobile preset
 * (its default: a mid-range phone, simulated slow 4G and 4× CPU) on the largest section page (by
 * gzipped HTML), or the pages named. Runs Lighthouse 12 through npx (not a dependency: about
 * 80 MB that nothing else needs) against the built site served the way a host serves it, with
 * gzip (the plain test server sends files as they are, and Lighthouse would time an
 * uncompressed page). Several runs, the median reported, with the audits that cost points.
 *
 *   DIST_DIR=dist CHROME_PATH=/usr/bin/chromium npx tsx bench/lighthouse.ts [--runs 3] [--keep dir] [slug …]
 *
 * `--keep` copies each run's full Lighthouse report (JSON) into that folder, to read its long tasks.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '4391' }, keep: { type: 'string' } }, allowPositionals: true });
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const runs = Number(values.runs);

/** Every page of the site with its gzipped size, largest first. */
function pagesBySize(): { slug: string; gzip: number }[] {
	return readdirSync(DIST)
		.filter((d) => /^\d-/u.test(d) && statSync(join(DIST, d)).isDirectory())
		.map((slug) => ({ slug, gzip: gzipSync(readFileSync(join(DIST, slug, 'index.html'))).length }))
		.sort((a, b) => b.gzip - a.gzip);
}

/** A copy of the site with a .gz beside each text file, served by sirv as a host would. */
function compressedCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
	cpSync(DIST, dir, { recursive: true });
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(html|css|js|mjs|json|svg|txt|xml)$/u.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
		}
	};
	walk(dir);
	return dir;
}

interface Audit {
	readonly id: string;
	readonly title: string;
	readonly score: number | null;
	readonly displayValue?: string;
	readonly numericValue?: number;
}
interface Report {
	readonly categories: { performance: { score: number; auditRefs: { id: string; weight: number }[] } };
	readonly audits: Record<string, Audit>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const slugs = positionals.length ? positionals : [pagesBySize()[0]!.slug];
const site = compressedCopy();
const files = sirv(site, { gzip: true, dev: false, etag: true });
const server = createServer((req, res) =>
	files(req, res, () => {
		res.statusCode = 404;
		res.end();
	}),
);
await new Promise<void>((r) => server.listen(Number(values.port), '127.0.0.1', r));
try {
	for (const slug of slugs) {
		const url = `http://127.0.0.1:${values.port}/${slug}/`;
		const gzip = gzipSync(readFileSync(join(DIST, slug, 'index.html'))).length;
		const reports: Report[] = [];
		for (let i = 0; i < runs; i++) {
			const out = join(site, `lh-${i}.json`);
			// Not execFileSync: the server answering Lighthouse runs in this process.
			await promisify(execFile)('npx', ['--yes', 'lighthouse@12', url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox'], {
				env: { ...process.env, CHROME_PATH: CHROME },
				maxBuffer: 64 * 1024 * 1024,
			});
			reports.push(JSON.parse(readFileSync(out, 'utf8')) as Report);
			if (values.keep) cpSync(out, join(values.keep, `${slug}-${i}.json`));
		}
		const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
		const mid = reports[scores.indexOf(median(scores))]!;
		console.log(`${slug} (HTML ${(gzip / 1024).toFixed(1)} KB gzipped): performance ${scores.join(', ')} (median ${median(scores)})`);
		const shown = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'dom-size', 'render-blocking-resources', 'mainthread-work-breakdown'];
		for (const id of shown) {
			const a = mid.audits[id];
			if (a) console.log(`  ${a.title}: ${a.displayValue ?? ''} (score ${a.score ?? '-'})`);
		}
		const weighted = new Set(mid.categories.performance.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
		const costly = Object.values(mid.audits).filter((a) => a.score !== null && a.score < 0.9 && !weighted.has(a.id) && !shown.includes(a.id));
		if (costly.length) console.log(`  also flagged: ${costly.map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ')}`);
	}
} finally {
	server.close();
	rmSync(site, { recursive: true, force: true });
}
