import { effect, withUi, withWorld, type PcContext } from './context';
import type { PcEvent } from './events';
import type { RegionConfig } from './setup';
import { searchResults } from './shell';

/**
 * Control Panel's Credential Manager (3.9 steps 2–6): 表示方法 カテゴリ, ユーザアカウント,
 * Windows 資格情報の管理, the saved credential's [⌵], 削除 and the confirmation [はい].
 * Removing the credential brings the login dialog back (windowsSecurity reads the world).
 */

type Args = { context: PcContext; event: PcEvent };

export const controlPanelGuards = {
	// Only from Windows search's results (3.9 step 2), which list it once 「コントロール パネル」 is typed.
	choseControlPanel: ({ context, event }: Args) => event.type === 'shell.search.choose' && event.app === 'controlPanel' && searchResults(context.ui.search).includes('controlPanel'),
	/** ユーザアカウント is a link of the category view (3.9 step 3 switches to it first). */
	categoryView: ({ context }: Args) => context.world.controlPanelView === 'category',
	credentialListed: ({ context, event }: Args) =>
		(event.type === 'cp.credential.expand' || event.type === 'cp.credential.remove') && context.world.credentials.some((c) => c.target === event.target),
	credentialExpanded: ({ context, event }: Args) => event.type === 'cp.credential.remove' && context.ui.cp.expanded === event.target,
};

export const controlPanelActions = {
	resetControlPanel: effect((c) => withUi(c, { cp: { expanded: null, removing: null } })),
	setViewBy: effect((c, e) => (e.type === 'cp.viewBy' ? withWorld(c, { ...c.world, controlPanelView: e.value }) : c)),
	expandCredential: effect((c, e) => {
		if (e.type !== 'cp.credential.expand') return c;
		return withUi(c, { cp: { ...c.ui.cp, expanded: c.ui.cp.expanded === e.target ? null : e.target } });
	}),
	askRemoveCredential: effect((c, e) => (e.type === 'cp.credential.remove' ? withUi(c, { cp: { ...c.ui.cp, removing: e.target } }) : c)),
	removeCredential: effect((c) => {
		const gone = c.ui.cp.removing;
		return withUi(withWorld(c, { ...c.world, credentials: c.world.credentials.filter((x) => x.target !== gone) }), { cp: { expanded: null, removing: null } });
	}),
	keepCredential: effect((c) => withUi(c, { cp: { ...c.ui.cp, removing: null } })),
};

export const controlPanelRegion = {
	initial: 'closed',
	states: {
		closed: {
			on: { 'shell.search.choose': { guard: 'choseControlPanel', target: 'home', actions: 'resetControlPanel' } },
		},
		home: {
			on: {
				'cp.viewBy': { actions: 'setViewBy' },
				'cp.userAccounts': { guard: 'categoryView', target: 'userAccounts' },
				'cp.close': 'closed',
			},
		},
		userAccounts: {
			on: {
				'cp.manageCredentials': 'credentials',
				'cp.close': 'closed',
			},
		},
		credentials: {
			on: {
				'cp.credential.expand': { guard: 'credentialListed', actions: 'expandCredential' },
				'cp.credential.remove': { guard: 'credentialExpanded', target: 'confirmRemove', actions: 'askRemoveCredential' },
				'cp.close': 'closed',
			},
		},
		confirmRemove: {
			on: {
				'cp.confirm.yes': { target: 'credentials', actions: 'removeCredential' },
				'cp.confirm.no': { target: 'credentials', actions: 'keepCredential' },
			},
		},
	},
} satisfies RegionConfig;
