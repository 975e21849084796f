import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LegendSwatch, LineChart, type ChartLine } from './line-chart.tsx';
import type { DebriefView } from './debrief.view.ts';
import { ExplainTerms } from '../shared/explain-terms.tsx';

const VARIABLES = ['stress', 'trust', 'room'] as const;

/** Stress, trust and mental room over the turns, each choice a tick; the same numbers as a table below. */
export function DebriefCurves({ view, name }: { view: DebriefView; name: string }) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  const lines = useMemo(
    (): ChartLine[] =>
      VARIABLES.map((key) => ({ id: key, label: t(`curves.${key}`), className: `series--${key}`, values: view.curve.map((p) => p[key]) })),
    [view.curve, t],
  );
  const titles = view.curveRows.slice(1).map((row) => (row.choice ? `${t('curves.turn')} ${row.turn}: ${row.choice.text}` : ''));
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('curves.heading')}</h2>
      <p>{t('curves.intro')}</p>
      <ExplainTerms name={name} />
      <ul className="chart-legend">
        {VARIABLES.map((key, index) => (
          <li key={key}>
            <LegendSwatch index={index} className={`series--${key}`} />
            {t(`curves.${key}`)}
          </li>
        ))}
      </ul>
      <div className="chart-frame">
        <LineChart
          lines={lines}
          label={t('curves.chartLabel', { count: view.turns.length })}
          turnLabel={t('curves.turnAxis')}
          tickTitles={titles}
        />
      </div>
      <details className="chart-table">
        <summary>{t('curves.table')}</summary>
        <div className="table-scroll">
          <table className="card-table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('curves.turn')}
                </th>
                <th scope="col" role="columnheader">
                  {t('curves.choice')}
                </th>
                <th scope="col" role="columnheader">
                  {t('curves.stress')}
                </th>
                <th scope="col" role="columnheader">
                  {t('curves.trust')}
                </th>
                <th scope="col" role="columnheader">
                  {t('curves.room')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {view.curveRows.map((row) => (
                <tr key={row.turn} role="row">
                  <th scope="row" role="rowheader">
                    {row.turn === 0 ? t('curves.start') : `${t('curves.turn')} ${row.turn}`}
                  </th>
                  <td role="cell" data-label={t('curves.choice')} lang={row.choice?.lang}>
                    {row.choice?.text ?? '–'}
                  </td>
                  <td role="cell" className="card-table__short" data-label={t('curves.stress')}>
                    {row.stress}
                  </td>
                  <td role="cell" className="card-table__short" data-label={t('curves.trust')}>
                    {row.trust}
                  </td>
                  <td role="cell" className="card-table__short" data-label={t('curves.room')}>
                    {row.room}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
