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
	retries: 0,
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
		// A failed test keeps its actions, errors, console and network. The DOM snapshots and the
		// screencast were recorded for every test (and thrown away when it passed): they doubled the time
		// of a lesson in 練習. For them, run the failed test again with `--trace on`.
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
	},
	webServer: {
		command: `node scripts/serve.ts --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
