/**
 * The play and attempt lifecycle, owned in one place: a conversation opens (fresh), is played, ends, and its
 * debrief may be shown in place; a rewind or "play again" opens a new attempt. Every turn is recorded as it
 * happens: observers of the play host hear it, the attempt is saved (a failed save never stops play, it is
 * reported once through `storageFailed`), and an ending is remembered for this tab so a reload shows it again.
 *
 * What a reload restores is decided by play-opening.ts (`openPlay`), when the flow is created. All effects on
 * storage, memory and observers are this machine's actions and run only once the actor starts: creating an
 * actor reads, it never writes (React may create one twice and start only one).
 *
 * Pure TypeScript over the engine: the player and the Lab use it through `usePlayFlow`, tests drive it directly.
 */
import { assign, enqueueActions, fromCallback, setup } from 'xstate';
import { stateOf, type ClientState, type CompiledScenario, type Session } from '../../engine/index.ts';
import { rewindSession } from '../../engine/rewind.ts';
import { newAttempt, withState } from './attempt-record.ts';
import type { Attempt, AttemptStore } from './attempt-store.ts';
import type { EndingMemory } from './ending-memory.ts';
import { NO_EFFECTS, freshPlay, openPlay, type Begin, type LoadNotice, type OpeningEffects } from './play-opening.ts';
import { notifyObservers, type PlayHost } from './play-host.ts';
import type { PlayRequests } from './play-requests.ts';

export interface PlayFlowInput {
  scenario: CompiledScenario;
  /** Where attempts are kept; null keeps nothing at all (the Lab: a trial play is not a trainee's attempt). */
  store: AttemptStore | null;
  host: PlayHost;
  /** This tab's memory of the ending shown; null for plays that should not come back after a reload. */
  endings: EndingMemory | null;
  /** Requests other screens sent for this scenario; null when nothing can ask (the Lab). */
  requests: PlayRequests | null;
  now: () => Date;
  /** How a new conversation starts (a fresh seed; the Lab's chosen moment and numbers). */
  begin: Begin;
}

export interface PlayFlowContext extends PlayFlowInput {
  session: Session;
  attempt: Attempt;
  notice: LoadNotice | null;
  /** Bumped for every new attempt, so screens remount with fresh focus. */
  generation: number;
  /** True when the current attempt is in storage (so pages that read storage can show it). */
  saved: boolean;
  /** True once a save failed: the screen says so, play goes on. */
  storageFailed: boolean;
  /** The turn last recorded; -1 before the first record of an attempt. */
  recordedTurn: number;
  /** What opening the current attempt must still change; carried out on entering `fresh`. */
  effects: OpeningEffects;
}

export type PlayFlowEvent =
  /** Back to the moment before choice `turn` (0-based), in a new attempt; the current one is kept. */
  | { type: 'rewind'; turn: number }
  | { type: 'playAgain' }
  | { type: 'showDebrief' }
  /** The conversation moved (sent by the session watcher). */
  | { type: 'session.changed'; state: ClientState }
  /** The outcome of saving (sent by the record action once it wrote). */
  | { type: 'saved'; ok: boolean };

/** Forwards every change of the conversation to the flow. */
const watchSession = fromCallback<{ type: 'noop' }, { session: Session }>(({ input, sendBack }) => {
  const subscription = input.session.actor.subscribe((snapshot) => sendBack({ type: 'session.changed', state: snapshot.context }));
  return () => subscription.unsubscribe();
});

function stateFrom(context: PlayFlowContext, event: PlayFlowEvent): ClientState {
  return event.type === 'session.changed' ? event.state : stateOf(context.session);
}

