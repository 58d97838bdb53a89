import { expect, type Locator, type Page } from '@playwright/test';
import type { Locator as Named, Target } from '../../src/sim/controls';
import type { Step } from '../../src/sim/scenarios/types';

/**
 * Helpers of the simulation specs: the simulation on a page, and a scenario step done the way a
 * person reads it in the manual — the control found by its role and the manual's label
 * (`getByRole(step.target.role, { name: step.target.name })`), by mouse or by keyboard alone.
 */

export const PC_NAME = '練習用のパソコン画面';

/**
 * Scrolls an island to the middle of the screen, as a reader scrolls to what they read. (Playwright's
 * scrollIntoViewIfNeeded stops as soon as the top edge shows: on a short lesson that leaves the
 * island in the bottom quarter, where `client:visible`'s root margin does not count it as seen.)
 */
export async function revealIsland(island: Locator): Promise<void> {
	await island.evaluate((el) => {
		// An <astro-island> is display: contents (no box of its own): scroll to its first element that has one.
		const boxed = el.getClientRects().length > 0 ? el : [...el.querySelectorAll('*')].find((child) => child.getClientRects().length > 0);
		(boxed ?? el).scrollIntoView({ block: 'center' });
	});
}

/** Scrolls to the page's simulation and waits until it is interactive. */
export async function openSim(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	const sim = page.locator('section.sim');
	await revealIsland(sim.locator('.sim-island'));
	await expect(sim.locator('.sim-island[data-ready]')).toBeVisible();
	await expect(sim.getByRole('region', { name: PC_NAME })).toBeVisible();
	return sim;
}

export async function chooseMode(sim: Locator, mode: '見る' | '練習' | 'テスト'): Promise<void> {
	await sim.getByRole('radio', { name: mode, exact: true }).check();
}

const byName = (scope: Locator, n: Named): Locator => (n.role === 'text' ? scope.getByText(n.name, { exact: true }) : scope.getByRole(n.role, { name: n.name, exact: true }));

/** The control a step names: inside the PC, within its dialog or region when the name repeats; the clock controls beside the PC. */
export function control(sim: Locator, step: Pick<Step, 'target'> & { event?: { type: string } }): Locator {
	const clock = step.event?.type === 'clock.advance';
	const pc = clock ? sim : sim.getByRole('region', { name: PC_NAME });
	const t: Target = step.target;
	const scope = t.within ? byName(pc, t.within) : pc;
	const found = byName(scope, t);
	if (t.nth === undefined) return found;
	return t.nth < 0 ? found.last() : found.nth(t.nth);
}

/** Waits until the trainer counts step `index` as done (済). */
export async function stepDone(sim: Locator, index: number): Promise<void> {
	await expect(sim.locator('.sim-steplist > li').nth(index)).toHaveClass(/sim-step--done/u);
}

/** What the callout check reads first: step `index`'s class in the step list and the callout's text. */
export interface StepNow {
	status: string | null;
	calloutText: string;
}

const readNow = (sim: Locator, index: number): Promise<StepNow & { done: boolean }> =>
	sim.evaluate(
		(root, { index, callout }) => {
			const rows = root.querySelectorAll('.sim-steplist > li');
			return {
				done: /sim-step--done/u.test(rows[index - 1]?.getAttribute('class') ?? ''),
				status: rows[index]?.getAttribute('class') ?? null,
				calloutText: root.querySelector(`[role="note"][aria-label="${callout}"]`)?.textContent ?? '',
			};
		},
		{ index, callout: CALLOUT_NAME },
	);

/**
 * `stepDone` and the next step's first read of `calloutBesideTarget`, in one round trip when the
 * step is already done (the usual case): a lesson's every step pays one round trip less.
 */
export async function stepDoneThenRead(sim: Locator, index: number): Promise<StepNow> {
	const now = await readNow(sim, index + 1);
	if (now.done) return now;
	await stepDone(sim, index);
	return readNow(sim, index + 1);
}

/**
 * Whether the step's control already shows what the step asks for (a box to untick that is
 * unticked): a person reads it and goes on; the trainer counts the step done with the next one.
 */
export async function alreadySo(sim: Locator, step: Step): Promise<boolean> {
	if (step.do !== 'check' && step.do !== 'uncheck') return false;
	return (await control(sim, step).isChecked()) === (step.do === 'check');
}

