// Ad hoc (not committed): a CPU profile of the journey's actions, self time by function.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/servers.ts';
import { measureActions } from './actions.ts';
const site = await serve(process.argv[2]!, 4411);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const t = await measureActions(page, site.url, async () => { await cdp.send('Profiler.start'); });
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(process.argv[3]!, JSON.stringify(profile));
console.log('events', t.work.length);
await browser.close(); site.stop();
