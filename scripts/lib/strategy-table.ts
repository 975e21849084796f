/** The strategy table of `scenarios:analyse --strategies`: how trainees who play by habit or by form end. */
import type { CompiledScenario } from '../../src/engine/index.ts';
import { ALL_STRATEGIES, summariseStrategy, topEnding, type StrategySummary } from '../../src/content/strategies.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function strategySummaries(scenario: CompiledScenario, runs: number): StrategySummary[] {
  const seeds = Array.from({ length: runs }, (_, i) => i);
  return ALL_STRATEGIES.map((s) => summariseStrategy(scenario, s, seeds));
}

/** A Markdown table, so it can go straight into a note or a document. */
export function strategyTable(scenario: CompiledScenario, rows: StrategySummary[]): string {
  const order = ['open', 'opening', 'guarded', 'closed', 'walked-out'];
  const lines = [
    `${scenario.id}: top ending "${topEnding(scenario) ?? '-'}", ${rows[0]?.runs ?? 0} seeds per strategy`,
    '',
    '| strategy | final mode (open / opening / guarded / closed / walked out) | top ending | facts accurate | recall | R:Q |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const modes = order.map((m) => pct(r.modes[m] ?? 0)).join(' / ');
      const rq = r.reflectionToQuestion === null ? '–' : r.reflectionToQuestion.toFixed(2);
      return `| ${r.strategy} | ${modes} | ${pct(r.topEndingRate)} | ${r.factsAccurate.toFixed(1)} | ${r.recall.toFixed(2)} | ${rq} |`;
    }),
  ];
  return lines.join('\n');
}
