import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { SectionNumber } from '../facts/fact';
import type { PcSnapshot } from '../sim/pc';
import { loadScenario, type ScenarioId } from '../sim/scenarios/catalog';
import { playSteps } from '../sim/scenarios/play';
import type { Scenario, Step } from '../sim/scenarios/types';
import { renderScreen } from './render';

/**
 * Every step's picture (issue 15): the PC's screen at a manual step, drawn at build time by the
 * simulation's views from the world the lesson's own steps reach there, with the manual's marks
 * (a red frame and ①②③) on the controls the step names, cropped to the dialog or the part of
 * the window the step is about.
 *
 * Which screen: the lesson steps written at the page's step (`section` + `anchor`), in their order,
 * form one picture per window or dialog they use. A picture shows the PC before its last step (the
 * text typed, the tab chosen, the box unticked by the earlier ones); when that last step only
 * types, chooses or ticks, after it (the manual's picture shows the value set). Its marks are the
 * steps' controls, found by the engine's own mark (`data-here`, as the simulation marks a step's
 * control), or, for a step that only asks to look, by the text it names. A page may instead name
 * the marks by the manual's labels, in the manual's order (2.2.1 step 4: the area, the setting,
 * the value).
 */

export interface PictureMark {
	/** 1, 2, 3 … (shown as ①②③). */
	readonly n: number;
	/** The manual's label of the control (its accessible name, or the text it shows). */
	readonly label: string;
}

export interface Picture {
	/** Unique on the page (the popover with the whole screen is named by it). */
	readonly id: string;
	/** `layer`: a dialog, shown alone at its size; `window`: a part of the window around the first mark. */
	readonly crop: 'layer' | 'window';
	/** The frame takes the screen's whole height (Windows' search, the start menu). */
	readonly tall: boolean;
	/** The name of the dialog or window the picture shows. */
	readonly shows: string;
	readonly marks: readonly PictureMark[];
	/** The screen with the marks and the crop's hooks. */
	readonly html: string;
	/** The same screen with the marks, whole (another set of ids). */
	readonly wholeHtml: string;
}

export interface PictureOptions {
	/** Which of the step's lesson steps to picture (1-based, in their order); all by default. */
	readonly only?: readonly number[];
	/** The marks by the manual's labels, in its order (one picture only). */
	readonly marks?: readonly string[];
}

const circled = (n: number) => String.fromCodePoint(0x2460 + n - 1);
export { circled };

/** Steps that set a value in place: the picture shows the value set. */
const settles = new Set<Step['do']>(['fill', 'select', 'check', 'uncheck']);

/** Elements that scroll inside the drawn screen (their overflow is auto in the views' CSS). */
const scrollers = ['sim-page', 'sim-win-body', 'sim-dialog-body', 'sim-search-results', 'sim-list', 'sim-scrolllist', 'sim-iopanel', 'sim-cm-panel'];

const states = new Map<string, PcSnapshot[]>();
const scenarios = new Map<string, Scenario>();

async function lesson(id: ScenarioId) {
	let scenario = scenarios.get(id);
	if (!scenario) {
		scenario = await loadScenario(id);
		scenarios.set(id, scenario);
		states.set(id, playSteps(scenario));
	}
	return { scenario, states: states.get(id)! };
}

type Path = readonly number[];

const parse = (html: string): Root => fromHtml(html, { fragment: true });

const isElement = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';

function classes(el: Element): string[] {
	const c: unknown = el.properties['className'];
	if (Array.isArray(c)) return c.map(String);
	return typeof c === 'string' ? c.split(/\s+/u) : [];
}

function addClass(el: Element, name: string) {
	el.properties['className'] = [...classes(el), name];
}

function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (node.properties['ariaHidden'] === 'true' || node.tagName === 'svg') return '';
	return node.children.map(textOf).join('');
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Pre-order walk with paths. */
function walk(root: Root | Element, visit: (el: Element, path: Path, ancestors: readonly Element[]) => void, path: Path = [], ancestors: readonly Element[] = []) {
	root.children.forEach((child, i) => {
		if (!isElement(child)) return;
		const p = [...path, i];
		visit(child, p, ancestors);
		walk(child, visit, p, [...ancestors, child]);
	});
}

