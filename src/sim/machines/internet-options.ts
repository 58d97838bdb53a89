import { and } from 'xstate';
import { trustedSiteEntry } from '../world/derive';
import type { ZoneName } from '../world/types';
import { effect, withUi, withWorld, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { searchResults } from './shell';

/**
 * Internet Options (インターネットのプロパティ): opened from Windows search (3.1 step 2) or from
 * Edge's 既定のブラウザ page (2.2.1 step 8). The セキュリティ tab with its zones, the 信頼済みサイト
 * dialog (2.2.1 step 8, 3.1 steps 4–8, 3.17 step 5), the custom-level dialog (3.1 steps 9–13)
 * and the 詳細設定 tab (3.1 steps 14–17).
 *
 * Trusted sites take effect at once, as in Windows; custom levels on the dialog's [OK];
 * advanced options on [適用] or [OK].
 */

type Args = { context: PcContext; event: PcEvent };

const zoneOf = (ctx: PcContext): ZoneName => ctx.ui.io.zone;

export const internetOptionsGuards = {
	// Only from Windows search's results (3.1 step 1).
	choseInternetOptions: ({ context, event }: Args) => event.type === 'shell.search.choose' && event.app === 'internetOptions' && searchResults(context.ui.search).includes('internetOptions'),
	tabIs: ({ event }: Args, params: { tab: 'security' | 'advanced' }) => event.type === 'io.tab' && event.tab === params.tab,
	trustedZoneSelected: ({ context }: Args) => zoneOf(context) === 'trusted',
	siteSelected: ({ context }: Args) => context.ui.io.siteSelected !== null && context.world.internetOptions.trustedSites.includes(context.ui.io.siteSelected),
	siteListed: ({ context, event }: Args) => event.type === 'io.sites.select' && context.world.internetOptions.trustedSites.includes(event.site),
};

function io(ctx: PcContext, patch: Partial<PcContext['ui']['io']>): PcContext {
	return withUi(ctx, { io: { ...ctx.ui.io, ...patch } });
}

function options(ctx: PcContext, patch: Partial<PcContext['world']['internetOptions']>): PcContext {
	return withWorld(ctx, { ...ctx.world, internetOptions: { ...ctx.world.internetOptions, ...patch } });
}

export const internetOptionsActions = {
	openInternetOptions: effect((c) => io(c, { zone: 'internet', siteInput: '', siteSelected: null, siteError: null, advancedDraft: c.world.internetOptions.advanced })),
	selectZone: effect((c, e) => (e.type === 'io.zone' ? io(c, { zone: e.zone }) : c)),
	openSites: effect((c) => io(c, { siteInput: '', siteSelected: null, siteError: null })),
	typeSite: effect((c, e) => (e.type === 'io.sites.input' ? io(c, { siteInput: e.value, siteError: null }) : c)),
	setRequireHttps: effect((c, e) => (e.type === 'io.sites.requireHttps' ? options(c, { requireHttps: e.checked }) : c)),
	/**
	 * 追加(A): the list shows the origin only (補足: 「[/certsrv/] は表示されません」). With the
	 * https box ticked an http address is refused, which is why 2.2.1 step 8 (2) unticks it first.
	 */
	addSite: effect((c) => {
		const typed = c.ui.io.siteInput.trim();
		const entry = /^https?:\/\//iu.test(typed) ? trustedSiteEntry(typed) : null;
		if (!entry) return io(c, { siteError: 'invalid' });
		if (c.world.internetOptions.requireHttps && !entry.startsWith('https:')) return io(c, { siteError: 'httpsRequired' });
		const sites = [...new Set([...c.world.internetOptions.trustedSites, entry])].sort();
		return io(options(c, { trustedSites: sites }), { siteInput: '', siteError: null });
	}),
	selectSite: effect((c, e) => (e.type === 'io.sites.select' ? io(c, { siteSelected: e.site }) : c)),
	removeSite: effect((c) => {
		const gone = c.ui.io.siteSelected;
		return io(options(c, { trustedSites: c.world.internetOptions.trustedSites.filter((s) => s !== gone) }), { siteSelected: null });
	}),
	startCustomLevel: effect((c) => io(c, { customZone: c.ui.io.zone, customDraft: c.world.internetOptions.zones[c.ui.io.zone] })),
	setCustomLevel: effect((c, e) => (e.type === 'io.customLevel.set' ? io(c, { customDraft: { ...c.ui.io.customDraft, [e.setting]: e.value } }) : c)),
	commitCustomLevel: effect((c) => options(c, { zones: { ...c.world.internetOptions.zones, [c.ui.io.customZone]: c.ui.io.customDraft } })),
	setAdvanced: effect((c, e) => (e.type === 'io.advanced.set' ? io(c, { advancedDraft: { ...c.ui.io.advancedDraft, [e.option]: e.checked } }) : c)),
	applyAdvanced: effect((c) => options(c, { advanced: c.ui.io.advancedDraft })),
};

export const internetOptionsRegion = {
	initial: 'closed',
	states: {
		closed: {
			on: {
				'shell.search.choose': { guard: 'choseInternetOptions', target: 'open', actions: 'openInternetOptions' },
				'edge.settings.internetOptions': {
					guard: and(['browserFree', { type: 'onPage', params: { page: 'defaultBrowser' } } as const]),
					target: 'open',
					actions: 'openInternetOptions',
				},
			},
		},
		open: {
			initial: 'general',
			states: {
				/** 全般, the tab Windows opens on. */
				general: {
					on: {
						'io.tab': [
							{ guard: { type: 'tabIs', params: { tab: 'security' } }, target: 'security' },
							{ guard: { type: 'tabIs', params: { tab: 'advanced' } }, target: 'advanced' },
						],
						'io.ok': '#pc.internetOptions.closed',
						'io.cancel': '#pc.internetOptions.closed',
					},
				},
				security: {
					on: {
						'io.tab': { guard: { type: 'tabIs', params: { tab: 'advanced' } }, target: 'advanced' },
						'io.zone': { actions: 'selectZone' },
						'io.sites.open': { guard: 'trustedZoneSelected', target: 'trustedSites', actions: 'openSites' },
						'io.customLevel.open': { target: 'customLevel', actions: 'startCustomLevel' },
						'io.apply': { actions: 'applyAdvanced' },
						'io.ok': { target: '#pc.internetOptions.closed', actions: 'applyAdvanced' },
						'io.cancel': '#pc.internetOptions.closed',
					},
				},
				advanced: {
					on: {
						'io.tab': { guard: { type: 'tabIs', params: { tab: 'security' } }, target: 'security' },
						'io.advanced.set': { actions: 'setAdvanced' },
						'io.apply': { actions: 'applyAdvanced' },
						'io.ok': { target: '#pc.internetOptions.closed', actions: 'applyAdvanced' },
						'io.cancel': '#pc.internetOptions.closed',
					},
				},
				trustedSites: {
					on: {
						'io.sites.input': { actions: 'typeSite' },
						'io.sites.requireHttps': { actions: 'setRequireHttps' },
						'io.sites.add': { actions: 'addSite' },
						'io.sites.select': { guard: 'siteListed', actions: 'selectSite' },
						'io.sites.remove': { guard: 'siteSelected', actions: 'removeSite' },
						'io.sites.close': 'security',
					},
				},
				customLevel: {
					on: {
						'io.customLevel.set': { actions: 'setCustomLevel' },
						'io.customLevel.ok': { target: 'security', actions: 'commitCustomLevel' },
						'io.customLevel.cancel': 'security',
					},
				},
			},
		},
	},
} satisfies RegionConfig;
