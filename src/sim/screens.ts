import type { PcSnapshot } from './pc';

/**
 * Which dialogs and pages of each program are open: one string per program (null when the
 * program shows nothing of its own), e.g. `{ edge: 'menu', internetOptions: 'open.trustedSites',
 * windowsSecurity: 'picker.expanded', certService: 'installBar', … }`. A view renders a dialog
 * when its program's entry names it; the content comes from the world (`pc.context.world`) and
 * the dialog's scratch state (`pc.context.ui`).
 */
export type Program =
	| 'shell'
	| 'edge'
	| 'internetOptions'
	| 'controlPanel'
	| 'certManager'
	| 'windows11'
	| 'windowsSecurity'
	| 'certService'
	| 'kanagawa';

const resting = new Set(['idle', 'closed']);

function flatten(value: unknown): string {
	if (typeof value === 'string') return value;
	const [key, inner] = Object.entries(value as Record<string, unknown>)[0]!;
	return `${key}.${flatten(inner)}`;
}

export function openDialogs(pc: PcSnapshot): Readonly<Record<Program, string | null>> {
	const value = pc.value as Record<Program, unknown>;
	const out = {} as Record<Program, string | null>;
	for (const [program, v] of Object.entries(value) as [Program, unknown][]) {
		const state = flatten(v);
		out[program] = resting.has(state) ? null : state;
	}
	return out;
}
