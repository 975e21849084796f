import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';
import { compareAttempts, type KeptAttempt } from './attempts.view.ts';
import { SeriesComparison, type ComparedSeries } from './series-comparison.tsx';

interface AttemptComparisonProps {
  scenario: CompiledScenario;
  a: { attempt: KeptAttempt; n: number };
  b: { attempt: KeptAttempt; n: number };
}

/** Two attempts side by side: the outcomes in a table, and per variable one chart with both curves. */
export function AttemptComparison({ scenario, a, b }: AttemptComparisonProps) {
  const { t } = useTranslation('attempts');
  const lang = useLang();
  const comparison = useMemo(() => compareAttempts(scenario, a, b, lang), [scenario, a, b, lang]);
  const series = useMemo(
    (): ComparedSeries[] =>
      comparison ? [comparison.a, comparison.b].map((side) => ({ key: String(side.n), label: t('attempt', { n: side.n }), side })) : [],
    [comparison, t],
  );
  if (!comparison) return null;
  return (
    <SeriesComparison
      series={series}
      chartLabel={(variable) => t('compare.chartLabel', { variable, a: comparison.a.n, b: comparison.b.n })}
      legendLabel={(index, label) => `${label} (${index === 0 ? t('compare.solid') : t('compare.dashed')})`}
    />
  );
}
