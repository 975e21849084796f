import { useTranslation } from 'react-i18next';
import { LegendSwatch, LineChart } from '../debrief/line-chart.tsx';
import type { ComparedSide } from './attempts.view.ts';

const VARIABLES = ['room', 'stress', 'trust'] as const;
const CHART_SIZE = { height: 200, right: 24 };
const CLASSES = ['series--a', 'series--b', 'series--c', 'series--d', 'series--e', 'series--f'] as const;

/** The colour class of the n-th line (0-based); dash and marker follow the same index (chart.view.ts). */
export const seriesClass = (index: number) => CLASSES[index % CLASSES.length]!;

export interface ComparedSeries {
  key: string;
  /** "Poging 2", "Groep rood": the column head, the legend entry and (with `nameLines`) the line's end label. */
  label: string;
  side: ComparedSide;
}

interface SeriesComparisonProps {
  series: ComparedSeries[];
  /** What a chart shows, for screen readers ("Ruimte in poging 1 en poging 2, per beurt"). */
  chartLabel: (variable: string) => string;
  /** The legend entry of the n-th line: its name and how its line looks. */
  legendLabel: (index: number, label: string) => string;
  /** Write each line's name at its right end too (useful past two lines). */
  nameLines?: boolean;
}

/**
 * Two or more conversations side by side: the outcomes in a table, per variable one chart with every curve,
 * and the numbers as a table. Lines differ in dash, marker and colour, and the legend names them.
 */
export function SeriesComparison({ series, chartLabel, legendLabel, nameLines = false }: SeriesComparisonProps) {
  const { t } = useTranslation(['attempts', 'debrief', 'common']);
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
  const columnName = (key: (typeof VARIABLES)[number], label: string) => `${t(`debrief:curves.${key}`)}, ${label}`;
  const rows = Math.max(0, ...series.map((s) => s.side.values.room.length));
  const size = nameLines ? { height: CHART_SIZE.height } : CHART_SIZE;
  return (
    <div className="comparison">
      <h3>{t('compare.summary')}</h3>
      <div className="table-scroll">
        <table className="card-table" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <td role="cell" />
              {series.map((s) => (
                <th key={s.key} scope="col" role="columnheader">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {(['ending', 'finalMode', 'turns', 'facts', 'recall', 'rq'] as const).map((key) => (
              <tr key={key} role="row">
                <th scope="row" role="rowheader">
                  {t(`compare.${key}`)}
                </th>
                {series.map((s) => (
                  <td key={s.key} role="cell" className={key === 'ending' ? undefined : 'card-table__short'} data-label={s.label}>
                    {cell(s.side, key)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="chart-legend" aria-label={t('compare.legend')}>
        {series.map((s, i) => (
          <li key={s.key}>
            <LegendSwatch index={i} className={seriesClass(i)} />
            {legendLabel(i, s.label)}
          </li>
        ))}
      </ul>
      <div className="comparison__charts">
        {VARIABLES.map((key) => {
          const variable = t(`debrief:curves.${key}`);
          return (
            <figure key={key} className="chart-frame comparison__chart">
              <figcaption>{variable}</figcaption>
              <LineChart
                size={size}
                lines={series.map((s, i) => ({
                  id: `${key}-${s.key}`,
                  label: nameLines ? s.label : '',
                  className: seriesClass(i),
                  values: s.side.values[key],
                }))}
                label={chartLabel(variable)}
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
                <th scope="col" role="columnheader">
                  {t('debrief:curves.turn')}
                </th>
                {VARIABLES.flatMap((key) =>
                  series.map((s) => (
                    <th key={`${key}-${s.key}`} scope="col" role="columnheader">
                      {columnName(key, s.label)}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {Array.from({ length: rows }, (_, turn) => (
                <tr key={turn} role="row">
                  <th scope="row" role="rowheader">
                    {turn === 0 ? t('debrief:curves.start') : `${t('debrief:curves.turn')} ${turn}`}
                  </th>
                  {VARIABLES.flatMap((key) =>
                    series.map((s) => (
                      <td key={`${key}-${s.key}`} role="cell" className="card-table__short" data-label={columnName(key, s.label)}>
                        {s.side.values[key][turn] ?? '–'}
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
