import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { recallWording, type EndingView } from '../ending/ending.view.ts';

/** What the client told, next to the truth ("what you now believe" versus "what is true"). */
export function DebriefFacts({ ending, name }: { ending: EndingView; name: string }) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('facts.heading')}</h2>
      {ending.facts.length === 0 ? (
        <p>{t('facts.none')}</p>
      ) : (
        <>
          <p>{t('facts.intro', { name })}</p>
          <div className="table-scroll">
            <table className="facts-table card-table" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    {t('facts.topic')}
                  </th>
                  <th scope="col" role="columnheader">
                    {t('facts.how')}
                  </th>
                  <th scope="col" role="columnheader">
                    {t('facts.believe')}
                  </th>
                  <th scope="col" role="columnheader">
                    {t('facts.truth')}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {ending.facts.map((fact) => (
                  <tr key={fact.id} className={`fact-row fact-row--${fact.fidelity}`} role="row">
                    <th scope="row" role="rowheader" lang={fact.topic.lang}>
                      {fact.topic.text}
                    </th>
                    <td role="cell" data-label={t('facts.how')}>
                      <span className={`tag tag--${fact.fidelity}`}>{t(`facts.fidelity.${fact.fidelity}`)}</span>
                    </td>
                    <td role="cell" data-label={t('facts.believe')}>
                      {fact.heard ? <q lang={fact.heard.lang}>{fact.heard.text}</q> : t('facts.nothing')}
                    </td>
                    <td role="cell" data-label={t('facts.truth')}>
                      <span lang={fact.truth.lang}>{fact.truth.text}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Which agreements the client will remember, and those never made. */
export function DebriefAgreements({ ending, name }: { ending: EndingView; name: string }) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.heading', { name })}</h2>
      {ending.recallPercent === null ? (
        <p>{t('agreements.none')}</p>
      ) : (
        <>
          <p className="debrief__strong">
            {t(`agreements.recall.${recallWording(ending.recallPercent)}`, { name, percent: ending.recallPercent })}
          </p>
          <ul className="agreement-list">
            {ending.agreements.map((a) => (
              <li key={a.id} className={`agreement ${a.remembered ? 'agreement--remembered' : 'agreement--forgotten'}`}>
                <p className="agreement__text" lang={a.text.lang}>
                  {a.text.text}
                </p>
                <ul className="tags">
                  <li className="tag">{a.written ? t('agreements.written') : t('agreements.notWritten')}</li>
                  {a.reminder && <li className="tag">{t('agreements.reminder')}</li>}
                </ul>
                <p>{t(`agreements.certainty.${a.certainty}`, { name, percent: a.percent })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {ending.notMade.length > 0 && (
        <>
          <h3>{t('agreements.notMade')}</h3>
          <ul className="plain-list">
            {ending.notMade.map((a) => (
              <li key={a.id} lang={a.text.lang}>
                {a.text.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
