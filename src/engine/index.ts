/**
 * The engine's public API: what the UI, the content tools and the scripts use, named one by one. An export
 * that nothing outside the engine uses stays inside its module.
 */
export {
  LANGUAGES,
  type Lang,
  SOURCE_LANGUAGE,
  MODES,
  type Mode,
  TRAITS,
  type Trait,
  FIDELITIES,
  type Fidelity,
  DOMAINS,
  type Domain,
  PHASES,
  type Phase,
  VARIANT_KEYS,
  type VariantTable,
  type Target,
  type NextRule,
  type NoteMode,
  type CompiledOption,
  type CompiledMoment,
  type CompiledEnding,
  type EndingCondition,
  HAIR_STYLES,
  HAIR_COLOURS,
  type Appearance,
  type CompiledScenario,
} from './scenario.types.ts';
export {
  type FactRecord,
  type AgreementRecord,
  type RuleFired,
  type TurnExplanation,
  type ClientState,
  type EngineEvent,
} from './state.ts';
export { CODES, type Code, type Features, NO_FEATURES, FEATURE_KEYS, parseVolley, isMiNonAdherent } from './codes.ts';
export { type ModelParams, DEFAULT_PARAMS, PARAM_SOURCES, PERSONA_TUNABLE, CODE_IMPULSES, FEATURE_IMPULSES } from './params.ts';
export { moderate, lowTrustBelow, capTrustChange, modeRank } from './dynamics.ts';
export { deriveImpulse } from './impulse.ts';
export { mergeLearned } from './learned.ts';
export { RULE_IDS, isRuleId, type RuleId } from './rule-ids.ts';
export { seedState, nextRandom } from './rng.ts';
export {
  EngineError,
  paramsFor,
  initialState,
  endingMatches,
  endingHolds,
  chooseEnding,
  chooseEndingBy,
  type Achieved,
  availableOptions,
  takeTurn,
  stepState,
  stepNumbers,
  type StepResult,
  replay,
} from './turn.ts';
export { type FinalMode, type Outcome, outcomeOf, compareOutcomes, endingRank } from './outcome.ts';
export {
  type Session,
  startSession,
  stateOf,
  choose,
  onEngineEvent,
  selectOptions,
  selectClientLines,
  selectTranscript,
  selectOutcome,
  lineText,
} from './session.ts';
export { stateAfterChoices, rewindSession, replayRecord, resumeSession, findOption } from './rewind.ts';
export { type StartRequest, reachableStartModes, planStart, startStateAt } from './start-at.ts';
export { type TurnLookAhead, lookAheadTurns, compareLoss } from './look-ahead.ts';
export {
  type MitiCounts,
  type MitiMeasure,
  mitiSummary,
  type ChecklistResult,
  type ChecklistItem,
  CHECKLIST_ITEMS,
  stressSensitiveChecklist,
  type CurvePoint,
  curves,
} from './scoring.ts';
export {
  CONSULTANT_CHOICES,
  type ConsultantChoice,
  type ConsultantReference,
  DEFAULT_CONSULTANT,
  MAX_CONSULTANT_NAME,
  PLACEHOLDERS,
  PLACEHOLDER_PATTERN,
  isKnownPlaceholder,
  fillConsultant,
  mentionsConsultant,
  withConsultant,
} from './consultant.ts';
