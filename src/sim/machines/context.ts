import { assign } from 'xstate';
import { activeTab } from '../world/derive';
import type { AdvancedOption, BrowserWindow, Edge, Page, Tab, World, ZoneChoice, ZoneName, ZoneSetting } from '../world/types';
import type { PcEvent } from './events';

/**
 * The PC machine's context: the world (what lasts) and the scratch state of open dialogs
 * (what is typed or ticked but not yet committed). Both are plain JSON.
 */
export interface PcContext {
	readonly world: World;
	readonly ui: Ui;
}

/** Why the かながわシステム refused a login or a password change (the view words it). */
export type KanagawaError =
	| 'locked'
	| 'wrongPassword'
	| 'temporaryExpired'
	| 'currentWrong'
	| 'confirmMismatch'
	| 'policy';

export interface Ui {
	/** Windows search box (3.1 step 2, 3.9 step 2). */
	readonly search: string;
	/** Edge ページの追加 dialog (2.2.1 step 7). */
	readonly addPage: string;
	/** Edge お気に入り dialog's [フォルダー] (2.3.1 step 5): it opens on the folder last chosen, first on FAVORITES_BAR. */
	readonly favoriteFolder: string;
	/** Edge saved passwords ticked for deletion (3.15 step 2). */
	readonly passwordsSelected: readonly string[];
	/** Edge's offer to save the password just used (3.15 [なし]); not a dialog: the page stays usable. */
	readonly passwordPrompt: { readonly site: string; readonly user: string; readonly password: string } | null;
	readonly io: {
		readonly zone: ZoneName;
		readonly siteInput: string;
		readonly siteSelected: string | null;
		/** Why 追加(A) did nothing: an http address while https is required, or not an address. */
		readonly siteError: 'httpsRequired' | 'invalid' | null;
		/** The custom-level dialog's zone and choices until [OK]. */
		readonly customZone: ZoneName;
		readonly customDraft: Readonly<Record<ZoneSetting, ZoneChoice>>;
		/** 詳細設定 boxes until [適用] or [OK]. */
		readonly advancedDraft: Readonly<Record<AdvancedOption, boolean>>;
	};
	readonly cp: { readonly expanded: string | null; readonly removing: string | null };
	readonly basicAuth: { readonly user: string; readonly password: string; readonly remember: boolean; readonly failed: boolean };
	readonly picker: { readonly kind: 'confirm' | 'auth'; readonly options: readonly number[]; readonly selected: number | null };
	readonly ks: {
		readonly user: string;
		readonly password: string;
		readonly current: string;
		readonly next: string;
		readonly confirm: string;
		readonly error: KanagawaError | null;
	};
	/** What the certificate service's install dialog is installing. */
	readonly csInstalling: 'root' | 'temporary' | 'client' | null;
}

const enabled = { activeScripting: 'enable', scriptSafeActiveX: 'enable', runActiveX: 'enable' } as const;

export const emptyKs: Ui['ks'] = { user: '', password: '', current: '', next: '', confirm: '', error: null };

/**
 * Edge's own first folder, where its このページをお気に入りに追加 opens: the manual's step 5 chooses a
 * folder from the list ([その他のお気に入り] as its example), so there is one to choose.
 */
export const FAVORITES_BAR = 'お気に入りバー';

export function initialUi(world: World): Ui {
	return {
		search: '',
		addPage: '',
		favoriteFolder: FAVORITES_BAR,
		passwordsSelected: [],
		passwordPrompt: null,
		io: {
			zone: 'internet',
			siteInput: '',
			siteSelected: null,
			siteError: null,
			customZone: 'internet',
			customDraft: enabled,
			advancedDraft: world.internetOptions.advanced,
		},
		cp: { expanded: null, removing: null },
		basicAuth: { user: '', password: '', remember: false, failed: false },
		picker: { kind: 'confirm', options: [], selected: null },
		ks: emptyKs,
		csInstalling: null,
	};
}

/** An action that replaces the context with what a pure function of (context, event) returns. */
export const effect = (fn: (ctx: PcContext, event: PcEvent) => PcContext) =>
	assign<PcContext, PcEvent, undefined, PcEvent, never>(({ context, event }) => fn(context, event));

/** A guard over the context and the event. */
export type Guard = (args: { context: PcContext; event: PcEvent }) => boolean;

/* ---------- Small immutable updates ---------- */

export function withWorld(ctx: PcContext, world: World): PcContext {
	return { ...ctx, world };
}

export function withUi(ctx: PcContext, ui: Partial<Ui>): PcContext {
	return { ...ctx, ui: { ...ctx.ui, ...ui } };
}

export function withEdge(ctx: PcContext, edge: Partial<Edge>): PcContext {
	return withWorld(ctx, { ...ctx.world, edge: { ...ctx.world.edge, ...edge } });
}

/** Replaces the focused window. */
export function withFocusedWindow(ctx: PcContext, fn: (w: BrowserWindow) => BrowserWindow): PcContext {
	const windows = ctx.world.edge.windows;
	const last = windows.at(-1);
	if (!last) return ctx;
	return withEdge(ctx, { windows: [...windows.slice(0, -1), fn(last)] });
}

/** Replaces the active tab of the focused window. */
export function withActiveTab(ctx: PcContext, fn: (tab: Tab) => Tab): PcContext {
	return withFocusedWindow(ctx, (w) => ({ ...w, tabs: w.tabs.map((t, i) => (i === w.active ? fn(t) : t)) }));
}

export function withPage(ctx: PcContext, page: Page): PcContext {
	return withActiveTab(ctx, (t) => ({ ...t, page }));
}

export function activePage(ctx: PcContext): Page | null {
	return activeTab(ctx.world)?.page ?? null;
}

export const newTab = (): Tab => ({ address: '', ieMode: false, page: { kind: 'newTab' } });
