import { and } from 'xstate';
import type { RegionConfig } from './setup';

/**
 * Edge's certificate manager, [証明書] (2.2.4 step 4, 3.16): the [個人] and
 * [信頼されたルート証明機関] tabs, [閉じる]. It only looks at the world's stores.
 */
export const certManagerRegion = {
	initial: 'closed',
	states: {
		closed: {
			id: 'cmClosed',
			on: {
				'edge.settings.manageCertificates': {
					guard: and(['browserFree', { type: 'onPage', params: { page: 'privacy' } } as const]),
					target: 'personal',
				},
			},
		},
		personal: {
			on: {
				'cm.tab': { guard: { type: 'certTabIs', params: { tab: 'trustedRoots' } }, target: 'trustedRoots' },
				'cm.close': 'closed',
			},
		},
		trustedRoots: {
			on: {
				'cm.tab': { guard: { type: 'certTabIs', params: { tab: 'personal' } }, target: 'personal' },
				'cm.close': 'closed',
			},
		},
	},
} satisfies RegionConfig;
