/**
 * What an island that persists needs (loaded with it, never on a page without `persist`): the
 * progress hooks of the training record and the engine's save and restore.
 */
export * as hooks from './progress-hooks';
export { restoreTrainer, toSaved } from '../../sim/progress';
