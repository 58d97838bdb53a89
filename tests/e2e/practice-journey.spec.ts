import { test, expect, axeViolations } from './fixtures';
import { alreadySo, openSim, doStep, stepDone } from './sim-support';
import { scenarioData, stored } from './practice-support';
import { journeyPlace } from '../../src/practice/journey';
import { lessonStatusLabels } from '../../src/practice/record';

/**
 * Issue 7, done when: the whole journey is completed in the browser in 練習 mode, with a reload
 * in the middle that resumes at the same step. Driven by the engine's own step data: each
 * control found by its role and the manual's label, typing steps filled, the clock moved with
 * its control; the journey panel followed along the way; axe on the page with the simulation
 * hydrated at the start, after the reload in the middle, and at the end (issue 6).
 */

const journey = scenarioData('journey');

test('the whole journey in 練習, with a reload in the middle that resumes at the same step', async ({ page }) => {
	test.setTimeout(600_000);
	// A step that cannot be done fails in seconds, not at the end of the test's time.
	page.setDefaultTimeout(15_000);
	let sim = await openSim(page, '/practice/journey/');
	await expect(sim.getByRole('radio', { name: '練習', exact: true })).toBeChecked();
	const where = page.locator('[data-journey-where]');
	const summary = sim.locator('.sim-summary');
	// In the middle: after the request for the client certificate, before the days of approval pass.
	const reloadAt = journey.steps.findIndex((s) => s.kind === 'action' && s.event.type === 'clock.advance');
	expect(reloadAt).toBeGreaterThan(30);
	expect(await axeViolations(page), 'first state').toEqual([]);

	for (let i = 0; i < journey.steps.length; i++) {
		const step = journey.steps[i]!;
		if (i === reloadAt) {
			await expect(summary).toHaveText(`全 ${journey.steps.length} ステップ中 ${i + 1} ステップ目`);
			expect(JSON.parse((await stored(page))!).lessons.journey.progress.index).toBe(i);
			await page.reload();
			sim = await openSim(page, '/practice/journey/');
			await expect(summary).toHaveText(`全 ${journey.steps.length} ステップ中 ${i + 1} ステップ目`);
			await expect(sim.getByRole('radio', { name: '練習', exact: true })).toBeChecked();
			await stepDone(sim, i - 1);
			await expect(page.locator('[data-wait="approval"]')).toContainText('（いま）');
			expect(await axeViolations(page), 'after the reload in the middle').toEqual([]);
		}
		const place = journeyPlace(journey, i);
		if (place.current && place.current.from === i) {
			await expect(where, `step ${i}`).toContainText(`全 ${place.stages.length} 節中 ${place.currentNumber} 節目`);
			await expect(where.getByRole('link')).toHaveText(place.current.title);
		}
		await test.step(`${i + 1}. ${step.text}`, async () => {
			// A box already as the step asks is left as it is (the trainer counts it done with the next step).
			if (await alreadySo(sim, step)) return;
			await doStep(sim, step);
			await stepDone(sim, i);
		});
	}

	await expect(summary).toHaveText(`全 ${journey.steps.length} ステップ完了`);
	await expect(where).toContainText('最後の節まで終わりました');
	await expect(page.locator('[data-wait="temporaryPassword"]')).toContainText('（済）');
	expect(await axeViolations(page), 'final state').toEqual([]);
	await expect.poll(async () => JSON.parse((await stored(page))!).lessons.journey.status).toBe('practised');
	await page.goto('/practice/');
	await expect(page.locator('[data-practice-status="journey"]')).toHaveText(`状態: ${lessonStatusLabels.practised}`);
});
