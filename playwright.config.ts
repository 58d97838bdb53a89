import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser';

/** End-to-end and accessibility tests run against the built site (dist/), served as a static host would. */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: './tests',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
	// Parallel runs on other ports (see README) keep their artefacts apart.
	outputDir: process.env.E2E_PORT ? `test-results/port-${process.env.E2E_PORT}` : 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	// A failed test runs once more, traced (see `trace`); the run fails all the same, passed or not the
	// second time (failOnFlakyTests): a retry only records what went wrong, it never turns a run green.
	retries: 1,
	failOnFlakyTests: true,
	timeout: 60_000,
	reporter: process.env.CI ? [['list'], ['github']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'ja-JP',
		timezoneId: 'Asia/Tokyo',
		launchOptions: {
			executablePath: chromiumExecutable(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-quic',
				'--disable-sync',
			],
		},
		// Only the second run of a failed test is traced (its actions, errors, console and network).
		// Traced on every run and thrown away when it passed, the trace cost every test 0.5–0.8 s on a
		// loaded 2-core machine (every response's body read and written; 161 → 92 s for 31 tests); its
		// DOM snapshots and screencast had doubled a lesson's time in 練習 before that. For snapshots,
		// run the failed test again with `--trace on`.
		trace: { mode: 'on-first-retry', snapshots: false, screenshots: false },
	},
	webServer: {
		command: `node scripts/serve.ts --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
