import { test, expect, axeViolations } from './fixtures';
import { openSim } from './sim-support';
import { storeBeforeLoad, storageFull, stored, pdfPages, islandsHydrated, scenarioData, RECORD_KEY } from './practice-support';
import { problemMessages } from '../../src/practice/messages';
import { emptyRecord, lessonStatusLabels, recordFinish, recordStep, RECORD_VERSION, serializeRecord, withLearnerName, type SavedProgressData, type TrainingRecord } from '../../src/practice/record';
import { itemTexts, practiceIds, pageOf } from '../../src/practice/items';
import { journeyStages, waitsAt } from '../../src/practice/journey';
import { scenarioIds } from '../../src/sim/scenarios/catalog';
import { saveTrainer } from '../../src/sim/progress';
import { act, answer, currentStep, startContext, score, askHint, type TrainerContext } from '../../src/sim/trainer';
import { temporaryClientCertValidityDays } from '../../src/facts';
import { selectAll } from 'hast-util-select';
import { builtPages, builtTree } from './site';

/** Issue 7: the practice hub, the training record in the browser, its reset messages, the printed record. */

const T = '2025-05-01T01:00:00.000Z';

/**
 * The learner doing the next `n` steps as the scenario gives them (an active check answered right).
 * It throws where a step does not move the trainer on: a loop over it would never end (the e2e
 * worker would hang, the test's timeout cannot fire during synchronous work).
 */
function follow(ctx: TrainerContext, n: number): TrainerContext {
	let c = ctx;
	for (let i = 0; i < n; i++) {
		const step = currentStep(c);
		if (!step) break;
		const before = c.index;
		if (step.kind === 'action') c = act(c, step.event);
		else if (step.ask) c = answer(c, step.ask.right);
		if (c.index === before) throw new Error(`step ${before + 1} 「${step.text}」 did not move the trainer on`);
	}
	return c;
}
const progress = (ctx: TrainerContext) => JSON.parse(saveTrainer(ctx)) as SavedProgressData;

