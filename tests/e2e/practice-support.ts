import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PROBE_KEY, RECORD_KEY } from '../../src/practice/storage';
import type { ScenarioId } from '../../src/sim/scenarios/catalog';
import type { Scenario } from '../../src/sim/scenarios/types';

/** Helpers of the practice specs: a stored record put in place before the page loads, and PDF pages. */

export { RECORD_KEY };

/** Stores `text` under the record's key before any script of the page runs (on every load of this page object). */
export async function storeBeforeLoad(page: Page, text: string): Promise<void> {
	await page.addInitScript(
		([key, value]) => {
			// Only once per test: a reload must see what the site wrote, not the injected text again.
			if (sessionStorage.getItem('__practiceSeeded')) return;
			sessionStorage.setItem('__practiceSeeded', '1');
			localStorage.setItem(key, value);
		},
		[RECORD_KEY, text] as const,
	);
}

/** Makes every write of the record fail as a full storage does (QuotaExceededError), from the first script on. */
export async function storageFull(page: Page): Promise<void> {
	// Only for the record's keys (the record and the probe of src/practice/storage.ts): Starlight's
	// own scripts store the theme and the sidebar too.
	await page.addInitScript((keys) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (keys.includes(k)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, k, v);
		};
	}, [RECORD_KEY, PROBE_KEY]);
}

export async function stored(page: Page): Promise<string | null> {
	return page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
}

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the page tree). */
export function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Waits until the React islands of the page have hydrated (Astro removes `ssr` when done). */
export async function islandsHydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
}

/**
 * A lesson as the pages load it: its compiled data (`src/sim/scenarios/data/<id>.json`), read
 * from disk because Playwright's loader does not import JSON modules.
 */
export function scenarioData(id: ScenarioId): Scenario {
	return JSON.parse(readFileSync(new URL(`../../src/sim/scenarios/data/${id}.json`, import.meta.url), 'utf8')) as Scenario;
}
