/** Test-side view of the engine: the public API plus the internals the tests examine directly. */
export * from '../../src/engine/index.ts';
export { modeRank as modeForRoomRank } from '../../src/engine/dynamics.ts';
