import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** JavaScript a page loads: every script response, raw and gzipped (what a compressing host sends). */
export interface ScriptWeight {
	url: string;
	bytes: number;
	gzip: number;
}

export interface Weight {
	scripts: ScriptWeight[];
	bytes: number;
	gzip: number;
}

export function total(scripts: ScriptWeight[]): Weight {
	return {
		scripts,
		bytes: scripts.reduce((n, s) => n + s.bytes, 0),
		gzip: scripts.reduce((n, s) => n + s.gzip, 0),
	};
}

/** Starts recording the scripts a page loads; call the returned function to read what came so far. */
export function recordScripts(page: Page): () => Promise<ScriptWeight[]> {
	const pending: Array<Promise<ScriptWeight | null>> = [];
	const seen = new Set<string>();
	page.on('response', (response) => {
		const request = response.request();
		const isScript = request.resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url());
		if (!isScript || seen.has(response.url())) return;
		seen.add(response.url());
		pending.push(
			response
				.body()
				.then((body) => ({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }))
				.catch(() => null),
		);
	});
	return async () => (await Promise.all(pending)).filter((s): s is ScriptWeight => s !== null);
}

/** Loads a page without touching it and returns the JavaScript it loaded (before interaction). */
export async function weighBeforeInteraction(page: Page, url: string): Promise<Weight> {
	const read = recordScripts(page);
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	// Starlight loads its search UI when the browser is idle: let it, as a visitor's browser would.
	await page.waitForTimeout(500);
	await page.waitForLoadState('networkidle');
	return total(await read());
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
