import { savedCredentialTarget } from '../../facts/certificates';
import { isCertServiceHost, pickerCandidates } from '../world/derive';
import { effect, withEdge, withPage, withUi, withWorld, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { activeUrl, loadingDeepLink, pendingPrompt, proceed } from './web';

/**
 * Windows セキュリティ: the certificate pickers (2.2.4 [証明書の確認], 2.3.1 [認証用の証明書の選択],
 * 3.18's [証明書の選択] with [その他]) and the basic-auth login of the certificate service
 * (2.2.2 step 3, with [資格情報を記憶する], 3.9). They open by themselves when a navigation
 * needs them (`always`, reading the world), like the real dialogs.
 *
 * Picker order (3.18): valid certificates of the CA, newest installed on top; the top one is
 * selected; [その他] shows them all, 「インストールされた順に下から」. Expired ones are not listed;
 * [その他] is offered only when there is more than one. The certificate service runs in IE mode,
 * so it gets Windows' picker (a tile and [その他]); the system gets Edge's own
 * [認証用の証明書の選択], a list from the start.
 */

type Args = { context: PcContext; event: PcEvent };

export const windowsSecurityGuards = {
	awaitingPicker: ({ context }: Args) => pendingPrompt(context.world) === 'picker',
	awaitingBasicAuth: ({ context }: Args) => pendingPrompt(context.world) === 'basicAuth',
	severalCertificates: ({ context }: Args) => context.ui.picker.options.length > 1,
	/** Edge's own [認証用の証明書の選択] (2.3.1) lists every certificate at once. */
	pickerIsList: ({ context }: Args) => context.ui.picker.kind === 'auth',
	pickerOffers: ({ context, event }: Args) => event.type === 'ws.picker.select' && context.ui.picker.options.includes(event.serial),
	/** The office's certificate-issuance password, not the system password (the letter's 注意事項). */
	credentialsAccepted: ({ context }: Args) => {
		const { user, password } = context.ui.basicAuth;
		return context.world.certService.offices[user]?.password === password;
	},
};

function choose(ctx: PcContext, serial: number | null): PcContext {
	const url = activeUrl(ctx.world)!;
	const session = ctx.world.edge.session;
	const next = withEdge(ctx, { session: { ...session, tls: { ...session.tls, [url.host]: serial } } });
	return proceed(next, loadingDeepLink(ctx.world));
}

export const windowsSecurityActions = {
	preparePicker: effect((c) => {
		const options = pickerCandidates(c.world).map((cert) => cert.serial);
		const url = activeUrl(c.world);
		return withUi(c, { picker: { kind: url && isCertServiceHost(url.host) ? 'confirm' : 'auth', options, selected: options[0] ?? null } });
	}),
	selectCert: effect((c, e) => (e.type === 'ws.picker.select' ? withUi(c, { picker: { ...c.ui.picker, selected: e.serial } }) : c)),
	acceptPicker: effect((c) => choose(c, c.ui.picker.selected)),
	cancelPicker: effect((c) => choose(c, null)),
	/** A saved credential the service refused: the dialog shows again with its user name. */
	prepareBasicAuth: effect((c) => {
		const saved = c.world.credentials.find((x) => x.target === savedCredentialTarget.value);
		return withUi(c, { basicAuth: { user: saved?.user ?? '', password: '', remember: false, failed: false } });
	}),
	typeBasicAuth: effect((c, e) => (e.type === 'ws.basicAuth.input' ? withUi(c, { basicAuth: { ...c.ui.basicAuth, [e.field]: e.value } }) : c)),
	setRemember: effect((c, e) => (e.type === 'ws.basicAuth.remember' ? withUi(c, { basicAuth: { ...c.ui.basicAuth, remember: e.checked } }) : c)),
	/** Logged in; with 資格情報を記憶する ticked the credential is saved, so next time no dialog (3.9). */
	logInToCertService: effect((c) => {
		const url = activeUrl(c.world)!;
		const { user, password, remember } = c.ui.basicAuth;
		const session = c.world.edge.session;
		let next = withEdge(c, { session: { ...session, auth: { ...session.auth, [url.origin]: user } } });
		if (remember) {
			const credentials = [...next.world.credentials.filter((x) => x.target !== savedCredentialTarget.value), { target: savedCredentialTarget.value, user, password }];
			next = withWorld(next, { ...next.world, credentials });
		}
		return proceed(withUi(next, { basicAuth: { user: '', password: '', remember: false, failed: false } }));
	}),
	rejectBasicAuth: effect((c) => withUi(c, { basicAuth: { ...c.ui.basicAuth, password: '', failed: true } })),
	cancelBasicAuth: effect((c) => withUi(withPage(c, { kind: 'unauthorized' }), { basicAuth: { user: '', password: '', remember: false, failed: false } })),
};

export const windowsSecurityRegion = {
	initial: 'idle',
	states: {
		idle: {
			id: 'wsIdle',
			always: [
				{ guard: 'awaitingPicker', target: 'picker', actions: 'preparePicker' },
				{ guard: 'awaitingBasicAuth', target: 'basicAuth', actions: 'prepareBasicAuth' },
			],
		},
		picker: {
			initial: 'collapsed',
			states: {
				collapsed: {
					always: { guard: 'pickerIsList', target: 'expanded' },
					on: { 'ws.picker.more': { guard: 'severalCertificates', target: 'expanded' } },
				},
				/** [その他]: every certificate, the first installed at the bottom. */
				expanded: { on: { 'ws.picker.select': { guard: 'pickerOffers', actions: 'selectCert' } } },
			},
			on: {
				'ws.picker.ok': { target: 'idle', actions: 'acceptPicker' },
				'ws.picker.cancel': { target: 'idle', actions: 'cancelPicker' },
			},
		},
		basicAuth: {
			on: {
				'ws.basicAuth.input': { actions: 'typeBasicAuth' },
				'ws.basicAuth.remember': { actions: 'setRemember' },
				'ws.basicAuth.ok': [{ guard: 'credentialsAccepted', target: 'idle', actions: 'logInToCertService' }, { actions: 'rejectBasicAuth' }],
				'ws.basicAuth.cancel': { target: 'idle', actions: 'cancelBasicAuth' },
			},
		},
	},
} satisfies RegionConfig;
