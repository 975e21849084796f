import { useSelector } from '@xstate/react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../engine/index.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { shortName } from '../shared/names.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { endingView, recallWording } from './ending.view.ts';
import { EndingScene } from './ending-scene.tsx';

interface EndingScreenProps {
  session: Session;
  onPlayAgain: () => void;
  libraryHref: string;
  /** The debrief's address; when there is none (nothing could be saved) `onDebrief` opens it in place. */
  debriefHref?: string;
  onDebrief?: () => void;
  attemptsHref?: string;
}

/** How the conversation ended, in a sentence, and the way into the debrief; then play again or leave. */
export function EndingScreen({ session, onPlayAgain, libraryHref, debriefHref, onDebrief, attemptsHref }: EndingScreenProps) {
  const { t } = useTranslation(['ending', 'common']);
  const lang = useLang();
  const scenario = useConsultantScenario(session.scenario);
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  const view = useMemo(() => endingView(scenario, state, lang), [scenario, state, lang]);
  const name = shortName(scenario.persona.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(view.title?.text ?? t('eyebrow'));

  return (
    <article className="ending">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 ref={heading} tabIndex={-1} lang={view.title?.lang}>
        {view.title?.text ?? t('eyebrow')}
      </h1>
      <EndingScene scenario={scenario} state={state} />
      {view.text && (
        <p className="lead" lang={view.text.lang}>
          {view.text.text}
        </p>
      )}
      <ul className="ending__facts-line">
        {/* After a walk-out the title already says so. */}
        {!view.walkedOut && <li>{t('finalMode', { mode: t(`common:finalModes.${view.finalMode}`) })}</li>}
        <li>{t('turns', { count: view.turns })}</li>
        {view.recallPercent !== null && (
          <li>{t(`recallShort.${recallWording(view.recallPercent)}`, { name, percent: view.recallPercent })}</li>
        )}
      </ul>
      <div className="button-row">
        {debriefHref ? (
          <a className="button button--primary button--large" href={debriefHref}>
            {t('toDebrief')}
          </a>
        ) : (
          onDebrief && (
            <button type="button" className="button button--primary button--large" onClick={onDebrief}>
              {t('toDebrief')}
            </button>
          )
        )}
        <button type="button" className="button" onClick={onPlayAgain}>
          {t('playAgain')}
        </button>
        {attemptsHref && (
          <a className="button" href={attemptsHref}>
            {t('attempts')}
          </a>
        )}
        <a className="button" href={libraryHref}>
          {t('library')}
        </a>
      </div>
    </article>
  );
}
