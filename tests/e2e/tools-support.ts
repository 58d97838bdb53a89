import { expect, type Locator, type Page } from '@playwright/test';
import { revealIsland } from './sim-support';

/**
 * The tools are islands hydrated when visible (client:visible): before acting on one, scroll it
 * into view and wait until Astro has hydrated it (the <astro-island> loses its `ssr` attribute).
 */
export async function hydrated(page: Page, component: string): Promise<void> {
	const island = page.locator(`astro-island[component-url*="${component}"]`);
	await revealIsland(island);
	await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** Pastes `text` into `box` as a person would: through the clipboard and Ctrl+V. */
export async function pasteInto(box: Locator, text: string): Promise<void> {
	const page = box.page();
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await box.focus();
	await page.keyboard.press('ControlOrMeta+V');
}
