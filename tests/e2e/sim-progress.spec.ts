import { test, expect } from './fixtures';
import { storeBeforeLoad, storageFull, stored, scenarioData } from './practice-support';
import { openSim, chooseMode, doStep, stepDone } from './sim-support';
import { problemMessages } from '../../src/practice/messages';
import { emptyRecord, lessonStatusLabels } from '../../src/practice/record';


/**
 * Issue 7 on every page with a simulation, not only the journey: progress is saved after each
 * step (so a reload resumes where the learner was, and the hub shows 途中), and a stored record
 * that cannot be used is reset with the calm message, in the simulation itself.
 */

test('a section page’s lesson resumes after a reload at the same step, and says so', async ({ page }) => {
	const scenario = scenarioData('2-2-1-ie-mode');
	const sim = await openSim(page, '/2-2-1-ie-mode/');
	await chooseMode(sim, '練習');
	for (const [i, step] of scenario.steps.slice(0, 3).entries()) {
		await doStep(sim, step);
		await stepDone(sim, i);
	}
	await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lessons?.['2-2-1-ie-mode']?.progress?.index).toBe(3);

	await page.reload();
	const again = await openSim(page, '/2-2-1-ie-mode/');
	await expect(again.getByRole('radio', { name: '練習', exact: true })).toBeChecked();
	await expect(again.locator('.sim-summary')).toHaveText(`全 ${scenario.steps.length} ステップ中 4 ステップ目`);
	await expect(again.locator('.sim-feedback')).toContainText('前回の続き');
	// And it goes on from there.
	await doStep(again, scenario.steps[3]!);
	await stepDone(again, 3);

	await page.goto('/practice/');
	await expect(page.locator('[data-practice-status="2-2-1-ie-mode"]')).toContainText(lessonStatusLabels.started);
});

test('a first visit loads nothing of the training record until the learner makes progress', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	const scenario = scenarioData('1-2-1-browser-version');
	const sim = await openSim(page, '/1-2-1-browser-version/');
	await page.waitForLoadState('networkidle');
	// The record's code: the island's persistence module, and the record with its schema (practice/browser.ts, zod).
	const recordCode = (list: string[]) => list.filter((s) => /\/(?:persistence|browser)\.[\w-]+\.js$/u.test(s));
	expect(recordCode(scripts), scripts.join(', ')).toEqual([]);
	expect(await stored(page)).toBeNull();
	await chooseMode(sim, '練習');
	await doStep(sim, scenario.steps[0]!);
	await expect.poll(async () => (await stored(page)) !== null).toBe(true);
	expect(recordCode(scripts).length, scripts.join(', ')).toBe(2);
});

test('a stored record that cannot be read is reset with the message in the simulation of a section page', async ({ page }) => {
	await storeBeforeLoad(page, '{not json');
	const sim = await openSim(page, '/3-9-login-dialog-missing/');
	const notice = sim.locator('.sim-record');
	await expect(notice).toHaveAttribute('role', 'status');
	await expect(notice).toContainText(problemMessages.garbage);
	expect(JSON.parse((await stored(page))!)).toEqual(emptyRecord());
	await notice.getByRole('button', { name: 'わかりました' }).click();
	await expect(notice).toBeEmpty();
	// The lesson works as ever.
	await chooseMode(sim, '練習');
	await expect(sim.locator('.sim-summary')).toContainText('1 ステップ目');
});

test('storage that cannot be written (full): the simulation goes on and says progress is not kept', async ({ page }) => {
	await storageFull(page);
	const scenario = scenarioData('1-2-1-browser-version');
	const sim = await openSim(page, '/1-2-1-browser-version/');
	await chooseMode(sim, '練習');
	await doStep(sim, scenario.steps[0]!);
	await stepDone(sim, 0);
	await expect(sim.locator('.sim-record')).toContainText(problemMessages.quota);
	await doStep(sim, scenario.steps[1]!);
	await stepDone(sim, 1);
});
