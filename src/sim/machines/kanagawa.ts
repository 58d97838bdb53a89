import { and } from 'xstate';
import { lockoutFailures } from '../../facts/periods';
import { activeTab, isLocked, isPasswordExpired, isSystemHost, periods } from '../world/derive';
import { meetsPasswordPolicy } from '../world/password-policy';
import { endOf } from '../world/time';
import type { Account, KanagawaScreen } from '../world/types';
import { effect, emptyKs, withPage, withUi, withWorld, type KanagawaError, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { activeUrl } from './web';

/**
 * The かながわシステム: the login screen (2.3.1 step 9), AA041 「パスワードの有効期限が切れています」
 * with the password policy (step 10, src/facts/password-policy.ts),
 * the portal, and logout with its confirmation (2.3.2). 3 failed logins in a row lock the account
 * for 30 minutes (3.5); a temporary password lapses 180 days after issue, a real one 180 days
 * after it was set (then AA041 asks for a new one). The login button needs JavaScript (3.4).
 */

type Args = { context: PcContext; event: PcEvent };

function screen(ctx: PcContext): KanagawaScreen | null {
	const page = activeTab(ctx.world)?.page;
	return page?.kind === 'kanagawa' ? page.screen : null;
}

const loginFields = ['user', 'password'] as const;
const changeFields = ['current', 'next', 'confirm'] as const;

export const kanagawaGuards = {
	onScreen: ({ context }: Args, params: { screen: KanagawaScreen }) => screen(context) === params.screen,
	fieldShown: ({ context, event }: Args) => {
		if (event.type !== 'ks.input') return false;
		const s = screen(context);
		return (s === 'login' && (loginFields as readonly string[]).includes(event.field)) || (s === 'aa041' && (changeFields as readonly string[]).includes(event.field));
	},
	javascriptOn: ({ context }: Args) => context.world.edge.javascript,
};

function withAccount(ctx: PcContext, office: string, account: Account): PcContext {
	return withWorld(ctx, { ...ctx.world, kanagawa: { accounts: { ...ctx.world.kanagawa.accounts, [office]: account } } });
}

function refuse(ctx: PcContext, error: KanagawaError, keep: Partial<PcContext['ui']['ks']> = {}): PcContext {
	return withUi(ctx, { ks: { ...emptyKs, ...keep, error } });
}

/** Edge offers to save the password that just worked (3.15), unless told never to for this site. */
function offerToSave(ctx: PcContext, user: string, password: string): PcContext {
	const url = activeUrl(ctx.world);
	const p = ctx.world.edge.passwords;
	if (!url || !isSystemHost(url.host) || !p.offerToSave || p.never.includes(url.host)) return ctx;
	if (p.saved.some((s) => s.site === url.host && s.user === user && s.password === password)) return ctx;
	return withUi(ctx, { passwordPrompt: { site: url.host, user, password } });
}

export const kanagawaActions = {
	typeKanagawa: effect((c, e) => (e.type === 'ks.input' ? withUi(c, { ks: { ...c.ui.ks, [e.field]: e.value, error: null } }) : c)),
	logIn: effect((c) => {
		const now = c.world.clock;
		const { user, password } = c.ui.ks;
		const account = c.world.kanagawa.accounts[user];
		if (!account) return refuse(c, 'wrongPassword', { user });
		if (isLocked(account, now)) return refuse(c, 'locked', { user });
		const unlocked = account.lockedUntil === null ? account : { ...account, lockedUntil: null, failures: 0 };
		if (password !== account.password.value) {
			const failures = unlocked.failures + 1;
			if (failures >= lockoutFailures.value) {
				return refuse(withAccount(c, user, { ...unlocked, failures: 0, lockedUntil: endOf(now, periods.lockout) }), 'locked', { user });
			}
			return refuse(withAccount(c, user, { ...unlocked, failures }), 'wrongPassword', { user });
		}
		const ok = { ...unlocked, failures: 0 };
		if (account.password.kind === 'temporary' && isPasswordExpired(account, now)) return refuse(withAccount(c, user, ok), 'temporaryExpired', { user });
		const next = withAccount(c, user, ok);
		if (account.password.kind === 'temporary' || isPasswordExpired(account, now)) {
			return withUi(withPage(next, { kind: 'kanagawa', screen: 'aa041' }), { ks: { ...emptyKs, user } });
		}
		return offerToSave(withUi(withPage(next, { kind: 'kanagawa', screen: 'portal' }), { ks: emptyKs }), user, password);
	}),
	/** 変更してログイン: current password right, the two new ones equal and within the policy. */
	changePassword: effect((c) => {
		const { user, current, next, confirm } = c.ui.ks;
		const account = c.world.kanagawa.accounts[user];
		if (!account || current !== account.password.value) return refuse(c, 'currentWrong', { user });
		if (next !== confirm) return refuse(c, 'confirmMismatch', { user });
		if (!meetsPasswordPolicy(next)) return refuse(c, 'policy', { user });
		const changed = withAccount(c, user, { password: { kind: 'real', value: next, changedAt: c.world.clock }, failures: 0, lockedUntil: null });
		return offerToSave(withUi(withPage(changed, { kind: 'kanagawa', screen: 'portal' }), { ks: emptyKs }), user, next);
	}),
	logOut: effect((c) => withUi(withPage(c, { kind: 'kanagawa', screen: 'loggedOut' }), { passwordPrompt: null })),
};

export const kanagawaRegion = {
	initial: 'idle',
	states: {
		idle: {
			id: 'ksIdle',
			on: {
				'ks.input': { guard: and(['browserFree', 'fieldShown']), actions: 'typeKanagawa' },
				'ks.login': { guard: and(['browserFree', 'javascriptOn', { type: 'onScreen', params: { screen: 'login' } } as const]), actions: 'logIn' },
				'ks.change': { guard: and(['browserFree', 'javascriptOn', { type: 'onScreen', params: { screen: 'aa041' } } as const]), actions: 'changePassword' },
				'ks.logout': { guard: and(['browserFree', { type: 'onScreen', params: { screen: 'portal' } } as const]), target: 'logoutConfirm' },
			},
		},
		/** 「このページの内容: ログアウトします。よろしいですか?」 */
		logoutConfirm: {
			on: {
				'ks.logoutConfirm.ok': { target: 'idle', actions: 'logOut' },
				'ks.logoutConfirm.cancel': 'idle',
			},
		},
	},
} satisfies RegionConfig;