export const playFlowMachine = setup({
  types: {
    input: {} as PlayFlowInput,
    context: {} as PlayFlowContext,
    events: {} as PlayFlowEvent,
  },
  actors: { watchSession },
  guards: {
    ended: ({ context }) => stateOf(context.session).ending !== null,
    turnEnded: ({ event }) => event.type === 'session.changed' && event.state.ending !== null,
  },
  actions: {
    /** Carry out what opening decided (once, when the flow runs), and answer the request it read. */
    settle: ({ context }) => {
      const { scenario, store, endings, requests, effects } = context;
      const request = requests?.peek(scenario.id);
      if (request) requests?.clear(request);
      if (effects.forgetEnding) endings?.forget(scenario.id);
      if (store && effects.discard.length > 0) store.discard(scenario.id, effects.discard);
      if (store && effects.current) store.setCurrent(scenario.id, effects.current);
    },
    /**
     * Record the conversation's state: tell the observers, bring the attempt up to date and save it. Only a
     * new turn counts; the session also changes without one.
     */
    record: enqueueActions(({ context, event, enqueue, self }) => {
      const state = stateFrom(context, event);
      if (state.turn === context.recordedTurn) return;
      const { scenario, store, host, endings } = context;
      const first = context.recordedTurn === -1;
      const attempt = withState(context.attempt, scenario, state, context.now());
      enqueue.assign({ attempt, recordedTurn: state.turn });
      enqueue(() => {
        const explanation = state.explanations[state.explanations.length - 1];
        const played = { scenario, attemptId: attempt.id, state };
        if (first) notifyObservers(host, 'started', { ...played, resumed: state.turn > 0 });
        else if (explanation) notifyObservers(host, 'turn', { ...played, explanation });
        if (state.ending && !first) notifyObservers(host, 'ended', played);
        // An untouched fresh start is not worth keeping; a rewound branch is (it is where the trainee went back to).
        if (!store || (attempt.choices.length === 0 && attempt.branchOf === null)) return;
        if (state.ending) endings?.remember(scenario.id, attempt.id);
        self.send({ type: 'saved', ok: store.save(attempt) && store.setCurrent(scenario.id, attempt.id) });
      });
    }),
    noteSaved: assign(({ context, event }) => {
      const ok = event.type === 'saved' && event.ok;
      return { saved: ok, storageFailed: context.storageFailed || !ok };
    }),
    rewind: assign(({ context, event }) => {
      const turn = event.type === 'rewind' ? event.turn : 0;
      const session = rewindSession(context.session, turn);
      const attempt = newAttempt(context.scenario, stateOf(session), context.now(), { attemptId: context.attempt.id, turn });
      // Only an attempt that reached storage is kept; otherwise the notice must not say so.
      const notice: LoadNotice = { kind: 'rewound', turn: turn + 1, kept: context.saved };
      return { ...nextAttempt(context, session, attempt), notice };
    }),
    playAgain: assign(({ context }) => {
      const { session, attempt } = freshPlay(context.scenario, context.now(), context.begin);
      return nextAttempt(context, session, attempt);
    }),
  },
}).createMachine({
  id: 'playFlow',
  context: ({ input }) => {
    const opened = openPlay({ ...input, request: input.requests?.peek(input.scenario.id) ?? null, now: input.now() });
    return {
      ...input,
      session: opened.play.session,
      attempt: opened.play.attempt,
      notice: opened.notice,
      generation: 0,
      saved: opened.stored,
      storageFailed: false,
      recordedTurn: -1,
      effects: opened.effects,
    };
  },
  initial: 'fresh',
  states: {
    /** A new attempt is set up: opening's effects are carried out, then it plays (or shows its ending). */
    fresh: {
      entry: 'settle',
      always: [{ guard: 'ended', target: 'running.ended' }, { target: 'running.playing' }],
    },
    running: {
      entry: 'record',
      invoke: { src: 'watchSession', input: ({ context }) => ({ session: context.session }) },
      on: {
        'session.changed': { actions: 'record' },
        saved: { actions: 'noteSaved' },
        rewind: { target: 'fresh', actions: 'rewind' },
        playAgain: { target: 'fresh', actions: 'playAgain' },
      },
      initial: 'playing',
      states: {
        playing: {
          on: { 'session.changed': [{ guard: 'turnEnded', target: 'ended', actions: 'record' }, { actions: 'record' }] },
        },
        ended: {
          on: { showDebrief: 'debrief' },
        },
        /** The debrief shown in place of the ending (the debrief page reads storage; this needs none). */
        debrief: {},
      },
    },
  },
});

/** The context for a new attempt: the screens remount, and the new attempt is recorded from its first state. */
function nextAttempt(context: PlayFlowContext, session: Session, attempt: Attempt): Partial<PlayFlowContext> {
  return {
    session,
    attempt,
    notice: null,
    generation: context.generation + 1,
    saved: false,
    recordedTurn: -1,
    effects: { ...NO_EFFECTS, forgetEnding: true },
  };
}

export type PlayFlowState = 'playing' | 'ended' | 'debrief';
