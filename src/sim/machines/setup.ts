import { and, stateIn } from 'xstate';
import { setup } from './lean-setup';
import { certServiceActions, certServiceGuards } from './cert-service';
import { clockActions, clockGuards } from './clock';
import type { PcContext } from './context';
import { controlPanelActions, controlPanelGuards } from './control-panel';
import { edgeActions, edgeGuards } from './edge';
import type { PcEvent } from './events';
import { internetOptionsActions, internetOptionsGuards } from './internet-options';
import { kanagawaActions, kanagawaGuards } from './kanagawa';
import { shellActions, shellGuards } from './shell';
import { windows11Actions, windows11Guards } from './windows11';
import { windowsSecurityActions, windowsSecurityGuards } from './windows-security';

/**
 * The named guards and actions of every program, in one `setup()`: each program's file holds
 * its own, and its region of the PC machine refers to them by name (`RegionConfig` checks the
 * names at compile time).
 */
export const pcSetup = setup({
	types: {
		context: {} as PcContext,
		events: {} as PcEvent,
		input: {} as PcContext,
	},
	guards: {
		...clockGuards,
		...shellGuards,
		...edgeGuards,
		...internetOptionsGuards,
		...controlPanelGuards,
		...windows11Guards,
		...windowsSecurityGuards,
		...certServiceGuards,
		...kanagawaGuards,
		/** Nothing modal over the browser: no Windows セキュリティ dialog, pop-up, confirmation or certificate manager. */
		browserFree: and([stateIn('#wsIdle'), stateIn('#csIdle'), stateIn('#ksIdle'), stateIn('#cmClosed')]),
		/**
		 * Only the page's own message 「アドオンが実行できませんでした」 is up: the window's [×] still closes the
		 * browser, and the message with it (3.1 step 18 closes the browser; 3.1 never names that message's [OK]).
		 */
		onlyAddonMessage: and([stateIn('#wsIdle'), stateIn('#csAddonFailed'), stateIn('#ksIdle'), stateIn('#cmClosed')]),
	},
	actions: {
		...shellActions,
		...edgeActions,
		...internetOptionsActions,
		...controlPanelActions,
		...windows11Actions,
		...windowsSecurityActions,
		...certServiceActions,
		...kanagawaActions,
		...clockActions,
	},
});

type MachineConfig = Parameters<typeof pcSetup.createMachine>[0];
/** The config of one program's region of the PC machine. */
export type RegionConfig = NonNullable<MachineConfig['states']>[string];