function at(root: Root, path: Path): { el: Element; ancestors: Element[] } {
	let node: Root | Element = root;
	const ancestors: Element[] = [];
	for (const i of path) {
		const next: RootContent | ElementContent | undefined = node.children[i];
		if (!next || !isElement(next)) throw new Error(`step pictures: no element at ${path.join('.')}`);
		if (node !== root) ancestors.push(node as Element);
		node = next;
	}
	return { el: node as Element, ancestors };
}

function findHere(root: Root): Path | null {
	let found: Path | null = null;
	walk(root, (el, path) => {
		if (!found && el.properties['dataHere'] !== undefined) found = path;
	});
	return found;
}

/** The innermost element named `label` (aria-label) or showing exactly that text, first in the document. */
export function findByLabel(root: Root, label: string): Path | null {
	const want = norm(label);
	const hits: Path[] = [];
	walk(root, (el, path) => {
		const aria = el.properties['ariaLabel'];
		if ((typeof aria === 'string' && norm(aria) === want) || norm(textOf(el)) === want) hits.push(path);
	});
	const inner = hits.filter((p) => !hits.some((q) => q !== p && q.length > p.length && p.every((v, i) => q[i] === v)));
	return inner[0] ?? null;
}

/** Which layer of the screen an element is on: a dialog layer, a window, or the desktop and taskbar. */
function layerOf(root: Root, path: Path): string {
	const { el, ancestors } = at(root, path);
	const chain = [...ancestors, el];
	const layer = chain.findIndex((a) => classes(a).includes('sim-layer'));
	if (layer >= 0) return `layer:${path.slice(0, layer + 1).join('.')}`;
	const win = chain.find((a) => a.properties['dataWindow'] !== undefined);
	if (win) return `window:${String(win.properties['dataWindow'])}`;
	return 'base';
}

/** Renders for finding controls (ids do not matter there), once per PC and marked step. */
const probes = new WeakMap<PcSnapshot, Map<Step | undefined, Promise<Root>>>();
function probe(pc: PcSnapshot, marked?: Step): Promise<Root> {
	let byStep = probes.get(pc);
	if (!byStep) probes.set(pc, (byStep = new Map()));
	let root = byStep.get(marked);
	if (!root) {
		root = renderScreen(pc, { ...(marked ? { marked } : {}), idPrefix: 'probe-' }).then(parse);
		byStep.set(marked, root);
	}
	return root;
}

async function markPath(pc: PcSnapshot, step: Step): Promise<{ path: Path; root: Root } | null> {
	if (step.kind === 'action') {
		const root = await probe(pc, step);
		const here = findHere(root);
		if (here) return { path: here, root };
	}
	const root = await probe(pc);
	const path = findByLabel(root, step.target.name);
	return path ? { path, root } : null;
}

/** The title a dialog shows in its title bar. */
function titleIn(el: Element): string {
	let title = '';
	walk(el, (e) => {
		if (!title && classes(e).includes('sim-title')) title = norm(textOf(e));
	});
	return title;
}

function nameOf(el: Element): string {
	const aria = el.properties['ariaLabel'];
	return typeof aria === 'string' ? aria : '';
}

/** The marks, the crop's hooks, the drawing made inert. Returns the name of what the crop shows. */
function decorate(root: Root, marks: readonly { n: number; path: Path }[], crop: 'layer' | 'window' | null): { shows: string; tall: boolean } {
	let tall = false;
	const targets = marks.map((m) => ({ n: m.n, ...at(root, m.path) }));
	let shows = '';
	const first = targets[0];
	if (first && crop === 'layer') {
		const layer = first.ancestors.find((a) => classes(a).includes('sim-layer'));
		if (layer) {
			addClass(layer, 'pic-focus');
			shows = titleIn(layer);
		}
	}
	if (first && crop === 'window') {
		// The frame is brought to the marks: to the innermost element holding them all (the card, the
		// menu), unless that is the whole window; then to the first mark.
		const common = first.ancestors.filter((a) => targets.every((t) => t.ancestors.includes(a)));
		const holder = common.at(-1);
		const wide = !holder || holder.properties['dataWindow'] !== undefined || classes(holder).some((c) => ['sim-win', 'sim-windows', 'sim-base', 'sim-screen', 'sim-page', 'sim-win-body'].includes(c));
		const snap = wide || targets.length === 1 ? first.el : holder;
		addClass(snap, 'pic-snap');
		// Windows' search and start menu stand the height of the screen: the frame takes it whole.
		if (first.ancestors.some((a) => classes(a).includes('sim-popup'))) tall = true;
		for (const a of first.ancestors) if (classes(a).some((c) => scrollers.includes(c))) addClass(a, 'pic-scroller');
		const win = first.ancestors.find((a) => a.properties['dataWindow'] !== undefined);
		// The window the marks are in is drawn at its whole height (its page unrolled, as a
		// full-page screenshot), so the frame reaches a mark below the fold without scrolling it.
		if (win) addClass(win, 'pic-focus');
		const named = win?.children.find(isElement);
		shows = named ? nameOf(named) : '';
		if (!shows) shows = first.ancestors.map(nameOf).find(Boolean) ?? '';
	}
	for (const t of targets) {
		t.el.properties['dataPicN'] = String(t.n);
		const parent = t.ancestors.at(-1);
		const siblings = parent ? parent.children : root.children;
		const i = siblings.indexOf(t.el);
		const badge: Element = {
			type: 'element',
			tagName: 'span',
			properties: { className: ['pic-num'], dataN: String(t.n), ariaHidden: 'true' },
			children: [{ type: 'text', value: circled(t.n) }],
		};
		siblings.splice(i + 1, 0, badge);
	}
	return { shows, tall };
}

