/** Internals of the engine that the rule tests examine directly (not part of the public API). */
export { moderate, saturate, stressFloor } from '../../src/engine/dynamics.ts';
export { chooseEnding } from '../../src/engine/turn.ts';
