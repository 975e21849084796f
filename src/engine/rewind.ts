/**
 * Going back in a conversation. Nothing is stored but the seed and the choices: a turn is rebuilt by replaying
 * the first choices from the same start, so a rewound or resumed conversation is exactly the one that was
 * played (determinism), and a save can never hold numbers the engine would not produce itself.
 */
import { startSession, type Session } from './session.ts';
import type { CompiledOption, CompiledScenario } from './scenario.types.ts';
import type { ClientState } from './state.ts';
import { EngineError, replay, startOptionsOf } from './turn.ts';

/** What is needed to rebuild a conversation that started at the scenario's start. */
export interface PlayRecord {
  seed: number;
  choices: readonly string[];
}

/**
 * The state after the first `kept` choices of this conversation (0 = the opening). `kept` is clamped to the
 * choices made, so asking for a turn that never happened gives the current state.
 */
export function stateAfterChoices(scenario: CompiledScenario, state: ClientState, kept: number): ClientState {
  const count = Math.max(0, Math.min(Math.floor(kept), state.choices.length));
  return replay(scenario, state.choices.slice(0, count), startOptionsOf(state));
}

/** A new live session at the moment before choice `kept` (0-based), ready for a different choice. */
export function rewindSession(session: Session, kept: number): Session {
  const current = session.actor.getSnapshot().context;
  const state = stateAfterChoices(session.scenario, current, kept);
  return startSession(session.scenario, startOptionsOf(state), state);
}

export type ReplayResult = { ok: true; state: ClientState } | { ok: false; reason: 'scenario-changed'; detail: string };

/** Rebuild a stored conversation; a choice the scenario no longer offers is a refusal, not a crash. */
export function replayRecord(scenario: CompiledScenario, record: PlayRecord): ReplayResult {
  try {
    return { ok: true, state: replay(scenario, record.choices, { seed: record.seed }) };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, reason: 'scenario-changed', detail: error.message };
    throw error;
  }
}

/** A live session continuing a stored conversation (see `replayRecord`). */
export function resumeSession(scenario: CompiledScenario, state: ClientState): Session {
  return startSession(scenario, startOptionsOf(state), state);
}

/** An option by moment and id, for showing what was (or could have been) said at a turn. */
export function findOption(scenario: CompiledScenario, momentId: string, optionId: string): CompiledOption | null {
  return scenario.moments.find((m) => m.id === momentId)?.options.find((o) => o.id === optionId) ?? null;
}
