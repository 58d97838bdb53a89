import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { SectionNumber } from '../facts/fact';
import type { PcEvent } from '../sim/machines/events';
import { canPc, stepPc, type PcSnapshot } from '../sim/pc';
import { loadScenario, type ScenarioId } from '../sim/scenarios/catalog';
import { playSteps } from '../sim/scenarios/play';
import type { Scenario, Step } from '../sim/scenarios/types';
import { drawFields } from './drawn-fields';
import { addClass, classes, isElement, textOf } from './hast';
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
	/** The screen with the marks and the crop's hooks (the crop's CSS applies only in the page: opened, it is the whole screen). */
	readonly html: string;
}

export interface PictureOptions {
	/** Which of the step's lesson steps to picture (1-based, in their order); all by default. */
	readonly only?: readonly number[];
	/** The marks by the manual's labels, in its order (one picture only). */
	readonly marks?: readonly string[];
	/**
	 * The page step whose lesson steps give the picture's world, where the manual's figure shows a
	 * screen the lesson reaches at another step (3.10 step 1 (1)'s 仮クライアント証明書, which the
	 * lesson reaches at step 2 (4)); the page's own step by default.
	 */
	readonly from?: string;
	/**
	 * What the manual's figure shows that the lesson's path does not take, as events the engine
	 * applies to that world (2.2.2 step 8's [▼] opened). Each must be one the PC takes there; the
	 * marks are then named by label.
	 */
	readonly then?: readonly PcEvent[];
	/** The first mark's number, where the manual numbers on across a step's figures (3.10's ⑤). */
	readonly first?: number;
	/** Red frames without numbers (a figure the manual frames but does not number). */
	readonly plain?: boolean;
}

/** A short name for a set of options (the pictures are drawn at build time, in Node). */
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

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

/** Document order of two paths. */
function compare(a: Path, b: Path): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

/**
 * The innermost element named `label` (aria-label) or showing exactly that text; failing that, the
 * innermost whose text holds it (the manual names a message by its words: 「インストールが完了し」).
 * The first after `after` (the mark before it: the manual numbers in reading order, so the
 * [有効にする] of the setting just marked), else the first; those in `within` (the dialog the
 * step is about: its title, not the same words in the window under it) before the others.
 */
export function findByLabel(root: Root, label: string, after?: Path, within?: Path): Path | null {
	const want = norm(label);
	const innermost = (hits: Path[]) => hits.filter((p) => !hits.some((q) => q !== p && q.length > p.length && p.every((v, i) => q[i] === v)));
	const exact: Path[] = [];
	const holding: Path[] = [];
	walk(root, (el, path) => {
		const aria = el.properties['ariaLabel'];
		const text = norm(textOf(el));
		if ((typeof aria === 'string' && norm(aria) === want) || text === want) exact.push(path);
		else if (text.includes(want)) holding.push(path);
	});
	const all = innermost(exact.length ? exact : holding).map((p) => withItsControl(root, p));
	const inside = within ? all.filter((p) => within.every((v, i) => p[i] === v)) : [];
	const hits = inside.length ? inside : all;
	return (after && hits.find((p) => compare(p, after) > 0)) || (hits[0] ?? null);
}

/**
 * A label beside the control it names (a switch's 「許可 (推奨)」): their row, so the frame holds
 * the setting and its state, as the manual frames a switch (1.2.2 step 5 framed the label alone).
 */
function withItsControl(root: Root, path: Path): Path {
	const { el, ancestors } = at(root, path);
	const id = el.properties['id'];
	const parent = ancestors.at(-1);
	if (typeof id !== 'string' || !parent) return path;
	const names = (c: Element) => String(c.properties['ariaLabelledBy'] ?? '').split(/\s+/u).includes(id);
	return parent.children.some((c) => isElement(c) && names(c)) ? path.slice(0, -1) : path;
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
function decorate(root: Root, marks: readonly { n: number; path: Path }[], crop: 'layer' | 'window', plain = false): { shows: string; tall: boolean } {
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
		if (plain) continue;
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
	const world = options.from ?? anchor;
	// `end`: the world the lesson ends in (3.10's PC with both offices' certificates).
	const ending = world === 'end';
	let picked = ending ? [] : scenario.steps.flatMap((s, i) => (s.section === section && s.anchor === world && !s.optional ? [i] : []));
	if (options.only) picked = picked.filter((_, k) => options.only!.includes(k + 1));
	if (picked.length === 0 && !ending) throw new Error(`step pictures: lesson ${id} has no step at ${section} #${world}`);
	if (ending && !options.then) throw new Error(`step pictures: ${section} #${anchor}: the lesson's end is pictured with what the figure shows there (then)`);
	if (options.then && !options.marks) throw new Error(`step pictures: ${section} #${anchor}: a screen off the lesson's path is marked by label`);
	// A step may have several figures (3.10 step 1 (1) has three): each its own ids.
	const variant = options.from || options.then || options.only || options.first ? `-${hash(JSON.stringify([options.from, options.then, options.only, options.first]))}` : '';
	const base = `pic-${section.replace(/\./gu, '-')}-${anchor}${variant}`;

	// One picture per window or dialog the steps use, in their order.
	const groups: { layer: string; steps: number[] }[] = ending ? [{ layer: '', steps: [] }] : [];
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
	let n = (options.first ?? 1) - 1;
	for (const [g, group] of groups.entries()) {
		const last = group.steps.at(-1);
		const lastStep = last === undefined ? undefined : scenario.steps[last]!;
		// Typing that Enter sends on is not settled in place: the picture stays before it.
		const settled = lastStep && settles.has(lastStep.do) && !(lastStep.kind === 'action' && lastStep.press);
		const reached = last === undefined ? states.at(-1)! : states[settled ? last + 1 : last]!;
		const pc = (options.then ?? []).reduce((now, event) => {
			if (!canPc(now, event)) throw new Error(`step pictures: ${section} #${anchor}: the PC does not take ${JSON.stringify(event)} there`);
			return stepPc(now, event);
		}, reached);
		const id_ = groups.length > 1 ? `${base}--${g + 1}` : base;
		const marks: { n: number; path: Path; label: string }[] = [];
		const drawn = parse(await renderScreen(pc, { idPrefix: `${id_}-` }));
		if (options.marks) {
			const dialog = group.layer.startsWith('layer:') ? group.layer.slice('layer:'.length).split('.').map(Number) : undefined;
			for (const label of options.marks) {
				const path = findByLabel(drawn, label, marks.at(-1)?.path, dialog);
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
		// Off the lesson's path, the screen's first mark says what is pictured.
		const layer = options.then && marks[0] ? layerOf(drawn, marks[0].path) : group.layer;
		const crop = layer.startsWith('layer:') ? 'layer' : 'window';
		const { shows, tall } = decorate(drawn, marks, crop, options.plain);
		drawFields(drawn);
		pictures.push({
			id: id_,
			crop,
			tall,
			shows,
			marks: marks.map(({ n: k, label }) => ({ n: k, label })),
			html: toHtml(drawn),
		});
	}
	return pictures;
}
