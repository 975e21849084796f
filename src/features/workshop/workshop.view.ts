/**
 * What the projected window and the presenter window show at a step, as pure functions of the scenario and
 * the flow. Every number comes from the engine (replay, takeTurn); this file only picks and rounds.
 */
import { takeTurn, type ClientState, type CompiledScenario, type Lang, type Mode } from '../../engine/index.ts';

type Reaction = ClientState['reaction'];
type TranscriptEntry = ClientState['transcript'][number];
import { localizedLine, type Localized } from '../shared/localized.ts';
import {
  decidingState,
  decision,
  flowState,
  isAfterChoice,
  isRevealed,
  letterFor,
  lettered,
  MOMENT_STEPS,
  totalVotes,
  type Decision,
  type Step,
  type WorkshopFlow,
} from './workshop-flow.ts';

export interface LetteredOption extends Localized {
  id: string;
  letter: string;
  votes: number;
}

export interface Numbers {
  stress: number;
  trust: number;
  room: number;
  mode: Mode;
  reaction: Reaction;
}

export interface WhatIfRow {
  optionId: string;
  letter: string;
  /** The option the room chose. */
  chosen: boolean;
  text: Localized;
  stress: number;
  trust: number;
  room: number;
  mode: Mode;
  modeChanged: boolean;
  reply: Localized[];
  walkedOut: boolean;
}

export interface StepView {
  step: Step;
  /** 1-based number of the moment on screen. */
  moment: number;
  momentId: string;
  /** What the client said as the moment began (shown from the first step). */
  opening: Localized[];
  /** The client's thought at the moment's start (only once revealed). */
  openingThought: Localized[];
  options: LetteredOption[];
  totalVotes: number;
  decision: Decision;
  /** After the choice: the option taken and the client's reaction. */
  chosen: LetteredOption | null;
  reaction: Localized[];
  reactionThought: Localized[];
  revealed: boolean;
  /** Numbers before the choice and after it (after only once the choice is taken). */
  before: Numbers;
  after: Numbers | null;
  endingId: string | null;
  /** The author's questions for the group at this moment (the `discuss:` field), if any. */
  discuss: Localized | null;
}

function numbersOf(state: ClientState): Numbers {
  const v = state.vars;
  return { stress: Math.round(v.stress), trust: Math.round(v.trust), room: Math.round(v.room), mode: state.mode, reaction: state.reaction };
}

const said = (e: TranscriptEntry) => e.kind !== 'thought';

/** Lines of the transcript at one turn: the moment's opening (no option) or the reaction to an option. */
function linesAt(scenario: CompiledScenario, state: ClientState, turn: number, optionId: string | undefined, lang: Lang) {
  const entries = state.transcript.filter((e) => e.turn === turn && e.speaker === 'client' && e.optionId === optionId);
  return {
    said: entries.filter(said).map((e) => localizedLine(scenario, e.line, lang)),
    thought: entries.filter((e) => !said(e)).map((e) => localizedLine(scenario, e.line, lang)),
  };
}

export function stepView(scenario: CompiledScenario, flow: WorkshopFlow, lang: Lang): StepView {
  const before = decidingState(scenario, flow);
  const afterChoice = isAfterChoice(flow.step);
  const after = afterChoice ? flowState(scenario, flow) : null;
  const chosenId = afterChoice ? flow.choices[flow.choices.length - 1]! : null;
  const votes = afterChoice ? (flow.votes[flow.votes.length - 1]?.counts ?? {}) : flow.tally;
  const options = lettered(scenario, before).map((o, i) => ({
    id: o.id,
    letter: letterFor(i),
    votes: votes[o.id] ?? 0,
    ...localizedLine(scenario, o.text, lang),
  }));
  const revealed = isRevealed(flow.step);
  let opening = linesAt(scenario, before, before.turn, undefined, lang);
  // A moment without a line of its own goes on from the client's last reply: that is what the room last heard.
  const lastChoice = before.choices[before.choices.length - 1];
  if (opening.said.length === 0 && lastChoice)
    opening = { said: linesAt(scenario, before, before.turn, lastChoice, lang).said, thought: opening.thought };
  const reaction = after && chosenId ? linesAt(scenario, after, after.turn, chosenId, lang) : { said: [], thought: [] };
  const moment = scenario.moments.find((m) => m.id === before.momentId);
  return {
    step: flow.step,
    moment: before.turn + 1,
    momentId: before.momentId,
    opening: opening.said,
    openingThought: revealed ? opening.thought : [],
    options,
    totalVotes: totalVotes(votes),
    decision: decision(
      flow,
      options.map((o) => o.id),
    ),
    chosen: options.find((o) => o.id === chosenId) ?? null,
    reaction: reaction.said,
    reactionThought: revealed ? reaction.thought : [],
    revealed,
    before: numbersOf(before),
    after: after ? numbersOf(after) : null,
    endingId: after?.ending?.id ?? null,
    discuss: moment?.discuss ? localizedLine(scenario, moment.discuss, lang) : null,
  };
}

/**
 * "Wat als…": every option of the moment, taken from the same state by the engine, without moving the
 * conversation on. In the session's letter order.
 */
export function whatIfRows(scenario: CompiledScenario, flow: WorkshopFlow, lang: Lang): WhatIfRow[] {
  const before = decidingState(scenario, flow);
  const chosenId = isAfterChoice(flow.step) ? flow.choices[flow.choices.length - 1] : undefined;
  return lettered(scenario, before).map((option, i) => {
    const { state, explanation } = takeTurn(scenario, before, option.id);
    const b = explanation.before;
    const a = explanation.after;
    return {
      optionId: option.id,
      letter: letterFor(i),
      chosen: option.id === chosenId,
      text: localizedLine(scenario, option.text, lang),
      stress: Math.round(a.stress) - Math.round(b.stress),
      trust: Math.round(a.trust) - Math.round(b.trust),
      room: Math.round(a.room) - Math.round(b.room),
      mode: a.mode,
      modeChanged: a.mode !== b.mode,
      reply: linesAt(scenario, state, state.turn, option.id, lang).said,
      walkedOut: explanation.walkedOut,
    };
  });
}

/** The step that comes after this one, for the presenter ("Volgende: …"); null at the ending. */
export function nextStepOf(step: Step, conversationEnded: boolean): Step | null {
  if (step === 'ending') return null;
  if (step === 'whatif') return conversationEnded ? 'ending' : 'client';
  return MOMENT_STEPS[MOMENT_STEPS.indexOf(step) + 1] ?? null;
}

/** A signed whole number for the "Wat als…" table: +3, −2, 0 (with a real minus sign). */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}
