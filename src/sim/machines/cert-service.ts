import { and, or } from 'xstate';
import { addonName, temporaryCertName } from '../../facts/certificates';
import { addRequest, installClientCert, installRootCert, issueCert } from '../world/ca';
import { activeTab, activeXAllowed, addonInstalled, isIssued, periods, visibleRequests } from '../world/derive';
import type { CertServiceView } from '../world/types';
import { effect, withPage, withUi, withWorld, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { certSession, sessionTemporaryCert } from './web';

/**
 * The certificate service (証明書サービス) in a tab: its pages are world data (the tab's page);
 * this region's states are the pop-ups over it: the IE-mode install pop-up of NaRAClientControl
 * ([インストール] / [▼] → [すべてのユーザーに対してインストール (A)]), the 【インストールする】
 * screen and its completion, the root certificate's security warning 【はい】 and completion [OK],
 * 【実行ステータス】 【正常終了しました】, the temporary and client certificates' completions, and
 * 「アドオンが実行できませんでした」 when ActiveX may not run (3.1).
 *
 * The add-on only works in Internet Explorer mode: without the banner there is no install
 * pop-up (2.2.2 step 7 補足) and the request and install buttons do nothing.
 */

type Args = { context: PcContext; event: PcEvent };

function view(ctx: PcContext): CertServiceView | null {
	const page = activeTab(ctx.world)?.page;
	return page?.kind === 'certService' && certSession(ctx.world) ? page.view : null;
}

const inIeMode = (ctx: PcContext): boolean => activeTab(ctx.world)?.ieMode === true;
const addonReady = (ctx: PcContext): boolean => inIeMode(ctx) && addonInstalled(ctx.world);

function requestOnPage(ctx: PcContext) {
	const page = activeTab(ctx.world)?.page;
	const session = certSession(ctx.world);
	if (page?.kind !== 'certService' || page.requestId === undefined || !session) return undefined;
	return visibleRequests(ctx.world, session.office, session.serial).find((r) => r.id === page.requestId);
}

export const certServiceGuards = {
	onCertService: ({ context }: Args) => view(context) !== null,
	viewIs: ({ context }: Args, params: { view: CertServiceView }) => view(context) === params.view,
	tabInIeMode: ({ context }: Args) => inIeMode(context),
	/** ActiveX may run for this origin (trusted site, zone levels, no enhanced protected mode). */
	activeXOk: ({ context }: Args) => {
		const s = certSession(context.world);
		return !!s && activeXAllowed(context.world, s.origin);
	},
	/** CA 証明書インストール shows [こちらを] until the add-on is installed. */
	addonMissing: ({ context }: Args) => view(context) === 'caInstall' && !addonInstalled(context.world),
	canInstallRoot: ({ context }: Args) => view(context) === 'caInstall' && addonReady(context),
	canCreateTemporary: ({ context }: Args) => view(context) === 'createTemporary' && addonReady(context),
	canCreateClient: ({ context }: Args) => view(context) === 'createClient' && addonReady(context) && sessionTemporaryCert(context.world) !== null,
	canInstallClient: ({ context }: Args) => view(context) === 'clientInstall' && addonReady(context) && requestOnPage(context) !== undefined,
	/** [クライアント証明書] is offered to a session opened with a valid NacaCertRequester. */
	requestTypeOffered: ({ context, event }: Args) =>
		event.type === 'cs.requestType' &&
		view(context) === 'certRequest' &&
		(event.kind === 'temporary' || sessionTemporaryCert(context.world) !== null),
	taskOffered: ({ context, event }: Args) => {
		if (event.type !== 'cs.task.install' || view(context) !== 'certCheck') return false;
		const s = certSession(context.world)!;
		const request = visibleRequests(context.world, s.office, s.serial).find((r) => r.id === event.requestId);
		return !!request && isIssued(request, context.world.clock);
	},
};

function show(ctx: PcContext, v: CertServiceView, requestId?: number): PcContext {
	return withPage(ctx, { kind: 'certService', view: v, ...(requestId === undefined ? {} : { requestId }) });
}

export const certServiceActions = {
	/** 証明書要求: with a NacaCertRequester in the session, a choice; without one, 要求の作成 of a temporary certificate. */
	openMenu: effect((c, e) => {
		if (e.type !== 'cs.menu') return c;
		if (e.item !== 'certRequest') return show(c, e.item);
		return show(c, sessionTemporaryCert(c.world) !== null ? 'certRequest' : 'createTemporary');
	}),
	openCaInstall: effect((c) => show(c, 'caInstall')),
	prepareAddon: effect((c) => show(c, 'addonPreparing')),
	chooseRequestType: effect((c, e) => (e.type === 'cs.requestType' ? show(c, e.kind === 'temporary' ? 'createTemporary' : 'createClient') : c)),
	openClientInstall: effect((c, e) => (e.type === 'cs.task.install' ? show(c, 'clientInstall', e.requestId) : c)),
	installAddon: effect((c) => withWorld(c, { ...c.world, addons: [...new Set([...c.world.addons, addonName.value])] })),
	backToCaInstall: effect((c) => show(c, 'caInstall')),
	markRoot: effect((c) => withUi(c, { csInstalling: 'root' })),
	installRoot: effect((c) => withWorld(c, installRootCert(c.world))),
	/** 2.2.4 step 2 (1): 「仮クライアント証明書のインストールが開始されます」, valid 10 days from now. */
	installTemporaryCert: effect((c) =>
		withUi(withWorld(c, issueCert(c.world, temporaryCertName.value, c.world.clock, periods.temporaryCert)), { csInstalling: 'temporary' }),
	),
	/** 2.2.4 step 2 (6): the request remembers the NacaCertRequester it was made with (3.18). */
	createClientRequest: effect((c) => {
		const s = certSession(c.world)!;
		return withWorld(c, addRequest(c.world, s.office, sessionTemporaryCert(c.world)!));
	}),
	installClientCertificate: effect((c) => withUi(withWorld(c, installClientCert(c.world, requestOnPage(c)!)), { csInstalling: 'client' })),
	showInfo: effect((c) => withUi(show(c, 'info'), { csInstalling: null })),
	showCertCheck: effect((c) => withUi(show(c, 'certCheck'), { csInstalling: null })),
	doneInstalling: effect((c) => withUi(c, { csInstalling: null })),
};

const free = 'browserFree' as const;

export const certServiceRegion = {
	initial: 'idle',
	states: {
		idle: {
			id: 'csIdle',
			on: {
				'cs.menu': { guard: and([free, 'onCertService']), actions: 'openMenu' },
				'cs.caInstall': { guard: and([free, { type: 'viewIs', params: { view: 'download' } } as const]), actions: 'openCaInstall' },
				'cs.here': [
					{ guard: and([free, 'addonMissing', 'tabInIeMode']), target: 'installBar', actions: 'prepareAddon' },
					// Without IE mode nothing appears: the page waits (2.2.2 step 7 補足).
					{ guard: and([free, 'addonMissing']), actions: 'prepareAddon' },
				],
				'cs.requestType': { guard: and([free, 'requestTypeOffered']), actions: 'chooseRequestType' },
				'cs.createRequest.ok': [
					{ guard: and([free, 'canCreateTemporary', 'activeXOk']), target: 'temporaryDone', actions: 'installTemporaryCert' },
					{ guard: and([free, 'canCreateClient', 'activeXOk']), target: 'status', actions: 'createClientRequest' },
					{ guard: and([free, or(['canCreateTemporary', 'canCreateClient'])]), target: 'addonFailed' },
				],
				'cs.task.install': { guard: and([free, 'taskOffered']), actions: 'openClientInstall' },
				'cs.install': [
					{ guard: and([free, 'canInstallRoot', 'activeXOk']), target: 'securityWarning', actions: 'markRoot' },
					{ guard: and([free, 'canInstallClient', 'activeXOk']), target: 'clientDone', actions: 'installClientCertificate' },
					{ guard: and([free, or(['canInstallRoot', 'canInstallClient'])]), target: 'addonFailed' },
				],
			},
		},
		/** The IE-mode install pop-up (2.2.2 step 8). */
		installBar: {
			on: {
				'cs.bar.install': [{ guard: 'activeXOk', target: 'installScreen' }, { target: 'addonFailed' }],
				'cs.bar.menu': 'installMenu',
			},
		},
		installMenu: {
			on: {
				'cs.bar.installForAllUsers': [{ guard: 'activeXOk', target: 'installScreen' }, { target: 'addonFailed' }],
				'cs.bar.menu': 'installBar',
			},
		},
		/** 2.2.2 step 9: 【インストールする】. */
		installScreen: { on: { 'cs.installScreen.install': { target: 'installDone', actions: 'installAddon' } } },
		/** 2.2.2 step 10: the completion screen, closed with 【×】. */
		installDone: { on: { 'cs.installDone.close': { target: 'idle', actions: 'backToCaInstall' } } },
		/** 「アドオンが実行できませんでした」 (2.2.2 step 9 補足 → 3.1). */
		addonFailed: {
			id: 'csAddonFailed',
			on: {
				'cs.addonFailed.close': 'idle',
				// The browser's window closed over it (edge.ts): the page and its message go with it.
				'edge.window.close': { guard: and(['onlyAddonMessage', 'running']), target: 'idle' },
			},
		},
		/** 2.2.3 step 5: the security warning, 【はい】. */
		securityWarning: {
			on: {
				'cs.securityWarning.yes': { target: 'rootDone', actions: 'installRoot' },
				'cs.securityWarning.no': { target: 'idle', actions: 'doneInstalling' },
			},
		},
		rootDone: { on: { 'cs.done.ok': { target: 'idle', actions: 'doneInstalling' } } },
		temporaryDone: { on: { 'cs.done.ok': { target: 'idle', actions: 'showInfo' } } },
		/** 2.2.4 step 2 (7): 【実行ステータス】 【正常終了しました】. */
		status: { on: { 'cs.status.ok': { target: 'idle', actions: 'showCertCheck' } } },
		clientDone: { on: { 'cs.done.ok': { target: 'idle', actions: 'showCertCheck' } } },
	},
} satisfies RegionConfig;
