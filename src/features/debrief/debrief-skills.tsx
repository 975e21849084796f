import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefView } from './debrief.view.ts';

/** MITI-informed ratios against the fair/good thresholds, labelled as practice feedback. */
export function DebriefMiti({ view }: { view: DebriefView }) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('miti.heading')} <span className="tag tag--practice">{t('practice')}</span>
      </h2>
      <p className="debrief__disclaimer">{t('miti.disclaimer')}</p>
      <div className="table-scroll">
        <table className="miti-table card-table" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('miti.measure')}
              </th>
              <th scope="col" role="columnheader">
                {t('miti.value')}
              </th>
              <th scope="col" role="columnheader">
                {t('miti.norm')}
              </th>
              <th scope="col" role="columnheader">
                {t('miti.rating')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.miti.map((row) => (
              <tr key={row.key} role="row">
                <th scope="row" role="rowheader">
                  {t(`miti.measures.${row.key}`)}
                </th>
                <td role="cell" className="card-table__short" data-label={t('miti.value')}>
                  {row.value ?? '–'}
                </td>
                <td role="cell" data-label={t('miti.norm')}>
                  {t('miti.threshold', { fair: row.fair, good: row.good })}
                </td>
                <td role="cell" className="card-table__short" data-label={t('miti.rating')}>
                  <span className={`tag tag--rating-${row.rating}`}>{t(`miti.ratings.${row.rating}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('miti.counts')}</h3>
      <dl className="count-list">
        {view.counts.map((c) => (
          <div key={c.key} className={c.key === 'openQuestions' || c.key === 'closedQuestions' ? 'count-list__sub' : undefined}>
            <dt>{t(`miti.count.${c.key}`)}</dt>
            <dd>{c.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The stress-sensitive checklist, each item with the turns that decided it. */
export function DebriefChecklist({ view }: { view: DebriefView }) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checklist.heading')}</h2>
      <p>{t('checklist.intro')}</p>
      <ul className="checklist">
        {view.checklist.map((item) => {
          // Three states, each with its own mark and word (never colour alone).
          const state = !item.applicable ? 'na' : item.done ? 'done' : 'missed';
          return (
            <li key={item.item} className={`checklist__item checklist__item--${state}`}>
              <span className="checklist__mark" aria-hidden="true">
                {state === 'na' ? '–' : state === 'done' ? '✓' : '✗'}
              </span>
              <span className="checklist__text">{t(`checklist.items.${item.item}`)}</span>
              <span className={`tag ${state === 'na' ? 'tag--not-applicable' : state === 'done' ? 'tag--accurate' : 'tag--wrong'}`}>
                {state === 'na' ? t('checklist.notApplicable') : state === 'done' ? t('checklist.done') : t('checklist.notDone')}
              </span>
              {state === 'na' ? (
                <span className="checklist__turns">{t('checklist.notApplicableWhy')}</span>
              ) : (
                item.turns.length > 0 && (
                  <span className="checklist__turns">
                    {t('checklist.turns', { count: item.turns.length, turns: item.turns.join(', ') })}
                  </span>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