/** Does one step with the mouse, as its `do` says; a check step is looked at. */
export async function doStep(sim: Locator, step: Step): Promise<void> {
	const target = control(sim, step);
	switch (step.do) {
		case 'click':
			return target.click();
		case 'fill':
			await target.fill(step.value ?? '');
			if (step.kind === 'action' && step.press) await target.press(step.press);
			return;
		case 'select':
			await target.selectOption({ label: step.value ?? '' });
			return;
		case 'check':
			return target.check();
		case 'uncheck':
			return target.uncheck();
		case 'rightClick':
			return target.click({ button: 'right' });
		case 'dblclick':
			return target.dblclick();
		case 'drag': {
			const to = step.kind === 'action' && step.to ? byName(sim.getByRole('region', { name: PC_NAME }), step.to) : null;
			if (!to) throw new Error('A drag step needs its target.');
			// As a hand drags: press, move a little (the browser starts the drag), carry it over, release.
			// (locator.dragTo jumps straight to the target, which Chromium does not take as a drag.)
			const from = (await target.boundingBox())!;
			const onto = (await to.boundingBox())!;
			const page = target.page();
			await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
			await page.mouse.down();
			await page.mouse.move(from.x + from.width / 2 - 10, from.y + from.height / 2 + 5, { steps: 5 });
			await page.mouse.move(onto.x + onto.width / 2, onto.y + Math.min(onto.height / 2, 120), { steps: 10 });
			await page.mouse.up();
			return;
		}
		case 'see':
			await expect(target.first()).toBeVisible();
			if (step.value) {
				if (step.target.role === 'combobox') await expect(target.locator('option:checked')).toHaveText(step.value);
				else await expect(target.first()).toContainText(step.value);
			}
			// An active check (issue 16 point 6) is answered beside the PC, in 練習 and テスト.
			if (step.kind === 'check' && step.ask && !(await sim.getByRole('radio', { name: '見る', exact: true }).isChecked())) {
				await sim.getByRole('group', { name: step.ask.question }).getByRole('button', { name: step.ask.right, exact: true }).click();
			}
			return;
	}
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/**
 * Moves the focus with Tab (then Shift+Tab) until it is on `target`: the keyboard alone. The PC's
 * dialogs do not trap the focus (it is a web page), so a full round may pass every control of the
 * page (a step picture's 画面全体を見る, each step's link button): the limit is the page's count.
 */
export async function tabTo(page: Page, target: Locator, limit?: number): Promise<void> {
	await expect(target).toBeVisible();
	const round = limit ?? (await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length)) + 10;
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let i = 0; i < round; i++) {
			if (await isFocused(target)) return;
			await page.keyboard.press(key);
		}
	}
	throw new Error(`Tab never reached ${String(target)}`);
}

/** Presses `key` until `done` holds (arrow keys in a tab list, a list box or a drop-down). */
async function pressUntil(page: Page, keys: readonly string[], done: () => Promise<boolean>, limit = 8): Promise<void> {
	for (const key of keys) {
		for (let i = 0; i < limit && !(await done()); i++) await page.keyboard.press(key);
		if (await done()) return;
	}
	throw new Error(`${keys.join('/')} did not get there`);
}

/** Does one step with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, typing). */
export async function doStepByKeyboard(page: Page, sim: Locator, step: Step): Promise<void> {
	const target = control(sim, step);
	const role = step.target.role;
	if (step.do === 'see') return doStep(sim, step);
	if (role === 'option') {
		// A list box is one tab stop; the arrow keys choose.
		const list = target.locator('xpath=ancestor::*[@role="listbox"][1]');
		if (!(await isFocused(list))) await tabTo(page, list);
		await pressUntil(page, ['ArrowDown', 'ArrowUp'], async () => (await target.getAttribute('aria-selected')) === 'true');
		return;
	}
	if (role === 'tab') {
		const list = target.locator('xpath=ancestor::*[@role="tablist"][1]');
		await tabTo(page, list.locator('[aria-selected="true"]'));
		await pressUntil(page, ['ArrowRight', 'ArrowLeft'], async () => (await target.getAttribute('aria-selected')) === 'true');
		return;
	}
	if (await alreadySo(sim, step)) return;
	if (role === 'radio') {
		// A radio group is one tab stop (its checked button); the arrow keys check another.
		const group = target.locator('xpath=ancestor::*[self::fieldset or @role="radiogroup"][1]');
		await tabTo(page, group.locator('input:checked'));
		await pressUntil(page, ['ArrowDown', 'ArrowUp'], () => target.isChecked());
		return;
	}
	if (!(await isFocused(target))) await tabTo(page, target);
	switch (step.do) {
		case 'click':
			return page.keyboard.press('Enter');
		case 'fill':
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type(step.value ?? '');
			if (step.kind === 'action' && step.press) await page.keyboard.press(step.press);
			return;
		case 'select':
			return pressUntil(page, ['ArrowDown', 'ArrowUp'], async () => (await target.locator('option:checked').textContent()) === step.value);
		case 'check':
		case 'uncheck':
			return page.keyboard.press('Space');
		case 'rightClick':
			return page.keyboard.press('Shift+F10');
		case 'dblclick':
			return page.keyboard.press('Enter');
		case 'drag':
			throw new Error('No drag in a keyboard scenario.');
	}
}