test.describe('a stored record keeps what can be kept, with a calm message, and the site keeps working', () => {
	test('garbage', async ({ page }) => {
		await storeBeforeLoad(page, '{not json');
		await page.goto('/practice/');
		const notice = page.locator('[data-practice-notice]');
		await expect(notice).toContainText(problemMessages.garbage);
		await expect(notice).toHaveAttribute('role', 'status');
		expect(JSON.parse((await stored(page))!)).toEqual(emptyRecord());
		// The statuses are there, all まだ.
		await expect(page.locator('[data-practice-status]').first()).toHaveText(`状態: ${lessonStatusLabels.todo}`);
		await page.getByRole('button', { name: 'わかりました' }).click();
		await expect(notice).toBeEmpty();
	});

	const passedTest = recordFinish(emptyRecord(), '2-2-1-ie-mode', { mode: 'test', score: { points: 95, mistakes: 0, hints: 0, elapsedMs: 1000, timePenalty: 0, weakSteps: [] } }, undefined, T);

	test('a record of a newer version: read as far as understood, left untouched, with a word to reload', async ({ page }) => {
		const text = JSON.stringify({ ...passedTest, version: RECORD_VERSION + 1, lessons: { ...passedTest.lessons, journey: { status: 'mastered' } } });
		await storeBeforeLoad(page, text);
		await page.goto('/practice/');
		await expect(page.locator('[data-practice-notice]')).toContainText(problemMessages.newer);
		await expect(page.locator('[data-practice-status="2-2-1-ie-mode"]')).toHaveText(`状態: ${lessonStatusLabels.passed}・最高 95 点`);
		expect(await stored(page)).toBe(text);
	});

	test('one bad entry (a date written 2026/11/01, an unknown status): only it goes, named; the passed テスト stays', async ({ page }) => {
		const text = JSON.stringify({
			...passedTest,
			learnerName: 'あ'.repeat(41),
			lessons: { ...passedTest.lessons, journey: { status: 'done!' }, '3-9-login-dialog-missing': { status: 'passed', bestTestScore: 90, passedAt: '2026/11/01', weakSteps: [], updatedAt: T } },
		});
		await storeBeforeLoad(page, text);
		await page.goto('/practice/record/');
		const notice = page.getByRole('status').filter({ hasText: problemMessages.schema });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('通しの練習');
		await expect(notice).toContainText('3.9 の練習の合格した日');
		const row = page.locator('[data-record-row="2-2-1-ie-mode"]');
		await expect(row).toContainText(lessonStatusLabels.passed);
		await expect(row).toContainText('95 点');
		await expect(page.locator('[data-record-row="3-9-login-dialog-missing"]')).toContainText('90 点');
		await expect(page.getByLabel('氏名（印刷する記録に入ります）')).toHaveValue('あ'.repeat(40));
	});

	test('a bad entry on a section page: the same message in its simulation, although the lesson has no progress', async ({ page }) => {
		await storeBeforeLoad(page, JSON.stringify({ ...passedTest, lessons: { ...passedTest.lessons, journey: { status: 'done!' } } }));
		const sim = await openSim(page, '/3-9-login-dialog-missing/');
		const notice = sim.locator('.sim-record');
		await expect(notice).toContainText(problemMessages.schema);
		await expect(notice).toContainText('通しの練習');
		expect(JSON.parse((await stored(page))!)).toEqual(passedTest);
	});

	test('a full storage found on load: the stored record is shown, kept, and the page says it cannot be saved', async ({ page }) => {
		await storeBeforeLoad(page, serializeRecord(passedTest));
		await storageFull(page);
		await page.goto('/practice/record/');
		await expect(page.getByRole('status').filter({ hasText: problemMessages.quota })).toBeVisible();
		await expect(page.locator('[data-record-row="2-2-1-ie-mode"]')).toContainText('95 点');
		await page.getByLabel('氏名（印刷する記録に入ります）').fill('神奈川 花子');
		expect(await stored(page)).toBe(serializeRecord(passedTest));
		await page.goto('/practice/');
		await expect(page.locator('[data-practice-notice]')).toContainText(problemMessages.quota);
	});

	test('a full storage when saving (QuotaExceededError)', async ({ page }) => {
		await storageFull(page);
		await page.goto('/practice/record/');
		await islandsHydrated(page);
		await page.getByLabel('氏名（印刷する記録に入ります）').fill('神奈川 花子');
		await expect(page.getByRole('status').filter({ hasText: problemMessages.quota })).toBeVisible();
		// Kept in memory: the printed sheet still has the name.
		await expect(page.locator('.practice-print-root')).toContainText('神奈川 花子');
	});

	test('storage that throws (SecurityError)', async ({ page }) => {
		// Only for the record's key: a browser that blocks site data also breaks Starlight's own
		// inline scripts (theme, sidebar), which is not what this test is about.
		await page.addInitScript((key) => {
			for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
				const original = Storage.prototype[name] as (...args: string[]) => unknown;
				(Storage.prototype as unknown as Record<string, unknown>)[name] = function (this: Storage, ...args: string[]) {
					if (args[0] === key) throw new DOMException('Access is denied for this document.', 'SecurityError');
					return original.apply(this, args);
				};
			}
		}, RECORD_KEY);
		await page.goto('/practice/');
		await expect(page.locator('[data-practice-notice]')).toContainText(problemMessages.unavailable);
		await expect(page.locator('[data-practice-status]')).toHaveCount(practiceIds.length);
		await expect(page.locator('[data-practice-status]').first()).toBeVisible();
	});
});

