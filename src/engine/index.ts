/** The engine's public API: what the UI, the content tools and the tests may use. */
export * from './codes.ts';
export * from './scenario.types.ts';
export * from './state.ts';
export { DEFAULT_PARAMS, PARAM_SOURCES, PERSONA_TUNABLE, CODE_IMPULSES, FEATURE_IMPULSES, resolveParams } from './params.ts';
export type { ModelParams, Impulse } from './params.ts';
export { EngineError, initialState, takeTurn, replay, availableOptions, chooseEnding, endingMatches, paramsFor, startOptionsOf } from './turn.ts';
export type { StartOptions, TurnResult } from './turn.ts';
export { outcomeOf, compareOutcomes, endingRank } from './outcome.ts';
export type { Outcome, FinalMode, FactResult } from './outcome.ts';
export type { AgreementRecall } from './memory.ts';
export { createClientMachine } from './client.machine.ts';
export type { ClientMachine, ClientEvent } from './client.machine.ts';
export * from './session.ts';
export * from './look-ahead.ts';
export * from './persistence.ts';
export { seedState, nextRandom } from './rng.ts';
export * from './scoring.ts';
export * from './consultant.ts';
