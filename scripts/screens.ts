/**
 * `npm run screens`: pictures of every screen of the practice PC (issue 14), taken from the built
 * site the way a learner sees them: each lesson played in 見る with [次へ], and each time a new
 * screen shows (another set of windows, dialogs, menus or selected tabs), one picture of the page
 * at 1366×768 and one of [全画面で練習] (the PC at 1:1 with the steps beside it). Written to
 * docs/screens/ with an index (docs/screens/README.md). Our own drawings only.
 *
 *   npm run screens            (builds the site first)
 *   node scripts/screens.ts    (uses dist/ as it is)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { sectionPath, sections } from '../src/sections.ts';
import { scenarioOfSection } from '../src/sim/scenarios/catalog.ts';
import { FULLSCREEN_OFF, FULLSCREEN_ON } from '../src/components/sim/stage.ts';

const OUT = 'docs/screens';
const PORT = Number(process.env.SCREENS_PORT ?? 4398);
const BASE = `http://127.0.0.1:${PORT}`;
const VIEW = { width: 1366, height: 768 };

interface Shot {
	readonly file: string;
	readonly full: string;
	readonly section: string;
	readonly step: string;
	readonly screen: string;
}

/** What makes one screen another: the windows, the dialogs and menus open, the tabs selected. */
async function screenKey(pc: Locator): Promise<string> {
	return pc.evaluate((root) => {
		const visible = (el: Element) => el.getClientRects().length > 0;
		const byId = (el: Element) => el.getAttribute('aria-labelledby')?.split(' ').map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
		const label = (el: Element) => (el.getAttribute('aria-label') ?? byId(el) ?? el.querySelector('h1, h2, h3, .sim-title')?.textContent ?? el.getAttribute('role') ?? '').replace(/練習|ここ/gu, '').trim().slice(0, 40);
		const windows = [...root.querySelectorAll('[data-window]')].map((el) => el.getAttribute('data-window'));
		const dialogs = [...root.querySelectorAll('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]')].filter(visible).map(label);
		const tabs = [...root.querySelectorAll('[role="tab"][aria-selected="true"]')].filter(visible).map(label);
		const headings = [...root.querySelectorAll('h1, h2, h3')].filter(visible).slice(0, 2).map(label);
		return JSON.stringify([windows, dialogs, tabs, headings]);
	});
}

/**
 * The screen once it has settled. A view loads its own chunk when it first shows (the ... menu, a
 * dialog), and React reveals a suspended view no sooner than 300 ms after its fallback: one fixed
 * wait caught such screens a step late, or not at all. Read until the same screen has been seen
 * for 450 ms (up to 4 s).
 */
async function settledKey(page: Page, pc: Locator): Promise<string> {
	let key = await screenKey(pc);
	let same = 0;
	for (let tries = 0; tries < 27 && same < 3; tries++) {
		await page.waitForTimeout(150);
		const again = await screenKey(pc);
		same = again === key ? same + 1 : 0;
		key = again;
	}
	return key;
}

function describe(key: string): string {
	const [windows, dialogs, tabs, headings] = JSON.parse(key) as string[][];
	return [...(dialogs ?? []), ...(tabs ?? []), ...(headings ?? []), ...(windows ?? [])].filter(Boolean).slice(0, 4).join(' / ') || 'デスクトップ';
}

async function serve(): Promise<() => void> {
	const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((ready, failed) => {
		server.stdout.on('data', () => ready());
		server.on('exit', (code) => failed(new Error(`the server stopped (${code})`)));
	});
	return () => server.kill();
}

async function lesson(page: Page, number: string, path: string, seen: Set<string>, shots: Shot[]): Promise<void> {
	await page.goto(BASE + path);
	const sim = page.locator('section.sim');
	await sim.locator('.sim-island').evaluate((el) => {
		const boxed = [...el.querySelectorAll('*')].find((c) => c.getClientRects().length > 0);
		(boxed ?? el).scrollIntoView({ block: 'center' });
	});
	await sim.locator('.sim-island[data-ready]').waitFor();
	await sim.locator('.sim-app').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	const pc = sim.getByRole('region', { name: '練習用のパソコン画面' });
	const next = sim.getByRole('button', { name: '次へ', exact: true });
	const full = sim.getByRole('button', { name: FULLSCREEN_ON });
	const leave = sim.getByRole('button', { name: FULLSCREEN_OFF });
	for (let i = 0; ; i++) {
		const key = await settledKey(page, pc);
		if (!seen.has(key)) {
			seen.add(key);
			const name = `${String(shots.length + 1).padStart(2, '0')}-${number.replaceAll('.', '-')}-step-${i + 1}`;
			await page.screenshot({ path: join(OUT, `${name}.png`) });
			await full.click();
			await page.waitForTimeout(400);
			await page.screenshot({ path: join(OUT, `${name}-full.png`) });
			await leave.click();
			await page.waitForTimeout(200);
			const step = (await sim.locator('.sim-steplist > li').nth(i).locator('.sim-steptext').textContent().catch(() => null)) ?? '（最後）';
			shots.push({ file: `${name}.png`, full: `${name}-full.png`, section: number, step: step.trim(), screen: describe(key) });
			console.log(`${name}: ${describe(key)}`);
		}
		if (await next.isDisabled()) break;
		await next.click();
	}
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(join(OUT, f));
	const stop = await serve();
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const page = await browser.newPage({ viewport: VIEW, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
		const seen = new Set<string>();
		const shots: Shot[] = [];
		for (const s of sections) if (scenarioOfSection[s.number]) await lesson(page, s.number, sectionPath(s), seen, shots);
		const rows = shots.map((s) => `| ${s.section} | ${s.step.replaceAll('|', '｜')} | ${s.screen.replaceAll('|', '｜')} | [1366×768](${s.file}) | [全画面 1:1](${s.full}) |`);
		writeFileSync(
			join(OUT, 'README.md'),
			[
				'# 練習用の画面 / The practice screens',
				'',
				'`npm run screens` が、ビルドしたサイトの各レッスンを「見る」で再生し、新しい画面が出るたびに 1366×768 のページと',
				'[全画面で練習]（1:1）を撮ったものです。すべてこのサイトの描画で、Microsoft の画像は使っていません。',
				'Taken by `npm run screens` from the built site: every lesson played in 見る, one picture per new screen, at 1366×768 and in full screen (1:1). Our own drawings.',
				'',
				'| 節 | 手順 | 画面 | ページ | 全画面 |',
				'| --- | --- | --- | --- | --- |',
				...rows,
				'',
			].join('\n'),
		);
		console.log(`${shots.length} screens, ${shots.length * 2} pictures in ${OUT}/`);
	} finally {
		await browser.close();
		stop();
	}
}

await main();
