/** Test-side view of the engine: the public API plus the internals the tests examine directly. */
export * from '../../src/engine/index.ts';
export { modeRank as modeForRoomRank } from '../../src/engine/dynamics.ts';
export { REFLECTIONS, QUESTIONS } from '../../src/engine/codes.ts';
export { judgeTurn, lossOf } from '../../src/engine/look-ahead.ts';
export type { CompiledEnding } from '../../src/engine/scenario.types.ts';
