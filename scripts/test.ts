/**
 * `npm test`: the unit tests and the type check side by side (they share no files: vitest does
 * not load Astro, `astro check` writes only .astro/), then the build, then the e2e tests on it.
 * vitest prints as it goes; the type check's output is held and printed whole after it, so the two
 * never interleave. Any failure fails the run, and what comes after it does not run.
 *
 *   node scripts/test.ts
 */
import { spawn } from 'node:child_process';

interface Finished {
	script: string;
	code: number;
	output: string;
}

/** Runs `npm run <script>`: its output straight to ours, or held (`hold`) to be printed later. */
function run(script: string, hold = false): Promise<Finished> {
	return new Promise((done) => {
		const child = spawn('npm', ['run', script], { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('close', (code, signal) => done({ script, code: code ?? (signal ? 1 : 0), output }));
		child.on('error', (error) => done({ script, code: 1, output: `${output}\n${error.message}\n` }));
	});
}

function stopIfFailed(results: Finished[]): void {
	const failed = results.filter((r) => r.code !== 0);
	if (failed.length === 0) return;
	console.error(`\nnpm test: 失敗 / failed: ${failed.map((r) => `npm run ${r.script} (exit ${r.code})`).join(', ')}`);
	process.exit(1);
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

console.log('== npm run test:unit, with npm run check beside it (its output follows the unit tests)');
const check = run('check', true);
const unit = await run('test:unit');
const checked = await check;
console.log(`\n== npm run check (ran beside the unit tests; ${seconds()} so far)`);
process.stdout.write(checked.output);
stopIfFailed([unit, checked]);

for (const script of ['build', 'test:e2e']) {
	console.log(`\n== npm run ${script} (${seconds()} so far)`);
	stopIfFailed([await run(script)]);
}
console.log(`\n== npm test: all passed in ${seconds()}`);
