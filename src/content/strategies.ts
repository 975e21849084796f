/**
 * Ways trainees really play, as named strategies: by form (the longest option, the first shown, …), bored
 * (at random), and with half-good habits (alternating, small talk then the system). Played over many seeds
 * they show whether a scenario rewards the wrong thing. Used by the tests (the lesson must hold for every
 * shipped scenario) and by `npm run scenarios:analyse -- --strategies`.
 */
import { modeRank } from '../engine/dynamics.ts';
import { outcomeOf, type Outcome } from '../engine/outcome.ts';
import { nextRandom, seedState } from '../engine/rng.ts';
import type { CompiledOption, CompiledScenario } from '../engine/scenario.types.ts';
import { mitiSummary } from '../engine/scoring.ts';
import { selectOptions } from '../engine/session.ts';
import type { ClientState } from '../engine/state.ts';
import { initialState, takeTurn } from '../engine/turn.ts';
import { lineText } from './compile.ts';
import { hasFeelingWords, miRating, youCount } from './form-cues.ts';

export interface StrategyContext {
  scenario: CompiledScenario;
  state: ClientState;
  /** The option's Dutch text. */
  text(option: CompiledOption): string;
  /** A draw in [0, 1) from the strategy's own stream (never the client's). */
  random(): number;
}

export interface Strategy {
  id: string;
  /** Picks form the options in the order the trainee sees them. */
  pick(options: readonly CompiledOption[], ctx: StrategyContext): CompiledOption;
}

function by(options: readonly CompiledOption[], score: (o: CompiledOption) => number): CompiledOption {
  let best = options[0]!;
  for (const o of options) if (score(o) > score(best)) best = o;
  return best;
}

const clientFirst = (options: readonly CompiledOption[]) => by(options, miRating);
const systemFirst = (options: readonly CompiledOption[]) => by(options, (o) => -miRating(o));
const length = (ctx: StrategyContext, o: CompiledOption) => [...ctx.text(o).trim()].length;

/** Choosing by form, or not choosing at all: none of these may reach a scenario's top ending. */
export const FORM_STRATEGIES: readonly Strategy[] = [
  { id: 'longest', pick: (o, ctx) => by(o, (x) => length(ctx, x)) },
  { id: 'shortest', pick: (o, ctx) => by(o, (x) => -length(ctx, x)) },
  { id: 'first-shown', pick: (o) => o[0]! },
  { id: 'first-question', pick: (o, ctx) => o.find((x) => ctx.text(x).includes('?')) ?? o[0]! },
  { id: 'most-you', pick: (o, ctx) => by(o, (x) => youCount(ctx.text(x))) },
  { id: 'feeling-words', pick: (o, ctx) => o.find((x) => hasFeelingWords(ctx.text(x))) ?? o[0]! },
  { id: 'random', pick: (o, ctx) => o[Math.floor(ctx.random() * o.length)]! },
];

/** How many opening turns the small-talk strategy spends on small talk (where it is offered). */
const SMALL_TALK_TURNS = 3;

/** Habits from good to bad; their outcomes must come out in this order. */
export const HABIT_STRATEGIES: readonly Strategy[] = [
  { id: 'client-first', pick: (o) => clientFirst(o) },
  { id: 'alternating', pick: (o, ctx) => (ctx.state.turn % 2 === 0 ? clientFirst(o) : systemFirst(o)) },
  {
    id: 'small-talk-then-system',
    pick: (o, ctx) => (ctx.state.turn < SMALL_TALK_TURNS ? o.find((x) => x.features.smallTalk) : undefined) ?? systemFirst(o),
  },
  { id: 'system-first', pick: (o) => systemFirst(o) },
];

export const ALL_STRATEGIES: readonly Strategy[] = [...FORM_STRATEGIES, ...HABIT_STRATEGIES];

/** Play one whole conversation with a strategy. */
export function playStrategy(scenario: CompiledScenario, strategy: Strategy, seed: number): ClientState {
  let state = initialState(scenario, { seed });
  let rng = seedState(`strategy:${strategy.id}:${seed}`);
  const ctx: StrategyContext = {
    scenario,
    state,
    text: (o) => lineText(scenario, o.text) ?? o.text,
    random: () => {
      const [r, next] = nextRandom(rng);
      rng = next;
      return r;
    },
  };
  while (!state.ending) {
    ctx.state = state;
    const option = strategy.pick(selectOptions(scenario, state), ctx);
    state = takeTurn(scenario, state, option.id).state;
  }
  return state;
}

/** The scenario's top ending: the first ending that is not the walk-out (authors list the best first). */
export function topEnding(scenario: CompiledScenario): string | null {
  return scenario.endings.find((e) => !e.walkOut)?.id ?? null;
}

/**
 * The debrief's order of outcomes: the ending's place in the list (the walk-out last), then the final mode,
 * then facts learned accurately, then recall. Positive when `a` is better.
 */
export function compareResults(scenario: CompiledScenario, a: Outcome, b: Outcome): number {
  const rank = (o: Outcome) => {
    if (o.walkedOut) return -1;
    const plain = scenario.endings.filter((e) => !e.walkOut);
    return plain.length - plain.findIndex((e) => e.id === o.endingId);
  };
  return rank(a) - rank(b) || modeRank(a.mode) - modeRank(b.mode) || a.disclosed.length - b.disclosed.length || a.recall - b.recall;
}

export interface StrategySummary {
  strategy: string;
  runs: number;
  /** Share of runs per final mode (and walked-out). */
  modes: Record<string, number>;
  /** Share of runs per ending id. */
  endings: Record<string, number>;
  topEndingRate: number;
  /** Means over the runs. */
  factsAccurate: number;
  recall: number;
  /** Reflections per question, over all runs' turns together (null: no questions at all). */
  reflectionToQuestion: number | null;
}

export function summariseStrategy(scenario: CompiledScenario, strategy: Strategy, seeds: readonly number[]): StrategySummary {
  const modes: Record<string, number> = {};
  const endings: Record<string, number> = {};
  let facts = 0;
  let recall = 0;
  let reflections = 0;
  let questions = 0;
  const top = topEnding(scenario);
  for (const seed of seeds) {
    const state = playStrategy(scenario, strategy, seed);
    const outcome = outcomeOf(scenario, state);
    modes[outcome.mode] = (modes[outcome.mode] ?? 0) + 1 / seeds.length;
    const ending = outcome.endingId ?? 'none';
    endings[ending] = (endings[ending] ?? 0) + 1 / seeds.length;
    facts += outcome.disclosed.length / seeds.length;
    recall += outcome.recall / seeds.length;
    const { counts } = mitiSummary(state.explanations);
    reflections += counts.simpleReflections + counts.complexReflections;
    questions += counts.questions;
  }
  return {
    strategy: strategy.id,
    runs: seeds.length,
    modes,
    endings,
    topEndingRate: top ? (endings[top] ?? 0) : 0,
    factsAccurate: facts,
    recall,
    reflectionToQuestion: questions === 0 ? null : reflections / questions,
  };
}

/** A scenario long enough to be a whole conversation (the warm-up is not). */
export const FULL_SCENARIO_MOMENTS = 12;
export const isFullScenario = (scenario: CompiledScenario): boolean => scenario.moments.length >= FULL_SCENARIO_MOMENTS;
