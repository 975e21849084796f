/**
 * The simulated client as an XState v5 transition actor over the turn reducer: its snapshot's context is the
 * client's state and each `consultant.choose` event is one `tryTurn`. The modes and the ending are data in that
 * state (the analysis plays millions of turns on the bare reducer, without an actor), so the actor holds no
 * chart of its own that could drift from them; it gives the UI one subscribable owner of the state and one
 * place where effects are emitted.
 */
import { fromTransition, type Actor } from 'xstate';
import type { CompiledScenario } from './scenario.types.ts';
import type { ClientState, EngineEvent } from './state.ts';
import { initialState, tryTurn, type StartOptions } from './turn.ts';

export type ClientEvent = { type: 'consultant.choose'; optionId: string };

export function createClientLogic(scenario: CompiledScenario) {
  return fromTransition<ClientState, ClientEvent, never, StartOptions, EngineEvent>(
    (state, event, { emit, defer }) => {
      // The actor also receives XState's own events (stopping); they change nothing.
      if (event.type !== 'consultant.choose') return state;
      const result = tryTurn(scenario, state, event.optionId);
      // Deferred: XState runs these once the new snapshot is stored, so a listener that reads the state (the
      // speech, the soundscape) sees the turn it is told about.
      if (!result.ok) {
        const { reason, message } = result;
        defer(() => emit({ type: 'choice.refused', optionId: event.optionId, reason, message }));
        return state;
      }
      defer(() => {
        for (const effect of result.effects) emit(effect);
      });
      return result.state;
    },
    ({ input }) => initialState(scenario, input),
  );
}

export type ClientLogic = ReturnType<typeof createClientLogic>;
export type ClientActor = Actor<ClientLogic>;
