import { effect, withWorld, type PcContext } from './context';
import type { PcEvent, Windows11Page } from './events';
import type { RegionConfig } from './setup';
import { stateIn } from 'xstate';

/**
 * Windows 11 設定 (3.14): プライバシーとセキュリティ → Windows セキュリティ → アプリとブラウザーの制御
 * → 評価ベースの保護設定, with the switches アプリとファイルの確認 and Microsoft Edge の SmartScreen.
 * Opened from the start button's right-click menu, which this simulation offers on Windows 11 only.
 */

type Args = { context: PcContext; event: PcEvent };

export const windows11Guards = {
	w11PageIs: ({ event }: Args, params: { page: Windows11Page }) => event.type === 'w11.page' && event.page === params.page,
	certTabIs: ({ event }: Args, params: { tab: 'personal' | 'trustedRoots' }) => event.type === 'cm.tab' && event.tab === params.tab,
};

export const windows11Actions = {
	setReputation: effect((c, e) =>
		e.type === 'w11.set' ? withWorld(c, { ...c.world, reputation: { ...c.world.reputation, [e.setting]: e.on } }) : c,
	),
};

const page = (p: Windows11Page, target: string) => ({ guard: { type: 'w11PageIs', params: { page: p } } as const, target });

export const windows11Region = {
	initial: 'closed',
	// [設定] from the start button's menu opens Settings at its first page, also when it is
	// already open on another page (3.14 step 1 starts there, whatever Settings showed before).
	on: { 'shell.start.settings': { guard: stateIn('#shellStartMenu'), target: '.home' } },
	states: {
		closed: {},
		home: { on: { 'w11.page': page('privacy', 'privacy'), 'w11.close': 'closed' } },
		privacy: { on: { 'w11.page': page('windowsSecurity', 'windowsSecurity'), 'w11.close': 'closed' } },
		windowsSecurity: { on: { 'w11.page': page('appBrowser', 'appBrowser'), 'w11.close': 'closed' } },
		appBrowser: { on: { 'w11.page': page('reputation', 'reputation'), 'w11.close': 'closed' } },
		reputation: { on: { 'w11.set': { actions: 'setReputation' }, 'w11.close': 'closed' } },
	},
} satisfies RegionConfig;
