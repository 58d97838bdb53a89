import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_INSTALL = [
	'Chromium が見つかりません。次のいずれかを行ってください / No Chromium found. Either:',
	'  - apt-get install -y chromium            (Debian/Ubuntu: /usr/bin/chromium)',
	'  - CHROMIUM_PATH=/path/to/chrome npm test  (any Chromium or Chrome binary)',
	'  - npx playwright install chromium         (Playwright\'s own browser, where downloads work)',
].join('\n');

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own browser if installed (undefined lets Playwright use it). Never a silent skip:
 * without a browser the whole run fails with how to install one.
 */
export function chromiumExecutable(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${HOW_TO_INSTALL}`);
		return fromEnv;
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// No browser registry entry: fall through to the message.
	}
	if (bundled && existsSync(bundled)) return undefined;
	throw new Error(HOW_TO_INSTALL);
}
