import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../shared/engine.ts';
import { ScenarioFacts } from '../shared/scenario-facts.tsx';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
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
  const view = useMemo(() => briefingView(scenario, lang), [scenario, lang]);
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

      <div className="briefing__start">
        <p>{t('howTo')}</p>
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
