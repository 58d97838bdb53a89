import { test, expect } from './fixtures';

/**
 * Issue 15's budget: pictures below the first screen are not drawn while the page loads
 * (`content-visibility: auto`). Chrome's form scan, once a page has loaded, lays out every lazy
 * picture that holds an input, one layout each: about 40 layouts while 2.2.4 loaded, every picture
 * drawn, and a task of about a second under Lighthouse's 4× CPU. The pictures draw their fields
 * instead (src/sim-pictures/drawn-fields.ts); this keeps it so.
 */

// Playwright's trace snapshots read every element's scroll position, which lays the lazy pictures out too.
test.use({ trace: 'off' });

test('2.2.4 loads without laying out its pictures below the first screen', async ({ page }) => {
	// A phone's width, as Lighthouse measures it (the simulation, which lays out as it starts, is further down).
	await page.setViewportSize({ width: 412, height: 823 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto('/2-2-4-client-certificate/', { waitUntil: 'load' });
	await page.waitForTimeout(500);
	const { metrics } = await cdp.send('Performance.getMetrics');
	expect(metrics.find((m) => m.name === 'LayoutCount')!.value).toBeLessThan(20);
	const drawn = await page.locator('figure.pic').evaluateAll((figs) => figs.filter((f) => f.querySelector('.pic-screen')!.checkVisibility({ contentVisibilityAuto: true })).length);
	expect(drawn).toBeLessThan(4);
});
