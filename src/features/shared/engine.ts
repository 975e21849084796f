/**
 * The part of the engine the player uses, imported module by module instead of through `engine/index.ts`:
 * the barrel also brings `persistence.ts`, whose zod schemas are built at module load and so cannot be
 * tree-shaken (about 40 KB gzipped). Import the engine in UI code from here.
 */
export { LANGUAGES, SOURCE_LANGUAGE, DOMAINS } from '../../engine/scenario.types.ts';
export type { CompiledOption, CompiledScenario, Domain, Fidelity, Lang, Mode, Trait } from '../../engine/scenario.types.ts';
export type { ClientState } from '../../engine/state.ts';
export type { FinalMode, Outcome } from '../../engine/outcome.ts';
export { EngineError } from '../../engine/turn.ts';
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
