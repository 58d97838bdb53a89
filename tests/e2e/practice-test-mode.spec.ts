import { test, expect } from './fixtures';
import { openSim, doStep, stepDone, control, PC_NAME } from './sim-support';
import { scenarioData, stored } from './practice-support';
import { lessonStatusLabels, PASS_MARK } from '../../src/practice/record';
import { controlFor } from '../../src/sim/controls';
import { SCORE } from '../../src/sim/trainer';
import { startPc } from '../../src/sim/pc';

/**
 * Issue 7: a テスト finished in the browser is scored by the engine (no hint offered; a mistake
 * costs its points), and the training record keeps it: the hub's status, the record page's
 * score and weak step with its link. Nothing leaves the browser (the fixture blocks and reports
 * any request off the site).
 */
test('a テスト on a section page: the engine’s score reaches the record, the hub and the record page', async ({ page }) => {
	const lesson = scenarioData('3-11-not-found');
	const sim = await openSim(page, '/3-11-not-found/');
	await sim.getByRole('radio', { name: 'テスト', exact: true }).check();
	await expect(sim.locator('.sim-summary')).toHaveText(`全 ${lesson.steps.length} ステップ中 ${lesson.steps.findIndex((s) => s.kind === 'action') + 1} ステップ目`);

	// One wrong action first: a new tab (a mistake on the step; テスト offers no hint).
	const wrong = controlFor({ type: 'edge.tab.new' }, startPc(lesson.start).context);
	await control(sim, { target: wrong.target }).click();
	await expect(sim.locator('.sim-hint')).toHaveCount(0);

	for (let i = 0; i < lesson.steps.length; i++) {
		const step = lesson.steps[i]!;
		if (step.kind === 'action') await doStep(sim, step);
		await stepDone(sim, i);
	}
	const result = sim.getByRole('region', { name: 'テストの結果' });
	const expected = 100 - SCORE.mistake;
	await expect(result).toContainText(`${expected} 点`);
	await expect(sim.getByRole('region', { name: PC_NAME })).toBeVisible();

	await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lessons?.[lesson.id]?.bestTestScore).toBe(expected);
	await page.goto('/practice/');
	await expect(page.locator(`[data-practice-status="${lesson.id}"]`)).toHaveText(
		`状態: ${expected >= PASS_MARK ? lessonStatusLabels.passed : lessonStatusLabels.practised}・最高 ${expected} 点`,
	);
	await page.goto('/practice/record/');
	const mine = page.getByRole('region', { name: /^3\.11 .* のテストの結果$/u });
	await expect(mine).toContainText(`${expected} 点`);
	await expect(mine).toContainText(/ミス\s*1 回/u);
	const weak = mine.getByRole('listitem');
	await expect(weak).toHaveCount(1);
	await expect(weak.getByRole('link')).toHaveAttribute('href', /^\/(2-3-1|3-11)-[a-z0-9-]+\/(#step-\d+(-\d+)?)?$/u);
});
