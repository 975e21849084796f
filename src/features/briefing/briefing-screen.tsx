import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { ScenarioFacts } from '../shared/scenario-facts.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { briefingView } from './briefing.view.ts';

interface BriefingScreenProps {
  scenario: CompiledScenario;
  onStart: () => void;
  libraryHref: string;
}

/** Who the client is, what the trainee knows beforehand, what to practise; then one start button. */
export function BriefingScreen({ scenario, onStart, libraryHref }: BriefingScreenProps) {
  const { t } = useTranslation(['briefing', 'common']);
  const lang = useLang();
  const { consultant, consultantName } = useSettings().settings;
  const view = useMemo(
    () => briefingView(scenario, lang, { choice: consultant, name: consultantName }),
    [scenario, lang, consultant, consultantName],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(view.title.text);
  return (
    <article className="briefing">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 ref={heading} tabIndex={-1} lang={view.title.lang}>
        {view.title.text}
      </h1>
      <ScenarioFacts durationMinutes={view.durationMinutes} level={view.level} />
      {/* On a phone the start button is several screens down; say where it is and take the reader there. */}
      <p className="briefing__jump">
        <button type="button" className="button button--quiet" onClick={() => start.current?.focus()}>
          {t('jumpToStart')} <span aria-hidden="true">↓</span>
        </button>
      </p>

      <section className="briefing__persona" aria-labelledby="briefing-client">
        <h2 id="briefing-client">{t('client')}</h2>
        <p className="briefing__name">{t('common:personaNameAge', { name: view.personaName, age: view.personaAge })}</p>
        <h3>{t('situation')}</h3>
        <p lang={view.situation.lang}>{view.situation.text}</p>
      </section>

      <section className="briefing__case-file" aria-labelledby="briefing-case-file">
        <h2 id="briefing-case-file">{t('caseFile')}</h2>
        <p lang={view.caseFile.lang}>{view.caseFile.text}</p>
      </section>

      <section aria-labelledby="briefing-goals">
        <h2 id="briefing-goals">{t('goals')}</h2>
        <ul className="briefing__goals">
          {view.goals.map((goal, index) => (
            <li key={index} lang={goal.lang}>
              {goal.text}
            </li>
          ))}
        </ul>
        {view.changeGoal && (
          <>
            <h3>{t('changeGoal')}</h3>
            <p lang={view.changeGoal.lang}>{view.changeGoal.text}</p>
          </>
        )}
      </section>

      {view.sources.length > 0 && (
        <section className="briefing__sources" aria-labelledby="briefing-sources">
          <h2 id="briefing-sources">{t('sources.title')}</h2>
          <p>{t('sources.intro')}</p>
          <ul>
            {view.sources.map((source) => (
              <li key={source.id}>
                {source.href ? (
                  <a href={source.href} target="_blank" rel="noopener noreferrer">
                    <span lang={source.title.lang}>{source.title.text}</span>{' '}
                    <span className="briefing__leaves">{t('sources.leaves', { host: source.host })}</span>
                  </a>
                ) : (
                  <span lang={source.title.lang}>{source.title.text}</span>
                )}
                {source.note && (
                  <p className="briefing__source-note" lang={source.note.lang}>
                    {source.note.text}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="briefing__start">
        {view.refersToYouAs !== null && <p>{t('refersToYou', { word: view.refersToYouAs })}</p>}
        <p>{t('howTo', { count: view.optionKeys })}</p>
        <div className="button-row">
          <button type="button" ref={start} className="button button--primary button--large" onClick={onStart}>
            {t('start')}
          </button>
          <a className="button button--quiet" href={libraryHref}>
            {t('common:backToLibrary')}
          </a>
        </div>
      </div>
    </article>
  );
}
