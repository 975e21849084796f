/**
 * The small API the UI uses: start a conversation, choose, read what to show, preview alternatives.
 * A session is one running client actor; everything shown is derived from its context by the selectors below.
 */
import { createActor, type Actor } from 'xstate';
import { createClientMachine, stateValueFor, type ClientMachine } from './client.machine.ts';
import { compareOutcomes, outcomeOf, type Outcome } from './outcome.ts';
import type { CompiledMoment, CompiledOption, CompiledScenario, Lang } from './scenario.types.ts';
import type { ClientState, EngineEvent, TranscriptEntry, TurnExplanation, Vars } from './state.ts';
import { EngineError, availableOptions, findMoment, replay, startOptionsOf, takeTurn, type StartOptions } from './turn.ts';
import { nextRandom, seedState } from './rng.ts';

export type ClientActor = Actor<ClientMachine>;

export interface Session {
  scenario: CompiledScenario;
  machine: ClientMachine;
  actor: ClientActor;
}

/** Start a conversation. `state` resumes from a validated state (see persistence.ts) instead of the start. */
export function startSession(scenario: CompiledScenario, options: StartOptions = {}, state?: ClientState): Session {
  const machine = createClientMachine(scenario);
  const snapshot = state ? machine.resolveState({ value: stateValueFor(state), context: state }) : undefined;
  const actor = createActor(machine, snapshot ? { input: options, snapshot } : { input: options });
  actor.start();
  return { scenario, machine, actor };
}

export function stateOf(session: Session): ClientState {
  return session.actor.getSnapshot().context;
}

/** Choose an option; returns the explanation of the turn. Throws EngineError for an option not on offer. */
export function choose(session: Session, optionId: string): TurnExplanation {
  const before = stateOf(session);
  if (before.ending) throw new EngineError('The conversation has ended.', 'conversation-ended');
  if (!availableOptions(session.scenario, before).some((o) => o.id === optionId)) {
    throw new EngineError(`Option "${optionId}" is not available at moment "${before.momentId}".`, 'unknown-option');
  }
  session.actor.send({ type: 'consultant.choose', optionId });
  const after = stateOf(session);
  return after.explanations[after.explanations.length - 1]!;
}

/** Listen to the engine's effects (sound, announcements). Returns the unsubscribe function. */
export function onEngineEvent(session: Session, listener: (event: EngineEvent) => void): () => void {
  const subscription = session.actor.on('*', listener);
  return () => subscription.unsubscribe();
}

// --- selectors: pure functions of (scenario, state)

export function selectMoment(scenario: CompiledScenario, state: ClientState): CompiledMoment | null {
  return state.ending ? null : findMoment(scenario, state.momentId);
}

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

export function selectNumbers(state: ClientState): Vars {
  return state.vars;
}

export function selectTranscript(state: ClientState): TranscriptEntry[] {
  return state.transcript;
}

export function selectExplanations(state: ClientState): TurnExplanation[] {
  return state.explanations;
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

// --- alternatives: "what would each other option have done from here"

export interface OptionPreview {
  optionId: string;
  explanation: TurnExplanation;
  /** Change in mental room this option would cause. */
  roomChange: number;
  outcomeIfEnded: Outcome | null;
}

export function previewOptions(scenario: CompiledScenario, state: ClientState): OptionPreview[] {
  return availableOptions(scenario, state).map((option) => {
    const result = takeTurn(scenario, state, option.id);
    return {
      optionId: option.id,
      explanation: result.explanation,
      roomChange: result.state.vars.room - state.vars.room,
      outcomeIfEnded: result.state.ending ? outcomeOf(scenario, result.state) : null,
    };
  });
}

/** The state just before turn `turn` (1-based) of this conversation, rebuilt by replaying the earlier choices. */
export function stateBeforeTurn(scenario: CompiledScenario, state: ClientState, turn: number): ClientState {
  return replay(scenario, state.choices.slice(0, Math.max(0, turn - 1)), startOptionsOf(state));
}

/** All options at turn `turn` from the same state, best first (most room, then most trust, then file order). */
export function alternativesAt(scenario: CompiledScenario, state: ClientState, turn: number): OptionPreview[] {
  const previews = previewOptions(scenario, stateBeforeTurn(scenario, state, turn));
  return previews
    .map((preview, index) => ({ preview, index }))
    .sort((a, b) => {
      const ea = a.preview.outcomeIfEnded;
      const eb = b.preview.outcomeIfEnded;
      if (ea && eb) return compareOutcomes(eb, ea, scenario) || a.index - b.index;
      return (
        b.preview.roomChange - a.preview.roomChange ||
        b.preview.explanation.after.trust - a.preview.explanation.after.trust ||
        a.index - b.index
      );
    })
    .map(({ preview }) => preview);
}

export function selectMode(state: ClientState): { mode: ClientState['mode']; reaction: ClientState['reaction'] } {
  return { mode: state.mode, reaction: state.reaction };
}