/**
 * The pictures of one step of a page: the lesson's steps written at `anchor` of `section`.
 * Throws when the step has no lesson step or a mark cannot be found (the build stops: a picture
 * never silently marks nothing).
 */
export async function stepPictures(id: ScenarioId, section: SectionNumber, anchor: string, options: PictureOptions = {}): Promise<Picture[]> {
	const { scenario, states } = await lesson(id);
	let picked = scenario.steps.flatMap((s, i) => (s.section === section && s.anchor === anchor && !s.optional ? [i] : []));
	if (options.only) picked = picked.filter((_, k) => options.only!.includes(k + 1));
	if (picked.length === 0) throw new Error(`step pictures: lesson ${id} has no step at ${section} #${anchor}`);
	const base = `pic-${section.replace(/\./gu, '-')}-${anchor}`;

	// One picture per window or dialog the steps use, in their order.
	const groups: { layer: string; steps: number[] }[] = [];
	for (const i of picked) {
		const step = scenario.steps[i]!;
		const found = await markPath(states[i]!, step);
		if (!found) throw new Error(`step pictures: ${id} step ${i} (${step.text}): its control [${step.target.name}] is not on the screen`);
		const layer = layerOf(found.root, found.path);
		const last = groups.at(-1);
		if (last && last.layer === layer && i === last.steps.at(-1)! + 1) last.steps.push(i);
		else groups.push({ layer, steps: [i] });
	}
	if (options.marks && groups.length !== 1) throw new Error(`step pictures: ${section} #${anchor}: marks by label need one picture, not ${groups.length}`);

	const pictures: Picture[] = [];
	let n = 0;
	for (const [g, group] of groups.entries()) {
		const last = group.steps.at(-1)!;
		const lastStep = scenario.steps[last]!;
		// Typing that Enter sends on is not settled in place: the picture stays before it.
		const settled = settles.has(lastStep.do) && !(lastStep.kind === 'action' && lastStep.press);
		const pc = states[settled ? last + 1 : last]!;
		const id_ = groups.length > 1 ? `${base}--${g + 1}` : base;
		const marks: { n: number; path: Path; label: string }[] = [];
		const drawn = parse(await renderScreen(pc, { idPrefix: `${id_}-` }));
		if (options.marks) {
			for (const label of options.marks) {
				const path = findByLabel(drawn, label);
				if (!path) throw new Error(`step pictures: ${section} #${anchor}: nothing on the screen is named 「${label}」`);
				marks.push({ n: ++n, path, label });
			}
		} else {
			for (const i of group.steps) {
				const step = scenario.steps[i]!;
				const found = await markPath(pc, step);
				if (!found) throw new Error(`step pictures: ${section} #${anchor}: [${step.target.name}] is not on the pictured screen`);
				marks.push({ n: ++n, path: found.path, label: step.target.name });
			}
		}
		const crop = group.layer.startsWith('layer:') ? 'layer' : 'window';
		const { shows, tall } = decorate(drawn, marks, crop);
		const whole = parse(await renderScreen(pc, { idPrefix: `${id_}-w-` }));
		decorate(whole, marks, null);
		pictures.push({
			id: id_,
			crop,
			tall,
			shows,
			marks: marks.map(({ n: k, label }) => ({ n: k, label })),
			html: toHtml(drawn),
			wholeHtml: toHtml(whole),
		});
	}
	return pictures;
}
