import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientState, CompiledScenario } from '../../engine/index.ts';
import { shortName } from '../shared/names.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { localizedLine } from '../shared/localized.ts';
import { DebriefCurves } from './debrief-curves.tsx';
import { DebriefSummary } from './debrief-summary.tsx';
import { DebriefAgreements, DebriefFacts } from './debrief-facts.tsx';
import { DebriefChecklist, DebriefMiti } from './debrief-skills.tsx';
import { DebriefTurns } from './debrief-turns.tsx';
import { DebriefNext } from './debrief-next.tsx';
import { Certificate, PrintButtons, useCertificatePrint } from './debrief-print.tsx';
import { certificateView, playedOn } from './certificate.view.ts';
import { debriefView } from './debrief.view.ts';
import { useLazyLocales } from './lazy-locales.ts';
import '../../styles/debrief.css';
import '../../styles/print.css';

export interface DebriefScreenProps {
  scenario: CompiledScenario;
  /** The conversation to explain (ended or not): everything shown is computed from it. */
  state: ClientState;
  /** Go back to the moment before choice `kept` (0-based) and choose again; omitted hides the rewind buttons. */
  onRewind?: (kept: number) => void;
  libraryHref: string;
  attemptsHref?: string;
  onPlayAgain?: () => void;
  /** Move focus to the heading when shown (off where the debrief is part of a page with its own heading). */
  focusHeading?: boolean;
  /**
   * When the conversation ended (ISO date), for the certificate: a kept attempt opened days later still prints
   * the day it was played. Without it (a conversation that just ended) the certificate says today.
   */
  finishedAt?: string | null;
}

/** The debrief: why the conversation went the way it did, computed from the engine's explanation records. */
export function DebriefScreen({
  scenario: compiled,
  state,
  onRewind,
  libraryHref,
  attemptsHref,
  onPlayAgain,
  focusHeading = true,
  finishedAt = null,
}: DebriefScreenProps) {
  useLazyLocales();
  const scenario = useConsultantScenario(compiled);
  const { t } = useTranslation('debrief');
  const lang = useLang();
  const view = useMemo(() => debriefView(scenario, state, lang), [scenario, state, lang]);
  const name = shortName(scenario.persona.name);
  const title = localizedLine(scenario, scenario.title, lang);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, focusHeading);
  useDocumentTitle(t('title'));
  const ended = state.ending !== null;
  const [printingCertificate, printCertificate] = useCertificatePrint();
  const certificate = useMemo(
    () => (ended ? certificateView(title, view.summary.outcome, view.checklist, playedOn(finishedAt, new Date()), lang) : null),
    [ended, title, view, lang, finishedAt],
  );

  return (
    <article className="debrief">
      <p className="eyebrow" lang={title.lang}>
        {t('eyebrow', { title: title.text })}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      {view.ending.title && (
        <p className="lead" lang={view.ending.title.lang}>
          {view.ending.title.text}
        </p>
      )}
      <DebriefSummary summary={view.summary} name={name} />
      <p>{t('lead')}</p>
      <DebriefCurves view={view} name={name} />
      <DebriefFacts ending={view.ending} name={name} />
      <DebriefAgreements ending={view.ending} name={name} />
      <DebriefMiti view={view} />
      <DebriefChecklist view={view} />
      <DebriefTurns turns={view.turns} resting={view.resting} name={name} onRewind={onRewind} />
      <DebriefNext checklist={view.checklist} currentId={scenario.id} />
      {printingCertificate && certificate && <Certificate view={certificate} />}
      <div className="button-row">
        {onPlayAgain && (
          <button type="button" className="button button--primary" onClick={onPlayAgain}>
            {t('actions.playAgain')}
          </button>
        )}
        {attemptsHref && (
          <a className="button" href={attemptsHref}>
            {t('actions.attempts')}
          </a>
        )}
        <a className="button" href={libraryHref}>
          {t('actions.library')}
        </a>
        <PrintButtons onPrintCertificate={certificate ? printCertificate : null} />
      </div>
    </article>
  );
}
