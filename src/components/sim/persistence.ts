/**
 * What an island needs to keep its progress in the training record: the progress hooks and the
 * engine's save and restore. Loaded with the island when it has progress to resume (or a record
 * to report on), otherwise at the learner's first step (src/components/sim/useTrainer.ts).
 */
export * as hooks from './progress-hooks';
export { restoreTrainer, toSaved } from '../../sim/progress';
export { later } from './write-later';
