/**
 * What a scenario can lead to: the best and the worst outcome a trainee can steer to, which moments and
 * endings can be reached at all, and where the conversation can only go round in circles. Used by
 * `npm run scenarios:analyse` and by the Scenario Lab in the browser, so it is pure TypeScript.
 *
 * Every path is played with the engine's own `takeTurn` on a copy of the scenario with `randomness: false`:
 * every draw is 0.5, so each fact is answered with its more likely fidelity. The analysis therefore shows
 * the *typical* outcome of each path, not the lucky or the unlucky one.
 *
 * The search (analyse-search.ts) memoises on a coarse key: states whose stress, trust, load and
 * sensitisation fall in the same bands share their result. The reported best and worst paths are then
 * rebuilt by stepping the real states, so their outcome is exactly what a replay of their choices gives.
 *
 * Bands of 5 points keep the estimates close, but a 24-moment scenario then has several hundred thousand
 * states. So the search runs coarse to fine (RESOLUTIONS) within one state budget, refining while the next
 * resolution is expected to fit, and keeps the best best and the worst worst of all runs: every run's paths
 * are real, so a finer run can only add. `resolution` says how fine the last complete run was.
 */
import { compareOutcomes, mitiSummary, replay, type CompiledScenario, type Domain, type FinalMode } from '../engine/index.ts';
import { Explorer, type Bands } from './analyse-search.ts';
import { lineText, translationCoverage } from './compile.ts';

export type { Bands };

export const DEFAULT_STATE_LIMIT = 200_000;

/**
 * Coarse to fine. Stress is refined first: it decides the window of tolerance and so the walk-out, which
 * coarse stress bands blur. The last is the finest the analysis uses.
 */
export const RESOLUTIONS: readonly Bands[] = [
  { stress: 20, trust: 20, load: 20, sensitisation: 20 },
  { stress: 5, trust: 20, load: 20, sensitisation: 20 },
  { stress: 5, trust: 5, load: 20, sensitisation: 20 },
  { stress: 5, trust: 5, load: 5, sensitisation: 5 },
];

/** A finer resolution explores about this many times the states of the one before (measured 2–3). */
const GROWTH = 3;

export interface AnalyseOptions {
  /**
   * The state budget over all resolutions (default 200,000). A finer resolution is tried only when it is
   * expected to fit; if even the coarsest does not, expanding stops and the result is marked `truncated`.
   */
  stateLimit?: number;
  /**
   * Only the coarsest resolution: about a tenth of the states, for live feedback (the Lab) and quick runs.
   * Every reported path is still replayed exactly; a finer run can only find a better best or a worse worst.
   */
  quick?: boolean;
}

export interface PathOutcome {
  mode: FinalMode;
  /** Expected share of agreements remembered, 0–1, two decimals. */
  recall: number;
  /** Fact ids the consultant learned accurately, in persona order. */
  disclosed: string[];
  /** Option ids in the order chosen; replaying them on `deterministic(scenario)` gives this outcome. */
  choices: string[];
  endingId: string | null;
}

export interface ScenarioAnalysis {
  id: string;
  /** Dutch title. */
  title: string;
  domain: Domain;
  moments: number;
  options: number;
  endings: number;
  best: PathOutcome;
  /** MITI-informed ratios of the best path: the model's best should also be good MI (R:Q ≥ 1, %CR ≥ 40%). */
  bestMiti: { reflectionToQuestion: number | null; percentComplexReflections: number | null };
  worst: PathOutcome;
  /** Moment ids no explored path visits, in file order. */
  unreachable: string[];
  /**
   * Moment ids where, in some state, every option leads back round a loop to the same (banded) state, so
   * only the engine's maxTurns cut-off ends the conversation. In file order.
   */
  deadEnds: string[];
  /** Ending ids some explored path reaches, in file order. */
  endingsReached: string[];
  /** Share of line ids with a text per language, 0–1. */
  coverage: { nl: number; en: number };
  /** Distinct (banded) states expanded, over all resolutions. */
  states: number;
  /** The bands of the finest complete run, or null when even the coarsest hit the state limit. */
  resolution: Bands | null;
  /** Not even the coarsest run fit the state limit: best, worst and unreachable cover part of the conversations. */
  truncated: boolean;
}

/** The scenario as the analysis plays it: deterministic, every draw 0.5. */
export function deterministic(scenario: CompiledScenario): CompiledScenario {
  return { ...scenario, randomness: false };
}

export function analyseScenario(scenario: CompiledScenario, opts: AnalyseOptions = {}): ScenarioAnalysis {
  const played = deterministic(scenario);
  const budget = opts.stateLimit ?? DEFAULT_STATE_LIMIT;
  const runs: Run[] = [];
  let used = 0;
  for (const bands of opts.quick ? RESOLUTIONS.slice(0, 1) : RESOLUTIONS) {
    const last = runs[runs.length - 1];
    if (last && (last.explorer.truncated || last.explorer.expanded * GROWTH > budget - used)) break;
    runs.push(run(played, bands, budget - used));
    used += runs[runs.length - 1]!.explorer.expanded;
  }
  const complete = runs.filter((r) => !r.explorer.truncated);
  const finest = complete[complete.length - 1] ?? runs[0]!;
  // Later (finer) runs win ties.
  const best = runs.reduce((a, b) => (compareOutcomes(b.best, a.best, scenario) >= 0 ? b : a)).best;
  const worst = runs.reduce((a, b) => (compareOutcomes(b.worst, a.worst, scenario) <= 0 ? b : a)).worst;
  const visited = new Set(runs.flatMap((r) => [...r.explorer.visited]));
  const endingsReached = new Set(runs.flatMap((r) => [...r.explorer.endingsReached]));
  const inFileOrder = (ids: ReadonlySet<string>, all: { id: string }[]) => all.filter((x) => ids.has(x.id)).map((x) => x.id);
  return {
    id: scenario.id,
    // Compiled titles are line ids; hand-built scenarios may hold the text itself.
    title: lineText(scenario, scenario.title) ?? scenario.title,
    domain: scenario.domain,
    moments: scenario.moments.length,
    options: scenario.moments.reduce((n, m) => n + m.options.length, 0),
    endings: scenario.endings.length,
    best: { ...best, recall: round2(best.recall) },
    bestMiti: mitiOf(played, best.choices),
    worst: { ...worst, recall: round2(worst.recall) },
    unreachable: scenario.moments.filter((m) => !visited.has(m.id)).map((m) => m.id),
    // Coarse bands see more states as "the same", so only the finest run tells what really loops.
    deadEnds: inFileOrder(finest.explorer.deadEnds, scenario.moments),
    endingsReached: inFileOrder(endingsReached, scenario.endings),
    coverage: translationCoverage(scenario),
    states: used,
    resolution: complete.length > 0 ? finest.bands : null,
    truncated: complete.length === 0,
  };
}

interface Run {
  bands: Bands;
  explorer: Explorer;
  best: PathOutcome;
  worst: PathOutcome;
}

function run(scenario: CompiledScenario, bands: Bands, limit: number): Run {
  const explorer = new Explorer(scenario, bands, limit);
  const root = explorer.start();
  explorer.explore(root);
  return { bands, explorer, best: explorer.descend(root, 'best'), worst: explorer.descend(root, 'worst') };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function mitiOf(played: CompiledScenario, choices: string[]): ScenarioAnalysis['bestMiti'] {
  const m = mitiSummary(replay(played, choices).explanations);
  return { reflectionToQuestion: m.reflectionToQuestion.value, percentComplexReflections: m.percentComplexReflections.value };
}
