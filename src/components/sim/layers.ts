import type { PcSnapshot } from '../../sim/pc';
import { openDialogs } from '../../sim/screens';
import { activeTab } from '../../sim/world/derive';

/**
 * What the virtual PC shows, bottom to top (a pure selector over the snapshot): the windows that
 * are open, the dialogs over them, and which dialogs are modal. A modal dialog makes everything
 * beneath it inert within the PC (the real one blocks its program: the engine's `browserFree`),
 * never the trainer's own controls around the PC.
 */

export type WindowKind = 'edge' | 'controlPanel' | 'windows11';

export type DialogKind =
	| 'internetOptions'
	| 'trustedSites'
	| 'customLevel'
	| 'addPage'
	| 'addFavorite'
	| 'certManager'
	| 'basicAuth'
	| 'picker'
	| 'certService'
	| 'logoutConfirm';

export interface Layer {
	readonly kind: DialogKind;
	/** The state of the program the dialog belongs to (`picker.expanded`, `installBar` …). */
	readonly state: string;
	readonly modal: boolean;
}

export interface Layout {
	readonly windows: readonly WindowKind[];
	readonly dialogs: readonly Layer[];
	/** Pop-ups of the taskbar: Windows search or the start button's menu. */
	readonly shell: 'search' | 'startMenu' | null;
	/** Edge's own pop-ups: the [...] menu or the favourites list. */
	readonly edgePopup: 'menu' | 'favorites' | null;
	/** The index of the top modal dialog (everything below it is inert), or -1. */
	readonly modalFrom: number;
}

export function layout(pc: PcSnapshot, held = false): Layout {
	const o = openDialogs(pc);
	const windows: WindowKind[] = [];
	if (pc.context.world.edge.windows.length > 0) windows.push('edge');
	if (o.controlPanel) windows.push('controlPanel');
	if (o.windows11) windows.push('windows11');

	const dialogs: Layer[] = [];
	const add = (kind: DialogKind, state: string, modal: boolean) => dialogs.push({ kind, state, modal });
	if (o.internetOptions) {
		// Internet Options is a window of its own; its two sub-dialogs are modal over it.
		add('internetOptions', o.internetOptions, false);
		if (o.internetOptions === 'open.trustedSites') add('trustedSites', o.internetOptions, true);
		if (o.internetOptions === 'open.customLevel') add('customLevel', o.internetOptions, true);
	}
	if (o.edge === 'addPage') add('addPage', o.edge, true);
	if (o.edge === 'addFavorite') add('addFavorite', o.edge, true);
	if (o.certManager) add('certManager', o.certManager, true);
	// `held`: the login dialog waits until the trainer's check is answered (trainer.ts heldDialog).
	if (o.windowsSecurity === 'basicAuth') {
		if (!held) add('basicAuth', o.windowsSecurity, true);
	}
	else if (o.windowsSecurity) add('picker', o.windowsSecurity, true);
	if (o.certService) add('certService', o.certService, true);
	if (o.kanagawa === 'logoutConfirm') add('logoutConfirm', o.kanagawa, true);

	let modalFrom = -1;
	dialogs.forEach((d, i) => {
		if (d.modal) modalFrom = i;
	});
	const shell = o.shell === 'search' || o.shell === 'startMenu' ? o.shell : null;
	const edgePopup = o.edge === 'menu' || o.edge === 'favorites' ? o.edge : null;
	return { windows, dialogs, shell, edgePopup, modalFrom };
}

/** IE's notification bar (the add-on prompt): drawn along the bottom of the page, not centred over it as a window is. */
export const isPageBar = (layer: Layer): boolean => layer.kind === 'certService' && (layer.state === 'installBar' || layer.state === 'installMenu');

/** A password is typed on screen (the login dialog, the system's login or AA041): the practice account is shown beside it. */
export function needsAccount(pc: PcSnapshot): 'certService' | 'system' | null {
	if (pc.matches({ windowsSecurity: 'basicAuth' })) return 'certService';
	const page = activeTab(pc.context.world)?.page;
	return page?.kind === 'kanagawa' && (page.screen === 'login' || page.screen === 'aa041') ? 'system' : null;
}
