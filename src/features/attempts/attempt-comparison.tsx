import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';
import { LegendSwatch, LineChart } from '../debrief/line-chart.tsx';
import { compareAttempts, type ComparedSide, type KeptAttempt } from './attempts.view.ts';

const VARIABLES = ['room', 'stress', 'trust'] as const;
const CHART_SIZE = { height: 200, right: 24 };

interface AttemptComparisonProps {
  scenario: CompiledScenario;
  a: { attempt: KeptAttempt; n: number };
  b: { attempt: KeptAttempt; n: number };
}

/** Two attempts side by side: the outcomes in a table, and per variable one chart with both curves. */
export function AttemptComparison({ scenario, a, b }: AttemptComparisonProps) {
  const { t } = useTranslation(['attempts', 'debrief', 'common']);
  const lang = useLang();
  const comparison = useMemo(() => compareAttempts(scenario, a, b, lang), [scenario, a, b, lang]);
  if (!comparison) return null;
  const sides = [comparison.a, comparison.b];
  const cell = (s: ComparedSide, key: 'ending' | 'finalMode' | 'turns' | 'facts' | 'recall' | 'rq') => {
    switch (key) {
      case 'ending':
        return s.ending ? <span lang={s.ending.lang}>{s.ending.text}</span> : t('compare.notFinished');
      case 'finalMode':
        return t(`common:finalModes.${s.mode}`);
      case 'turns':
        return s.turns;
      case 'facts':
        return `${s.disclosed} / ${s.facts}`;
      case 'recall':
        return s.recallPercent === null ? '–' : `${s.recallPercent}%`;
      case 'rq':
        return s.reflectionsPerQuestion ?? '–';
    }
  };
  const columnName = (key: (typeof VARIABLES)[number], n: number) => `${t(`debrief:curves.${key}`)}, ${t('attempt', { n })}`;
  const legend = (index: number, s: ComparedSide) => (
    <li key={s.n}>
      <LegendSwatch index={index} className={index === 0 ? 'series--a' : 'series--b'} />
      {t('attempt', { n: s.n })} ({index === 0 ? t('compare.solid') : t('compare.dashed')})
    </li>
  );
  return (
    <div className="comparison">
      <h3>{t('compare.summary')}</h3>
      <div className="table-scroll">
        <table className="card-table" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <td role="cell" />
              {sides.map((s) => (
                <th key={s.n} scope="col" role="columnheader">
                  {t('attempt', { n: s.n })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {(['ending', 'finalMode', 'turns', 'facts', 'recall', 'rq'] as const).map((key) => (
              <tr key={key} role="row">
                <th scope="row" role="rowheader">{t(`compare.${key}`)}</th>
                {sides.map((s) => (
                  <td key={s.n} role="cell" className={key === 'ending' ? undefined : 'card-table__short'} data-label={t('attempt', { n: s.n })}>
                    {cell(s, key)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="chart-legend" aria-label={t('compare.legend')}>
        {sides.map((s, i) => legend(i, s))}
      </ul>
      <div className="comparison__charts">
        {VARIABLES.map((key) => {
          const variable = t(`debrief:curves.${key}`);
          return (
            <figure key={key} className="chart-frame comparison__chart">
              <figcaption>{variable}</figcaption>
              <LineChart
                size={CHART_SIZE}
                lines={sides.map((s, i) => ({ id: `${key}-${s.n}`, label: '', className: i === 0 ? 'series--a' : 'series--b', values: s.values[key] }))}
                label={t('compare.chartLabel', { variable, a: comparison.a.n, b: comparison.b.n })}
                turnLabel={t('debrief:curves.turnAxis')}
              />
            </figure>
          );
        })}
      </div>
      <details className="chart-table">
        <summary>{t('compare.table')}</summary>
        <div className="table-scroll">
          <table className="card-table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('debrief:curves.turn')}</th>
                {VARIABLES.flatMap((key) =>
                  sides.map((s) => (
                    <th key={`${key}-${s.n}`} scope="col" role="columnheader">
                      {columnName(key, s.n)}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {Array.from({ length: Math.max(comparison.a.values.room.length, comparison.b.values.room.length) }, (_, turn) => (
                <tr key={turn} role="row">
                  <th scope="row" role="rowheader">{turn === 0 ? t('debrief:curves.start') : `${t('debrief:curves.turn')} ${turn}`}</th>
                  {VARIABLES.flatMap((key) =>
                    sides.map((s) => (
                      <td key={`${key}-${s.n}`} role="cell" className="card-table__short" data-label={columnName(key, s.n)}>
                        {s.values[key][turn] ?? '–'}
                      </td>
                    )),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
