/**
 * The part of the engine the player uses, imported module by module instead of through `engine/index.ts`:
 * the barrel also brings `persistence.ts`, whose zod schemas are built at module load and so cannot be
 * tree-shaken (about 40 KB gzipped). Import the engine in UI code from here.
 */
export { LANGUAGES, SOURCE_LANGUAGE, DOMAINS, HAIR_STYLES } from '../../engine/scenario.types.ts';
export type { Appearance, CompiledOption, CompiledScenario, Domain, Fidelity, Lang, Mode, NoteMode, Trait } from '../../engine/scenario.types.ts';
export type { ClientState } from '../../engine/state.ts';
export type { FinalMode, Outcome } from '../../engine/outcome.ts';
export { EngineError, paramsFor } from '../../engine/turn.ts';
export { lowTrustBelow } from '../../engine/dynamics.ts';
export {
  choose,
  lineText,
  selectClientLines,
  selectOptions,
  selectOutcome,
  selectTranscript,
  startSession,
  stateOf,
  type Session,
} from '../../engine/session.ts';
export { compareLoss, lookAheadTurns, type OptionLookAhead, type TurnLookAhead } from '../../engine/look-ahead.ts';
export { isMiNonAdherent } from '../../engine/codes.ts';
export type { TranscriptEntry, TurnExplanation, RuleFired } from '../../engine/state.ts';
export { findOption, replayRecord, resumeSession, rewindSession, stateAfterChoices, type PlayRecord } from '../../engine/rewind.ts';
export { curves, mitiSummary, stressSensitiveChecklist, MITI_THRESHOLDS } from '../../engine/scoring.ts';
export type { ChecklistResult, CurvePoint, MitiCounts, MitiMeasure, MitiSummary, Rating } from '../../engine/scoring.ts';
export { onEngineEvent } from '../../engine/session.ts';
export type { EngineEvent } from '../../engine/state.ts';
export { planStart, reachableStartModes, startStateAt, type StartPlan, type StartRequest } from '../../engine/start-at.ts';
export { CONSULTANT_CHOICES, DEFAULT_CONSULTANT, MAX_CONSULTANT_NAME, fillConsultant, mentionsConsultant, withConsultant } from '../../engine/consultant.ts';
export type { ConsultantChoice, ConsultantReference } from '../../engine/consultant.ts';
export { seedState } from '../../engine/rng.ts';
