/**
 * Screenshots of the step pictures (issue 15): section pages with their drawn pictures, at
 * 1366×768 (the first picture of the page, and the fifth) and in print emulation (the whole page,
 * about A4's width), written to docs/screens/pictures/. Uses the built site as it is:
 *
 *   DIST_DIR=dist node scripts/picture-screens.ts [2.2.1 3.1 …]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { sections } from '../src/sections.ts';

const OUT = 'docs/screens/pictures';
const PORT = Number(process.env.SCREENS_PORT ?? 4397);
const BASE = `http://127.0.0.1:${PORT}`;
const wanted = process.argv.slice(2);
const pages = (wanted.length ? wanted : ['2.2.1', '2.2.4', '2.3.1', '3.1', '3.9']).map((n) => {
	const s = sections.find((x) => x.number === n);
	if (!s) throw new Error(`no section ${n}`);
	return s;
});

mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
try {
	for (let i = 0; i < 50; i++) {
		if (await fetch(BASE).then((r) => r.ok, () => false)) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({ executablePath: chromiumExecutable() });
	const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
	for (const s of pages) {
		const name = s.number.replace(/\./gu, '-');
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${BASE}/${s.slug}/`);
		const figures = page.locator('figure.pic');
		const count = await figures.count();
		for (const k of [0, Math.min(count - 1, 4)].filter((v, i, a) => v >= 0 && a.indexOf(v) === i)) {
			await figures.nth(k).scrollIntoViewIfNeeded();
			await page.evaluate(() => window.scrollBy(0, -120));
			// A picture is drawn when it comes near the view (content-visibility: auto): two frames.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			await page.screenshot({ path: `${OUT}/${name}-desktop-${k + 1}.png` });
		}
		// Print: the page as it prints (print media, about the width of A4), whole.
		await page.setViewportSize({ width: 800, height: 1130 });
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: `${OUT}/${name}-print.png`, fullPage: true });
		await page.setViewportSize({ width: 1366, height: 768 });
		console.log(`${s.number}: ${count} pictures`);
	}
	await browser.close();
} finally {
	server.kill();
}
