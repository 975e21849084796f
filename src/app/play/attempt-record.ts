/** Pure bookkeeping between a running conversation and its stored attempt. */
import { replayRecord, selectOutcome, type ClientState, type CompiledScenario } from '../../engine/index.ts';
import { newAttemptId, type Attempt, type AttemptSummary } from './attempt-store.ts';

export function newAttempt(scenario: CompiledScenario, state: ClientState, now: Date, branchOf: Attempt['branchOf'] = null): Attempt {
  return {
    id: newAttemptId(now),
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: state.seed,
    choices: [...state.choices],
    startedAt: now.toISOString(),
    finishedAt: null,
    branchOf,
    summary: null,
  };
}

export function summaryOf(scenario: CompiledScenario, state: ClientState): AttemptSummary {
  const outcome = selectOutcome(scenario, state);
  return {
    endingId: outcome.endingId,
    mode: outcome.mode,
    turns: outcome.turns,
    disclosed: outcome.disclosed.length,
    recall: outcome.recall,
  };
}

/** The attempt brought up to date with the conversation: its choices, and once ended when and how. */
export function withState(attempt: Attempt, scenario: CompiledScenario, state: ClientState, now: Date): Attempt {
  const ended = state.ending !== null;
  return {
    ...attempt,
    choices: [...state.choices],
    finishedAt: ended ? (attempt.finishedAt ?? now.toISOString()) : null,
    summary: ended ? summaryOf(scenario, state) : null,
  };
}

/** The conversation of a stored attempt, rebuilt; null when the scenario no longer accepts its choices. */
export function stateOfAttempt(scenario: CompiledScenario, attempt: Attempt): ClientState | null {
  const result = replayRecord(scenario, attempt);
  return result.ok ? result.state : null;
}
