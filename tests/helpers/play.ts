/** Playing a scripted conversation through the engine, and the measures the calibration tests read from it. */
import { initialState, takeTurn, type ClientState, type CompiledScenario, type Mode } from '../../src/engine/index.ts';
import { modeRank } from '../../src/engine/dynamics.ts';

/** Every state from the start through the script (stopping at an ending). */
export function playScript(scenario: CompiledScenario, script: readonly string[], seed = 7): ClientState[] {
  const states = [initialState(scenario, { seed })];
  for (const choice of script) {
    const last = states[states.length - 1]!;
    if (last.ending) break;
    states.push(takeTurn(scenario, last, choice).state);
  }
  return states;
}

/** The first turn at which the client is at least this open, or Infinity. */
export function firstTurnAtLeast(states: readonly ClientState[], mode: Mode): number {
  return states.find((s) => modeRank(s.mode) >= modeRank(mode))?.turn ?? Infinity;
}

/** Facts of sensitivity 70 or more the client has told (accurately or vaguely). */
export function sensitiveDisclosed(scenario: CompiledScenario, state: ClientState): string[] {
  return scenario.persona.facts
    .filter((f) => f.sensitivity >= 70 && ['accurate', 'vague'].includes(state.facts[f.id]?.fidelity ?? ''))
    .map((f) => f.id);
}
