import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Builds the bare Starlight baseline (bench/baseline) once per run, into a temporary folder. */
export function buildBaseline(): string {
	const out = process.env.BASELINE_DIST ?? join(tmpdir(), `kanagawa-baseline-${process.pid}`);
	if (!existsSync(join(out, 'index.html'))) {
		execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', 'bench/baseline', '--silent'], {
			cwd: ROOT,
			env: { ...process.env, BASELINE_DIST: out, BASELINE_CACHE: `${out}-cache`, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
			// A failed build says why in the test's error.
			stdio: ['ignore', 'ignore', 'pipe'],
		});
	}
	return out;
}

/** Serves a built folder on a port with our static server; returns its base URL and a stop function. */
export async function serve(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
	const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--dir', dir], {
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${url}/`)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return { url, stop: () => child.kill() };
}
