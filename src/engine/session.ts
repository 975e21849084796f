/**
 * The small API the UI uses: start a conversation, choose, read what to show.
 * A session is one running client actor; everything shown is derived from its context by the selectors below.
 */
import { createActor } from 'xstate';
import { createClientLogic, type ClientActor, type ClientLogic } from './client-actor.ts';
import { outcomeOf, type Outcome } from './outcome.ts';
import type { CompiledOption, CompiledScenario, Lang } from './scenario.types.ts';
import type { ClientState, EngineEvent, TranscriptEntry, TurnExplanation } from './state.ts';
import { EngineError, availableOptions, type StartOptions } from './turn.ts';
import { nextRandom, seedState } from './rng.ts';

export interface Session {
  scenario: CompiledScenario;
  logic: ClientLogic;
  actor: ClientActor;
}

/** Start a conversation. `state` resumes from a state rebuilt by replay (see rewind.ts) instead of the start. */
export function startSession(scenario: CompiledScenario, options: StartOptions = {}, state?: ClientState): Session {
  const logic = createClientLogic(scenario);
  const snapshot = state ? { status: 'active' as const, output: undefined, error: undefined, context: state } : undefined;
  const actor = createActor(logic, snapshot ? { input: options, snapshot } : { input: options });
  actor.start();
  return { scenario, logic, actor };
}

export function stateOf(session: Session): ClientState {
  return session.actor.getSnapshot().context;
}

/**
 * Choose an option; returns the explanation of the turn. The actor checks the option (tryTurn) and reports a
 * refusal as a `choice.refused` event; here that becomes an EngineError for callers that expect one.
 */
export function choose(session: Session, optionId: string): TurnExplanation {
  let refused: Extract<EngineEvent, { type: 'choice.refused' }> | null = null;
  const subscription = session.actor.on('choice.refused', (event) => {
    refused = event;
  });
  try {
    session.actor.send({ type: 'consultant.choose', optionId });
  } finally {
    subscription.unsubscribe();
  }
  if (refused) {
    const { message, reason } = refused;
    throw new EngineError(message, reason);
  }
  const after = stateOf(session);
  return after.explanations[after.explanations.length - 1]!;
}

/** Listen to the engine's effects (sound, announcements). Returns the unsubscribe function. */
export function onEngineEvent(session: Session, listener: (event: EngineEvent) => void): () => void {
  const subscription = session.actor.on('*', listener);
  return () => subscription.unsubscribe();
}

// --- selectors: pure functions of (scenario, state)

/**
 * The options in the order the trainee sees them. Authors tend to write the best answer first; shuffled per
 * conversation (seed) and moment, its position teaches nothing. The order comes from its own hash, not from
 * the conversation's random draws, so it never changes what the client does; a replay shows the same order.
 */
export function selectOptions(scenario: CompiledScenario, state: ClientState): CompiledOption[] {
  const options = availableOptions(scenario, state);
  if (!scenario.shuffleOptions || options.length < 2) return options;
  const order = [...options];
  let rng = seedState(`${state.seed}:${state.momentId}`);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const [r, next] = nextRandom(rng);
    rng = next;
    const j = Math.floor(r * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** What the client said (and thought) since the consultant last spoke. */
export function selectClientLines(state: ClientState): TranscriptEntry[] {
  const entries = state.transcript;
  let i = entries.length;
  while (i > 0 && entries[i - 1]!.speaker === 'client') i -= 1;
  return entries.slice(i);
}

export function selectTranscript(state: ClientState): TranscriptEntry[] {
  return state.transcript;
}

export function selectOutcome(scenario: CompiledScenario, state: ClientState): Outcome {
  return outcomeOf(scenario, state);
}

/** The text of a line in a language, falling back to Dutch (the source). */
export function lineText(scenario: CompiledScenario, lineId: string, lang: Lang): string {
  const line = scenario.lines[lineId];
  if (!line) return lineId;
  return line[lang] ?? line.nl;
}