test.describe('the hub', () => {
	test('lists every lesson and exercise once, with what it teaches, an estimate, and statuses from the stored record', async ({ page }) => {
		const s39 = scenarioData('3-9-login-dialog-missing');
		const ieMode = scenarioData('2-2-1-ie-mode');
		let record: TrainingRecord = emptyRecord();
		record = recordStep(record, s39.id, progress(follow(startContext(s39, 'practice'), 3)), T);
		record = recordFinish(record, ieMode.id, { mode: 'practice' }, undefined, T);
		record = recordFinish(record, 'journey', { mode: 'test', score: { points: 95, mistakes: 0, hints: 1, elapsedMs: 1000, timePenalty: 0, weakSteps: [] } }, undefined, T);
		await storeBeforeLoad(page, serializeRecord(record));
		await page.goto('/practice/');
		for (const id of scenarioIds) {
			const item = page.locator(`[data-practice-item="${id}"]`);
			await expect(item, id).toHaveCount(1);
			await expect(item.getByRole('link').first()).toHaveAttribute('href', pageOf(id));
			await expect(item).toContainText(itemTexts[id].teaches);
			await expect(item).toContainText(/約 \d+ 分（\d+ ステップ）/u);
		}
		const status = (id: string) => page.locator(`[data-practice-status="${id}"]`);
		await expect(status(s39.id)).toHaveText(`状態: ${lessonStatusLabels.started}（4 / ${s39.steps.length} ステップ目）`);
		await expect(status(ieMode.id)).toHaveText(`状態: ${lessonStatusLabels.practised}`);
		await expect(status('journey')).toHaveText(`状態: ${lessonStatusLabels.passed}・最高 95 点`);
		await expect(status('3-11-not-found')).toHaveText(`状態: ${lessonStatusLabels.todo}`);
		await expect(page.locator('[data-practice-notice]')).toBeEmpty();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('follows a change made in another tab', async ({ page, context }) => {
		await page.goto('/practice/');
		const status = page.locator('[data-practice-status="journey"]');
		await expect(status).toHaveText(`状態: ${lessonStatusLabels.todo}`);
		const other = await context.newPage();
		await other.goto('/practice/record/');
		await other.evaluate(
			([key, text]) => localStorage.setItem(key, text),
			[RECORD_KEY, serializeRecord(recordFinish(emptyRecord(), 'journey', { mode: 'practice' }, undefined, T))] as const,
		);
		await expect(status).toHaveText(`状態: ${lessonStatusLabels.practised}`);
		await other.close();
	});

	test('is the first page of the sidebar group 練習', async ({ page }) => {
		await page.goto('/practice/record/');
		const group = page.locator('nav[aria-label] details').filter({ has: page.locator('summary', { hasText: /^練習$/u }) });
		await expect(group.getByRole('link').first()).toHaveAttribute('href', '/practice/');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the hub still lists every lesson with its link (only the statuses need JavaScript)', async ({ page }) => {
		await page.goto('/practice/');
		await expect(page.locator('[data-practice-item]')).toHaveCount(practiceIds.length);
		for (const id of practiceIds) await expect(page.locator(`[data-practice-item="${id}"] a`).first()).toHaveAttribute('href', pageOf(id));
		await expect(page.locator('[data-practice-status]').first()).toBeHidden();
	});
});

test.describe('the journey panel', () => {
	test('follows the stored progress: the section with its link, what comes next, the 10 days running with their date', async ({ page }) => {
		const journey = scenarioData('journey');
		const at = journey.steps.findIndex((s) => s.section === '2.2.4' && s.anchor === 'step-2-4');
		let ctx = startContext(journey, 'practice');
		while (ctx.index < at) ctx = follow(ctx, 1);
		expect(ctx.index).toBe(at);
		await storeBeforeLoad(page, serializeRecord(recordStep(emptyRecord(), 'journey', progress(ctx), T)));
		await page.goto('/practice/journey/');
		const where = page.locator('[data-journey-where]');
		await expect(where).toContainText('全 8 節中 6 節目');
		await expect(where.getByRole('link')).toHaveAttribute('href', /^\/2-2-4-[a-z-]+\/#step-2-4$/u);
		const next = journeyStages(journey)[6]!;
		await expect(page.locator('[data-journey-next] a')).toHaveAttribute('href', next.href);
		const temp = waitsAt(journey, at).find((w) => w.key === 'temporaryCert')!;
		const li = page.locator('[data-wait="temporaryCert"]');
		await expect(li).toContainText(`仮クライアント証明書は ${temporaryClientCertValidityDays.value} 日以内に（いま）`);
		await expect(li).toContainText(`${temp.until} まで（あと ${temp.daysLeft} 日）`);
		await expect(page.locator('[data-wait="approval"]')).toContainText('承認まで数日（この先）');
		await expect(page.locator('.journey-stages li[aria-current="step"]')).toContainText('2.2.4');
		expect(await axeViolations(page, '.journey-panel')).toEqual([]);
	});

	test('every link of the panel (sections, steps, waits) lands on an element that exists', async ({ page }) => {
		await page.goto('/practice/journey/');
		const hrefs = await page.locator('.journey-panel a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
		const journey = scenarioData('journey');
		const waitLinks = waitsAt(journey, 0).map((w) => w.anchor);
		expect(hrefs.some((h) => waitLinks.some((a) => h.endsWith(`#${a}`)))).toBe(true);
		// Each link's page and anchor read from the build (what the server sends for it): a page load
		// per link took most of a minute, and the pages' own loads are tested elsewhere.
		const built = new Map(builtPages().map((p) => [p.path, p]));
		for (const href of new Set(hrefs)) {
			const [path = '', hash] = href.split('#');
			expect(built.get(path), `${href}: a page of the build`).toMatchObject({ redirect: false });
			if (hash) expect(selectAll(`[id="${hash}"]`, builtTree(path)), href).toHaveLength(1);
		}
	});
});

test.describe('the training record page', () => {
	test('shows the last テスト as the engine scored it, with links to the weak steps', async ({ page }) => {
		const ieMode = scenarioData('2-2-1-ie-mode');
		const ctx = follow(askHint(startContext(ieMode, 'test')), ieMode.steps.length);
		const s = score(ctx);
		await storeBeforeLoad(page, serializeRecord(recordFinish(emptyRecord(), ieMode.id, { mode: 'test', score: s }, progress(ctx), T)));
		await page.goto('/practice/record/');
		const result = page.getByRole('region', { name: /2\.2\.1 .* のテストの結果/u });
		await expect(result).toContainText(`${s.points} 点`);
		await expect(result).toContainText(new RegExp(`ミス\\s*${s.mistakes} 回`, 'u'));
		await expect(result).toContainText(new RegExp(`ヒント\\s*${s.hints} 回`, 'u'));
		const weak = result.getByRole('listitem');
		await expect(weak).toHaveCount(s.weakSteps.length);
		const href = await weak.first().getByRole('link').getAttribute('href');
		expect(href).toMatch(new RegExp(`#${s.weakSteps[0]!.anchor}$`, 'u'));
		await page.goto(href!);
		await expect(page.locator(`[id="${s.weakSteps[0]!.anchor}"]`)).toHaveCount(1);
	});

	test('the printed record: 氏名 typed by the learner, the date, the lessons passed with their scores, alone on one A4 page', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2025-05-07T01:00:00Z'));
		// Every lesson passed: the longest the sheet can be.
		let record = emptyRecord();
		for (const id of scenarioIds) {
			record = recordFinish(record, id, { mode: 'test', score: { points: 88, mistakes: 1, hints: 0, elapsedMs: 5000, timePenalty: 0, weakSteps: [] } }, undefined, T);
		}
		await storeBeforeLoad(page, serializeRecord(record));
		await page.goto('/practice/record/');
		await islandsHydrated(page);
		const name = page.getByLabel('氏名（印刷する記録に入ります）');
		await name.fill('神奈川 花子'.padEnd(40, '子'));
		await expect(page.getByText('このブラウザの中にだけ保存され', { exact: false }).first()).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator('.practice-print-root');
		await expect(sheet).toBeVisible();
		await expect(sheet).toContainText('氏名: 神奈川 花子');
		await expect(sheet).toContainText('印刷日: 2025年5月7日');
		await expect(sheet.locator('tbody tr')).toHaveCount(scenarioIds.length);
		await expect(sheet).toContainText('88 点');
		await expect(page.locator('main')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4' });
		if (process.env.PRACTICE_PDF) (await import('node:fs')).writeFileSync(process.env.PRACTICE_PDF, pdf);
		expect(pdfPages(pdf)).toBe(1);
		// The name stays in this browser for the next printout.
		expect(JSON.parse((await stored(page))!).learnerName).toMatch(/^神奈川 花子/u);
	});

	test('the record is cleared only after a confirmation, and the hub shows まだ again', async ({ page }) => {
		await storeBeforeLoad(page, serializeRecord(withLearnerName(recordFinish(emptyRecord(), 'journey', { mode: 'practice' }, undefined, T), '花子')));
		await page.goto('/practice/record/');
		await islandsHydrated(page);
		const row = page.locator('[data-record-row="journey"]');
		await expect(row).toContainText(lessonStatusLabels.practised);
		await page.getByRole('button', { name: '記録を消す' }).click();
		await page.getByRole('button', { name: 'やめる' }).click();
		await expect(row).toContainText(lessonStatusLabels.practised);
		await expect(page.getByRole('button', { name: '記録を消す' })).toBeFocused();
		await page.getByRole('button', { name: '記録を消す' }).click();
		await page.getByRole('button', { name: '消す', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: '練習の記録を消しました。' })).toBeVisible();
		await expect(row).toContainText(lessonStatusLabels.todo);
		await expect(page.getByLabel('氏名（印刷する記録に入ります）')).toHaveValue('');
		expect(await stored(page)).toBeNull();
		await page.goto('/practice/');
		await expect(page.locator('[data-practice-status="journey"]')).toHaveText(`状態: ${lessonStatusLabels.todo}`);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('is clean under axe', async ({ page }) => {
		await page.goto('/practice/record/');
		await islandsHydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});