type Box = { x: number; y: number; width: number; height: number };
const overlapping = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const CALLOUT_NAME = 'いまの手順';

/** Where the callout, its target, the PC and the bottom of Starlight's fixed header are, read in one round trip. */
interface Layout {
	callout: Box | null;
	target: Box;
	pcY: number | null;
	headerBottom: number;
	view: { width: number; height: number };
}

/** Below Starlight's fixed header and inside the window: seen without scrolling. */
function onScreen(l: Layout, b: Box): boolean {
	return b.y >= l.headerBottom - 1 && b.x >= -1 && b.y + b.height <= l.view.height + 1 && b.x + b.width <= l.view.width + 1;
}

/**
 * Issue 14 at 1366×768: the current step's callout and its target are both on screen (no scroll
 * since `screenY`, the screen's place when the mode was chosen), and the callout does not cover
 * the target. For the step the trainer is on; a clock step's control is the trainer's own button.
 * It runs at every step of every lesson, so it reads in two round trips what it checks (the step's
 * status and the callout's text, then the target and the boxes), the first one shared with the
 * step before's `stepDoneThenRead`; only what is not yet so is waited for with the usual retrying `expect`.
 */
export async function calloutBesideTarget(page: Page, sim: Locator, step: Step, index: number, screenY: number, before?: StepNow): Promise<void> {
	const callout = sim.getByRole('note', { name: CALLOUT_NAME });
	// A read made when the step before was seen done (`stepDoneThenRead`) stands only if it already
	// shows this step current with its text; anything else is read again now.
	const now = before?.status?.includes('sim-step--current') && before.calloutText.includes(step.text) ? before : await readNow(sim, index);
	if (!now.status?.includes('sim-step--current') || (step.kind === 'action' && step.event.type === 'clock.advance')) return;
	if (!now.calloutText.includes(step.text)) await expect(callout).toContainText(step.text);
	if (step.kind === 'check' && step.ask) {
		expect((await sim.getByRole('region', { name: PC_NAME }).boundingBox())!.y, 'the screen has not moved').toBeCloseTo(screenY, 0);
		return;
	}
	const target = control(sim, step).first();
	const read = () =>
		target.evaluate(
			(el, names) => {
				const box = (e: Element | null | undefined) => {
					if (!e) return null;
					const r = e.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width, height: r.height };
				};
				const root = el.closest('section.sim');
				const header = document.querySelector('header.header')?.getBoundingClientRect();
				const own = box(el)!;
				return {
					// As Playwright's toBeVisible: a box that is not empty, and not visibility: hidden.
					visible: own.width > 0 && own.height > 0 && el.checkVisibility({ visibilityProperty: true }),
					callout: box(root?.querySelector(`[role="note"][aria-label="${names.callout}"]`)),
					target: own,
					pcY: box(root?.querySelector(`[role="region"][aria-label="${names.pc}"]`))?.y ?? null,
					headerBottom: header ? header.y + header.height : 0,
				};
			},
			{ callout: CALLOUT_NAME, pc: PC_NAME },
			{ timeout: 5_000 },
		);
	let seen = await read();
	if (!seen.visible) {
		await expect(target).toBeVisible();
		seen = await read();
	}
	const wrong = (s: typeof seen): string[] => {
		const { visible: _, ...inPage } = s;
		const l: Layout = { ...inPage, view: page.viewportSize()! };
		return [
			l.pcY === null || Math.abs(l.pcY - screenY) >= 0.5 ? 'the screen has moved' : '',
			!l.callout ? 'the callout is not in the simulation' : '',
			!onScreen(l, l.target) ? `the target [${step.target.name}] is not on screen` : '',
			l.callout && !onScreen(l, l.callout) ? 'the callout is not on screen' : '',
			l.callout && overlapping(l.callout, l.target) ? 'the callout covers the target' : '',
		].filter(Boolean);
	};
	// The callout takes its place after the frame that shows the step's text (after-layout.ts): read
	// again until it has, and fail with what is still wrong.
	if (wrong(seen).length) await expect.poll(async () => wrong(await read()), { timeout: 5_000 }).toEqual([]);
}
