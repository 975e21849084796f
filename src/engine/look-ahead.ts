/**
 * "What would each option at this moment have led to?" by look-ahead: from the state before a turn, take the
 * option, then play on to an ending with one fixed continuation, and compare where the roads end. One step
 * alone misleads: drift toward rest can make a poor move look good for a turn, and when every option leaves
 * the room at 0 the step says nothing at all.
 *
 * The continuation is the same for every option, so only the option makes the difference:
 * - the scenario is played without randomness (every draw 0.5: each chance goes the more likely way);
 * - at each later moment it takes the option whose one step gives the most room, then the most trust, then
 *   the first in the file, never persuading, confronting or threatening (unless nothing else is on offer).
 * Pure and deterministic; the debrief calls it for every turn and option.
 */
import { isMiNonAdherent } from './codes.ts';
import { modeRank } from './dynamics.ts';
import { compareOutcomes, endingRank, outcomeOf, type Outcome } from './outcome.ts';
import type { CompiledOption, CompiledScenario } from './scenario.types.ts';
import type { ClientState } from './state.ts';
import { availableOptions, initialState, startOptionsOf, takeTurn } from './turn.ts';

export interface OptionLookAhead {
  optionId: string;
  /** Persuades, confronts or threatens: never recommended. */
  nonAdherent: boolean;
  /** Change in mental room of this option's own step. */
  roomChange: number;
  /** Where the road through this option ends. */
  outcome: Outcome;
}

/**
 * - `best`: the chosen option is (one of) the best MI-adherent options;
 * - `other`: another option leads further (`best` names it);
 * - `tie`: every option leads to the same outcome; the choice made little difference here.
 */
export type Verdict = 'best' | 'other' | 'tie';

export interface TurnLookAhead {
  turn: number;
  chosen: OptionLookAhead;
  /** Every option at that moment, in the file's order. */
  options: OptionLookAhead[];
  /** The best option that does not persuade, confront or threaten (null: there is none). */
  best: OptionLookAhead | null;
  verdict: Verdict;
}

/** A scenario played without chance, so a continuation is one fixed road. Cached per scenario object. */
const fixedCache = new WeakMap<CompiledScenario, CompiledScenario>();
function withoutChance(scenario: CompiledScenario): CompiledScenario {
  if (!scenario.randomness) return scenario;
  let fixed = fixedCache.get(scenario);
  if (!fixed) {
    fixed = { ...scenario, randomness: false };
    fixedCache.set(scenario, fixed);
  }
  return fixed;
}

/** The continuation's pick: most room after one step, then most trust, then file order; MI-adherent first. */
function greedyStep(scenario: CompiledScenario, state: ClientState): ClientState {
  const options = availableOptions(scenario, state);
  const allowed = options.filter((o) => !isMiNonAdherent(o));
  let best: ClientState | null = null;
  for (const option of allowed.length > 0 ? allowed : options) {
    const next = takeTurn(scenario, state, option.id).state;
    if (!best || next.vars.room > best.vars.room || (next.vars.room === best.vars.room && next.vars.trust > best.vars.trust)) best = next;
  }
  return best!;
}

/** Play on from `state` to an ending with the fixed continuation. `scenario` must be the chance-free one. */
function playOn(fixed: CompiledScenario, state: ClientState): ClientState {
  let current = state;
  while (!current.ending) current = greedyStep(fixed, current);
  return current;
}

/**
 * Outcomes are compared on what a trainee can see: recall to the whole percent. A difference of a tenth of a
 * percent is no reason to recommend another option.
 */
function visible(outcome: Outcome): Outcome {
  return { ...outcome, recall: Math.round(outcome.recall * 100) / 100 };
}

export function compareLookAhead(a: OptionLookAhead, b: OptionLookAhead, scenario: CompiledScenario): number {
  return compareOutcomes(a.outcome, b.outcome, scenario);
}

/** Every option at the moment of `before`, each followed to its ending. */
export function lookAheadOptions(scenario: CompiledScenario, before: ClientState): OptionLookAhead[] {
  const fixed = withoutChance(scenario);
  return availableOptions(scenario, before).map((option: CompiledOption) => {
    const step = takeTurn(fixed, before, option.id).state;
    return {
      optionId: option.id,
      nonAdherent: isMiNonAdherent(option),
      roomChange: step.vars.room - before.vars.room,
      outcome: visible(outcomeOf(scenario, playOn(fixed, step))),
    };
  });
}

/** Judge the option chosen at a turn against the others from the same state. */
export function judgeTurn(scenario: CompiledScenario, before: ClientState, chosenId: string, turn: number): TurnLookAhead | null {
  const options = lookAheadOptions(scenario, before);
  const chosen = options.find((o) => o.optionId === chosenId);
  if (!chosen) return null;
  let best: OptionLookAhead | null = null;
  for (const o of options) if (!o.nonAdherent && (!best || compareLookAhead(o, best, scenario) > 0)) best = o;
  // Prefer the chosen option among equals, so "this was (one of) the best" is said when it holds.
  if (best && !chosen.nonAdherent && compareLookAhead(chosen, best, scenario) >= 0) best = chosen;
  const allTie = options.every((o) => compareLookAhead(o, options[0]!, scenario) === 0);
  // A persuading, confronting or threatening choice is never called (one of) the best, even when the
  // numbers tie: the adherent alternative is recommended instead.
  const verdict: Verdict = chosen.nonAdherent && best ? 'other' : allTie ? 'tie' : best === chosen ? 'best' : 'other';
  return { turn, chosen, options, best: verdict === 'tie' ? null : best, verdict };
}

/**
 * The look-ahead for every turn of a conversation, replaying its choices once from its start (with the
 * conversation's own chance, so each turn starts from the state the trainee really had).
 */
export function lookAheadTurns(scenario: CompiledScenario, state: ClientState): TurnLookAhead[] {
  let before = initialState(scenario, startOptionsOf(state));
  const result: TurnLookAhead[] = [];
  for (const [i, choice] of state.choices.entries()) {
    const judged = judgeTurn(scenario, before, choice, i + 1);
    if (judged) result.push(judged);
    before = takeTurn(scenario, before, choice).state;
  }
  return result;
}

/**
 * How much a turn cost: the gap between the best alternative's outcome and the chosen one's, as a key to
 * sort by (ending first, then mode, facts, recall). All zero when the choice was among the best.
 */
export function lossOf(judged: TurnLookAhead, scenario: CompiledScenario): [number, number, number, number] {
  if (judged.verdict !== 'other' || !judged.best) return [0, 0, 0, 0];
  const a = judged.best.outcome;
  const b = judged.chosen.outcome;
  return [
    endingRank(scenario, a.endingId) - endingRank(scenario, b.endingId),
    modeRank(a.mode) - modeRank(b.mode),
    a.disclosed.length - b.disclosed.length,
    a.recall - b.recall,
  ];
}

/** Sorts turns from the costliest to the cheapest (then by turn). */
export function compareLoss(a: TurnLookAhead, b: TurnLookAhead, scenario: CompiledScenario): number {
  const la = lossOf(a, scenario);
  const lb = lossOf(b, scenario);
  for (let i = 0; i < la.length; i += 1) if (la[i] !== lb[i]) return lb[i]! - la[i]!;
  return a.turn - b.turn;
}
