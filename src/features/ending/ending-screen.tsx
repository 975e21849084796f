import { useSelector } from '@xstate/react';
import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../shared/engine.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { shortName } from '../shared/names.ts';
import { useLang } from '../shared/use-lang.ts';
import { endingView, type AgreementRow, type FactRow } from './ending.view.ts';

interface EndingScreenProps {
  session: Session;
  onPlayAgain: () => void;
  libraryHref: string;
  /**
   * Extension point for the full debrief (curves, MITI-informed counts, turn by turn). It renders below the
   * compact summary and receives nothing from here: it reads the same session.
   */
  debrief?: ReactNode;
}

function FactItem({ fact }: { fact: FactRow }) {
  const { t } = useTranslation('ending');
  return (
    <li className={`fact fact--${fact.fidelity}`}>
      <h3 className="fact__topic" lang={fact.topic.lang}>
        {fact.topic.text}
      </h3>
      <p className="fact__fidelity">
        <span className={`tag tag--${fact.fidelity}`}>{t(`facts.fidelity.${fact.fidelity}`)}</span>
      </p>
      <dl className="fact__compare">
        {fact.heard !== null && (
          <>
            <dt>{t('facts.heard')}</dt>
            <dd>
              <q lang={fact.heard.lang}>{fact.heard.text}</q>
            </dd>
          </>
        )}
        <dt>{t('facts.truth')}</dt>
        <dd lang={fact.truth.lang}>{fact.truth.text}</dd>
      </dl>
    </li>
  );
}

function AgreementItem({ agreement, name }: { agreement: AgreementRow; name: string }) {
  const { t } = useTranslation('ending');
  return (
    <li className={`agreement ${agreement.remembered ? 'agreement--remembered' : 'agreement--forgotten'}`}>
      <p className="agreement__text" lang={agreement.text.lang}>
        {agreement.text.text}
      </p>
      <ul className="tags">
        <li className="tag">{agreement.written ? t('agreements.written') : t('agreements.notWritten')}</li>
        {agreement.reminder && <li className="tag">{t('agreements.reminder')}</li>}
      </ul>
      <p className="agreement__recall">
        {t(agreement.remembered ? 'agreements.remembered' : 'agreements.forgotten', { name, percent: agreement.percent })}
      </p>
    </li>
  );
}

/** How the conversation ended and a compact outcome; then play again or back to the library. */
export function EndingScreen({ session, onPlayAgain, libraryHref, debrief }: EndingScreenProps) {
  const { t } = useTranslation(['ending', 'common']);
  const lang = useLang();
  const scenario = session.scenario;
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  const view = useMemo(() => endingView(scenario, state, lang), [scenario, state, lang]);
  const name = shortName(scenario.persona.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(view.title?.text ?? t('eyebrow'));
  const factsId = useId();
  const agreementsId = useId();

  return (
    <article className="ending">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 ref={heading} tabIndex={-1} lang={view.title?.lang}>
        {view.title?.text ?? t('eyebrow')}
      </h1>
      {view.text && (
        <p className="lead" lang={view.text.lang}>
          {view.text.text}
        </p>
      )}
      <ul className="ending__facts-line">
        <li>{t('finalMode', { mode: t(`common:finalModes.${view.finalMode}`) })}</li>
        <li>{t('turns', { count: view.turns })}</li>
      </ul>

      <section className="ending__section" aria-labelledby={factsId}>
        <h2 id={factsId}>{t('facts.heading')}</h2>
        {view.facts.length === 0 ? (
          <p>{t('facts.none')}</p>
        ) : (
          <>
            <p>{t('facts.intro', { name })}</p>
            <ul className="fact-list">
              {view.facts.map((fact) => (
                <FactItem key={fact.id} fact={fact} />
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="ending__section" aria-labelledby={agreementsId}>
        <h2 id={agreementsId}>{t('agreements.heading')}</h2>
        {view.recallPercent === null ? (
          <p>{t('agreements.none')}</p>
        ) : (
          <>
            <p className="ending__recall">{t('agreements.recall', { name, percent: view.recallPercent })}</p>
            <ul className="agreement-list">
              {view.agreements.map((agreement) => (
                <AgreementItem key={agreement.id} agreement={agreement} name={name} />
              ))}
            </ul>
          </>
        )}
        {view.notMade.length > 0 && (
          <>
            <h3>{t('agreements.notMade')}</h3>
            <ul className="plain-list">
              {view.notMade.map((a) => (
                <li key={a.id} lang={a.text.lang}>
                  {a.text.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {debrief}

      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onPlayAgain}>
          {t('playAgain')}
        </button>
        <a className="button" href={libraryHref}>
          {t('library')}
        </a>
      </div>
    </article>
  );
}
