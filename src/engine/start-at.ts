/**
 * Starting a conversation somewhere in the middle (the Scenario Lab): at a chosen moment, with chosen stress
 * and trust, or with a chosen mode. The engine's rules decide the rest, so the state is one the engine
 * itself could build: the mode always follows from mental room (M = 100 − S − L − w·C, with no load at a
 * start), and the choice is recorded in `origin`, so replay, rewind and "what would the others have done"
 * rebuild exactly this start.
 *
 * Picking a mode therefore means picking a stress level that gives that mode; when stress is given too,
 * stress wins and `modeMatches` says whether the mode asked for was reached.
 */
import { arrivalStress, clamp, mentalRoom, modeForRoom } from './dynamics.ts';
import { MODES, type CompiledScenario, type Mode } from './scenario.types.ts';
import type { ClientState } from './state.ts';
import { findMoment, initialState, paramsFor, type StartOptions } from './turn.ts';

export interface StartRequest {
  seed?: number | string;
  /** Default: the scenario's start. */
  momentId?: string;
  /** 0–100; default: the persona's arrival stress (or a stress that gives `mode`). */
  stress?: number;
  /** 0–100; default: the persona's trust. */
  trust?: number;
  /** The mode to start in; used only to choose stress when `stress` is not given. */
  mode?: Mode;
}

export interface StartPlan {
  options: StartOptions;
  /** The numbers and mode the conversation will start with. */
  stress: number;
  trust: number;
  room: number;
  mode: Mode;
  /** False when a mode was asked for but the numbers give another one (stress given, or a mode out of reach). */
  modeMatches: boolean;
}

/**
 * The range of whole stress values (inclusive) that puts this client in `mode` at a start, or null when no
 * stress can (chronic load alone may leave too little room for `open`).
 */
export function stressRangeForMode(scenario: CompiledScenario, mode: Mode): { min: number; max: number } | null {
  const p = paramsFor(scenario);
  const chronic = scenario.persona.chronicLoad;
  let min: number | null = null;
  let max: number | null = null;
  for (let s = 0; s <= 100; s++) {
    if (modeForRoom(mentalRoom(s, 0, chronic, p), p) !== mode) continue;
    min ??= s;
    max = s;
  }
  return min === null || max === null ? null : { min, max };
}

/** A stress in the middle of the mode's range: far from both edges, so the first turn does not flip it at once. */
export function stressForMode(scenario: CompiledScenario, mode: Mode): number | null {
  const range = stressRangeForMode(scenario, mode);
  return range ? Math.round((range.min + range.max) / 2) : null;
}

/** The modes a start can have for this persona, from least to most room. */
export function reachableStartModes(scenario: CompiledScenario): Mode[] {
  return MODES.filter((mode) => stressRangeForMode(scenario, mode) !== null);
}

/** Resolve a request into engine start options plus what the client will start like. Throws for an unknown moment. */
export function planStart(scenario: CompiledScenario, request: StartRequest = {}): StartPlan {
  const p = paramsFor(scenario);
  const momentId = request.momentId ?? scenario.start;
  findMoment(scenario, momentId);
  const persona = scenario.persona;
  const wanted = request.stress ?? (request.mode ? stressForMode(scenario, request.mode) : null);
  // Chosen numbers are whole points; the persona's own arrival stress is kept exactly as the engine has it.
  const stress = wanted === null ? arrivalStress(persona.chronicLoad, persona.arrivalStress, p) : Math.round(clamp(wanted));
  const trust = request.trust === undefined ? clamp(persona.trust) : Math.round(clamp(request.trust));
  const room = mentalRoom(stress, 0, persona.chronicLoad, p);
  const mode = modeForRoom(room, p);
  const options: StartOptions = { momentId };
  if (request.seed !== undefined) options.seed = request.seed;
  if (wanted !== null) options.stress = stress;
  if (request.trust !== undefined) options.trust = trust;
  return { options, stress, trust, room, mode, modeMatches: request.mode === undefined || request.mode === mode };
}

/** The client state for a request: the engine's own initial state at that moment with those numbers. */
export function startStateAt(scenario: CompiledScenario, request: StartRequest = {}): ClientState {
  return initialState(scenario, planStart(scenario, request).options);
}
