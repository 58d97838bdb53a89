import { createMachine, type setup as xstateSetup } from 'xstate';

/**
 * XState's `setup()`, typed as it is, without its action creators. `setup()` returns `assign`,
 * `sendTo`, `raise`, `log`, `cancel`, `stopChild`, `enqueueActions`, `emit` and `spawnChild` beside
 * `createMachine`, so a bundle that calls it carries all of them (about 0.8 KB gzipped) though
 * the simulation only ever calls `.createMachine` (issue 14's budget). This one builds the same
 * machine the same way (`createMachine` with the schemas and the named implementations); only
 * `.createMachine` may be used from it (the type still lists the rest).
 */
export const setup = ((implementations: Parameters<typeof xstateSetup>[0]) => {
	const { schemas, actors, actions, guards, delays } = implementations;
	return { createMachine: (config: Record<string, unknown>) => createMachine({ ...config, schemas } as never, { actors, actions, guards, delays } as never) };
}) as unknown as typeof xstateSetup;
