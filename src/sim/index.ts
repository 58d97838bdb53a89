/**
 * The simulation engine's public entry (views import from here; a page imports its own
 * scenario module, or `loadScenario(id)`, so it never bundles every lesson).
 */
export { pcMachine, createPc, startPc, stepPc, canPc, pcKey, pcInput, type PcSnapshot, type PcStateValue } from './pc';
export type * from './machines/events';
export type { PcContext, Ui, KanagawaError } from './machines/context';
export { certSession, sessionTemporaryCert, pendingPrompt, pageTitle } from './machines/web';
export { searchResults, type SearchApp } from './machines/shell';
export { openDialogs, type Program } from './screens';
export { controlFor, areas, clockControls, ownWords, tabTitle, credentialShownAs, type Control, type Target, type Locator, type Role, type Do } from './controls';
export * from './world/derive';
export type * from './world/types';
export { screenDate, isWithin, type IsoDateTime } from './world/time';
export { practiceAccount, secondPracticeAccount, practiceAccounts, type PracticeAccount } from './world/practice-account';
export {
	createTrainer,
	trainerMachine,
	startContext,
	act,
	askHint,
	watchTo,
	matchesStep,
	progressKey,
	stepStatuses,
	summary,
	currentStep,
	score,
	statusLabels,
	modeLabels,
	SCORE,
	MAX_GAP_MS,
	type Mode,
	type StepStatus,
	type StepRecord,
	type Feedback,
	type TrainerContext,
	type TrainerEvent,
	type TrainerSnapshot,
	type TrainerActor,
	type Score,
} from './trainer';
export { saveTrainer, restoreTrainer, type RestoreResult, type SavedProgress } from './progress';
export type { Scenario, Step, ActionStep, CheckStep, Goal } from './scenarios/types';
export { holds, type Pred, type PredName } from './scenarios/predicates';
export { goalReached, playSteps, startOf } from './scenarios/play';
export { scenarioIds, scenarioOfSection, isScenarioId, loadScenario, type ScenarioId } from './scenarios/catalog';
