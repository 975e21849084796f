/**
 * The simulated client as an XState v5 machine. Its states are the client's modes (and the two ways a
 * conversation ends); its context is the numeric state. All the arithmetic lives in `takeTurn`, so the machine
 * only decides *when* a turn happens and *which mode-state* follows, and emits the effects for sound and UI.
 */
import { assertEvent, enqueueActions, setup } from 'xstate';
import type { CompiledScenario, Mode } from './scenario.types.ts';
import type { ClientState, EngineEvent } from './state.ts';
import { initialState, takeTurn, type StartOptions } from './turn.ts';

export type ClientEvent = { type: 'consultant.choose'; optionId: string };

export function createClientMachine(scenario: CompiledScenario) {
  return setup({
    types: {} as {
      context: ClientState;
      events: ClientEvent;
      emitted: EngineEvent;
      input: StartOptions;
      tags: Mode | 'ended';
    },
    guards: {
      'is in mode': ({ context }, params: { mode: Mode }) => context.mode === params.mode,
      'client walked out': ({ context }) => context.ending?.walkedOut === true,
      'conversation ended': ({ context }) => context.ending !== null,
      'option is available': ({ context, event }) =>
        context.ending === null &&
        scenario.moments.some((m) => m.id === context.momentId && m.options.some((o) => o.id === event.optionId)),
    },
    actions: {
      'take turn': enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'consultant.choose');
        const result = takeTurn(scenario, context, event.optionId);
        enqueue.assign(() => result.state);
        for (const effect of result.effects) enqueue.emit(effect);
      }),
    },
  }).createMachine({
    id: 'client',
    context: ({ input }) => initialState(scenario, input),
    initial: 'routing',
    states: {
      // Transient: after every turn the context decides the next state within the same macrostep.
      routing: {
        always: [
          { guard: 'client walked out', target: 'walkedOut' },
          { guard: 'conversation ended', target: 'ended' },
          { guard: { type: 'is in mode', params: { mode: 'open' } }, target: 'talking.open' },
          { guard: { type: 'is in mode', params: { mode: 'opening' } }, target: 'talking.opening' },
          { guard: { type: 'is in mode', params: { mode: 'guarded' } }, target: 'talking.guarded' },
          { target: 'talking.closed' },
        ],
      },
      talking: {
        initial: 'guarded',
        states: {
          open: { tags: ['open'] },
          opening: { tags: ['opening'] },
          guarded: { tags: ['guarded'] },
          closed: { tags: ['closed'] },
        },
        on: {
          'consultant.choose': { guard: 'option is available', actions: 'take turn', target: '#client.routing' },
        },
      },
      walkedOut: { type: 'final', tags: ['ended'] },
      ended: { type: 'final', tags: ['ended'] },
    },
  });
}

export type ClientMachine = ReturnType<typeof createClientMachine>;

/** The machine state value that belongs to a context, used to rebuild a snapshot from validated data. */
export function stateValueFor(context: ClientState): string | { talking: Mode } {
  if (context.ending) return context.ending.walkedOut ? 'walkedOut' : 'ended';
  return { talking: context.mode };
}
