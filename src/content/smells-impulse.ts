/**
 * How one option lands across many client states, with the engine's own impulse rules (deriveImpulse and
 * moderate, used read-only). The smells use it to find options coded as client-first that still raise
 * stress, and to compare the effect direction of the options at one moment.
 */
import type { Code } from '../engine/codes.ts';
import { moderate } from '../engine/dynamics.ts';
import { deriveImpulse } from '../engine/impulse.ts';
import type { ModelParams } from '../engine/params.ts';
import type { CompiledOption, Mode } from '../engine/scenario.types.ts';
import type { ClientState } from '../engine/state.ts';

/** Codes that put the client first (MITI: questions that open, reflections, MI-adherent moves). */
export const CLIENT_FIRST: ReadonlySet<Code> = new Set([
  'question-open',
  'reflection-simple',
  'reflection-complex',
  'affirm',
  'seek-collaboration',
  'emphasize-autonomy',
]);
/** Codes that put the system first; an option with one of these is not client-first, whatever else it has. */
const SYSTEM_FIRST: ReadonlySet<Code> = new Set(['persuade', 'confront']);

export function isClientFirst(option: CompiledOption): boolean {
  return option.codes.some((c) => CLIENT_FIRST.has(c)) && !option.codes.some((c) => SYSTEM_FIRST.has(c));
}

export type Direction = 'calms' | 'neutral' | 'stresses';

export interface GridResult {
  /** States in which the stress that lands is above RAISE_THRESHOLD. */
  raising: number;
  states: number;
  /** Rule ids that add stress in at least one state, for the message. */
  stressors: string[];
}

/** Points of stress that must land before an option "raises" it: a lone +1 (information) is not a smell. */
export const RAISE_THRESHOLD = 1.5;

const MODES_BY_ROOM: readonly Mode[] = ['closed', 'guarded', 'opening', 'open'];

/** The grid: stress × trust × sensitisation × the turn-pattern counters that change how codes count. */
function gridStates(base: ClientState, p: ModelParams): ClientState[] {
  const states: ClientState[] = [];
  for (const stress of [20, 35, 50, 65, 80]) {
    for (const trust of [10, 30, 50, 70, 90]) {
      for (const sensitisation of [0, 40]) {
        for (const [closedStreak, affirmCount] of [
          [0, 0],
          [p.crossExamAfter, p.affirmLimit],
        ] as const) {
          const room = Math.max(0, 100 - stress);
          const mode = MODES_BY_ROOM[Math.min(3, Math.floor(room / 25))]!;
          states.push({ ...base, vars: { ...base.vars, stress, trust, sensitisation, room }, mode, closedStreak, affirmCount });
        }
      }
    }
  }
  return states;
}

export function impulseGrid(option: CompiledOption, base: ClientState, p: ModelParams): GridResult {
  return gridOver(option, gridStates(base, p), p);
}

/**
 * `impulseGrid` for many options of one scenario: the grid is built once, and options that the impulse rules
 * cannot tell apart (the same codes, features and override: all deriveImpulse reads of an option) share
 * one result. A scenario reuses a handful of such combinations across hundreds of options.
 */
export function impulseGrids(base: ClientState, p: ModelParams): (option: CompiledOption) => GridResult {
  const states = gridStates(base, p);
  const results = new Map<string, GridResult>();
  return (option) => {
    const key = JSON.stringify([option.codes, option.features, option.impulse ?? null]);
    let result = results.get(key);
    if (!result) {
      result = gridOver(option, states, p);
      results.set(key, result);
    }
    return result;
  };
}

function gridOver(option: CompiledOption, states: readonly ClientState[], p: ModelParams): GridResult {
  let raising = 0;
  const stressors = new Set<string>();
  for (const state of states) {
    const impulse = deriveImpulse(option, state, p);
    if (moderate(impulse.stress, state.vars.trust, state.vars.sensitisation, p).effective > RAISE_THRESHOLD) raising += 1;
    for (const r of impulse.rules) if (r.stress > 0) stressors.add(r.id);
  }
  return { raising, states: states.length, stressors: [...stressors] };
}

/** The raw stress impulse of an option in one state (before trust moderates it). */
export function rawStressAt(option: CompiledOption, state: ClientState, p: ModelParams): number {
  return deriveImpulse(option, state, p).stress;
}

export function directionOf(raw: number): Direction {
  return raw < 0 ? 'calms' : raw > 0 ? 'stresses' : 'neutral';
}
