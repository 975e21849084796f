/**
 * The projected workshop: one moment at a time, step by step (see workshop-flow.ts). Everything the room
 * should not see yet (the thought, the door, the numbers) is not rendered at all before the reveal, so it is
 * not in the page nor in the accessibility tree. The presenter window holds the trainer's notes.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { RoomDoor } from '../conversation/room-door.tsx';
import { Portrait } from '../portrait/portrait.tsx';
import { lookFor } from '../portrait/portrait.view.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { shortName } from '../shared/names.ts';
import { localizedLine } from '../shared/localized.ts';
import { isAfterChoice, recordOf, type FlowAction } from './workshop-flow.ts';
import { groupLink } from './group-link.ts';
import { recordGroup } from './group-label.ts';
import { useGroupLabel } from './use-group-label.ts';
import { GroupShare } from './workshop-ending.tsx';
import { stepView, whatIfRows, type StepView } from './workshop.view.ts';
import { ClientLines, NumbersPanel, OptionRows, StepList, WhatIfTable } from './workshop-parts.tsx';
import { useWorkshopFlow } from './use-workshop-flow.ts';
import { useWorkshopKeys } from './use-workshop-keys.ts';
import '../../styles/workshop.css';
import { useFacilitatorLocales } from './facilitator-locales.ts';

export interface WorkshopScreenProps {
  scenario: CompiledScenario;
  code: string;
  presenterHref: string;
  libraryHref: string;
}

function Talk({ view, name, dispatch }: { view: StepView; name: string; dispatch: (action: FlowAction) => void }) {
  const { t } = useTranslation('facilitator');
  const after = isAfterChoice(view.step);
  return (
    <>
      {!after && <ClientLines heading={t('screen.clientSays', { name })} lines={view.opening} name={name} thoughts={view.openingThought} />}
      {!after && view.step !== 'client' && <OptionRows view={view} dispatch={dispatch} />}
      {after && view.chosen && (
        <>
          <p className="workshop__said">
            <span className="workshop__said-label">{t('screen.groupSaid', { letter: view.chosen.letter })}</span>{' '}
            <span lang={view.chosen.lang}>{view.chosen.text}</span>
          </p>
          <ClientLines heading={t('screen.reacts', { name })} lines={view.reaction} name={name} thoughts={view.reactionThought} />
          {view.openingThought.map((thought, i) => (
            <p key={i} className="workshop__thought workshop__thought--before">
              <span className="workshop__thought-label">{t('screen.thoughtBefore', { name })}: </span>
              <span lang={thought.lang}>{thought.text}</span>
            </p>
          ))}
        </>
      )}
    </>
  );
}

export function WorkshopScreen({ scenario: compiled, code, presenterHref, libraryHref }: WorkshopScreenProps) {
  useFacilitatorLocales();
  const { t } = useTranslation(['facilitator', 'common']);
  const lang = useLang();
  const scenario = useConsultantScenario(compiled);
  const name = shortName(scenario.persona.name);
  const [label, setLabel] = useGroupLabel(compiled.id, code);
  const group = recordGroup(label, t('facilitator:screen.code', { code }));
  const { flow, dispatch } = useWorkshopFlow(compiled, code, group);
  // The room's debrief carries this session's record in its address, so it shows exactly these choices and votes.
  const record = useMemo(() => recordOf(compiled, flow, group), [compiled, flow, group]);
  const debriefHref = groupLink(record, 'debrief');
  const view = useMemo(() => stepView(scenario, flow, lang), [scenario, flow, lang]);
  const whatIf = useMemo(() => (flow.step === 'whatif' ? whatIfRows(scenario, flow, lang) : null), [scenario, flow, lang]);
  const look = useMemo(() => lookFor(scenario.persona), [scenario]);
  const [popupBlocked, setPopupBlocked] = useState(false);
  // Past the ending the clicker goes on to the debrief for the room, so PageDown alone gets there.
  const drive = useCallback(
    (action: FlowAction) => {
      if (action.type === 'next' && flow.step === 'ending') window.location.hash = debriefHref;
      else dispatch(action);
    },
    [flow.step, dispatch, debriefHref],
  );
  useWorkshopKeys(flow.step, view.options.length, drive);

  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('facilitator:screen.heading', { name: scenario.persona.name }));

  const shown = view.after ?? view.before;
  const stepName = t(`facilitator:screen.steps.${flow.step}`, { name });
  const ending = view.endingId ? scenario.endings.find((e) => e.id === view.endingId) : undefined;
  const endingTitle = ending && localizedLine(scenario, ending.title, lang);
  const endingText = ending && localizedLine(scenario, ending.text, lang);

  const openPresenter = () => {
    const opened = window.open(presenterHref, 'ruimte-presenter', 'popup,width=1100,height=800');
    setPopupBlocked(!opened);
  };

  return (
    <div className="workshop">
      <header className="workshop__bar">
        <h1 className="workshop__title" ref={heading} tabIndex={-1}>
          {t('facilitator:screen.heading', { name: scenario.persona.name })}
        </h1>
        <p className="workshop__meta">
          {flow.step !== 'ending' && <span>{t('facilitator:screen.moment', { number: view.moment })}</span>}
          <span className="workshop__code">{t('facilitator:screen.code', { code })}</span>
        </p>
        <StepList step={flow.step} name={name} />
      </header>

      <div className="workshop__stage">
        <aside className="workshop__client" aria-label={t('facilitator:screen.numbers.heading', { name })}>
          <div className="workshop__portrait">
            <Portrait
              name={name}
              look={look}
              stress={shown.stress}
              mode={shown.mode}
              reaction={shown.reaction}
              present={!ending?.walkOut}
            />
          </div>
          {view.revealed ? (
            <div className="workshop__revealed">
              <RoomDoor room={shown.room} mode={shown.mode} />
              <NumbersPanel before={view.before} after={view.after} name={name} />
            </div>
          ) : (
            <p className="workshop__hidden">{t('facilitator:screen.hidden')}</p>
          )}
        </aside>

        <section className="workshop__talk" aria-label={stepName}>
          {flow.step === 'whatif' && whatIf ? (
            <WhatIfTable rows={whatIf} name={name} />
          ) : flow.step === 'ending' ? (
            <div className="workshop__ending">
              <h2>{t('facilitator:screen.ending.heading')}</h2>
              {ending && (
                <>
                  <p className="workshop__ending-title" lang={endingTitle!.lang}>
                    {endingTitle!.text}
                  </p>
                  <p lang={endingText!.lang}>{endingText!.text}</p>
                </>
              )}
              <p className="button-row">
                <button type="button" className="button" onClick={() => dispatch({ type: 'restart' })}>
                  {t('facilitator:screen.ending.again')}
                </button>
                <a className="button" href={libraryHref}>
                  {t('facilitator:screen.ending.other')}
                </a>
              </p>
              <GroupShare record={record} label={label} onLabel={setLabel} />
            </div>
          ) : (
            <Talk view={view} name={name} dispatch={dispatch} />
          )}
        </section>
      </div>

      <nav className="workshop__controls" aria-label={t('facilitator:screen.controls')}>
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'back' })}
          disabled={flow.step === 'client' && flow.choices.length === 0}
          aria-keyshortcuts="PageUp ArrowLeft"
        >
          ← {t('facilitator:screen.back')}
        </button>
        {flow.step === 'vote' && (
          <button type="button" className="button" onClick={() => dispatch({ type: 'skip-votes' })}>
            {t('facilitator:screen.skipVotes')}
          </button>
        )}
        {flow.step === 'reaction' && (
          <button type="button" className="button" onClick={() => dispatch({ type: 'reveal' })} aria-keyshortcuts="R">
            {t('facilitator:screen.reveal')}
          </button>
        )}
        {flow.step === 'ending' ? (
          <a className="button button--primary" href={debriefHref} aria-keyshortcuts="PageDown ArrowRight">
            {t('facilitator:screen.ending.debrief')} →
          </a>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => dispatch({ type: 'next' })}
            disabled={flow.step === 'confirm' && view.decision.kind === 'tie'}
            aria-keyshortcuts="PageDown ArrowRight"
          >
            {t('facilitator:screen.next')} →
          </button>
        )}
        <span className="workshop__keys">{t('facilitator:screen.keysHint')}</span>
        <button type="button" className="button workshop__presenter-button" onClick={openPresenter}>
          {t('facilitator:screen.presenter')}
        </button>
      </nav>
      {popupBlocked && (
        <p className="notice" role="alert">
          {t('facilitator:screen.presenterBlocked', { href: presenterHref })}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {t('facilitator:screen.stepStatus', { moment: view.moment, step: stepName })}
      </p>
    </div>
  );
}
