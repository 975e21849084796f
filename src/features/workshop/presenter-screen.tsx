/**
 * The presenter window on the trainer's laptop: the questions for the group, the votes, what comes next and
 * what the room does not see yet (the thought, the numbers, the author's notes). It drives the same flow as
 * the projected window; the two stay in step over a BroadcastChannel (use-workshop-flow.ts).
 */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario, Lang } from '../../engine/index.ts';
import { localizedLine } from '../shared/localized.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { shortName } from '../shared/names.ts';
import { decidingState, flowState, isAfterChoice, lettered, recordOf, type FlowAction } from './workshop-flow.ts';
import { groupLink } from './group-link.ts';
import { recordGroup } from './group-label.ts';
import { useGroupLabel } from './use-group-label.ts';
import { nextStepOf, signed, stepView } from './workshop.view.ts';
import { DecisionLine, StepList } from './workshop-parts.tsx';
import { useWorkshopFlow } from './use-workshop-flow.ts';
import { useWorkshopKeys } from './use-workshop-keys.ts';
import '../../styles/workshop.css';
import { useFacilitatorLocales } from './facilitator-locales.ts';

export function PresenterScreen({ scenario: compiled, code }: { scenario: CompiledScenario; code: string }) {
  useFacilitatorLocales();
  const { t } = useTranslation(['facilitator', 'common']);
  const lang = useLang();
  const scenario = useConsultantScenario(compiled);
  const name = shortName(scenario.persona.name);
  // The same label as the projected window (same browser), so this window never writes the record under another name.
  const [label] = useGroupLabel(compiled.id, code);
  const group = recordGroup(label, t('facilitator:screen.code', { code }));
  const { flow, dispatch, linked } = useWorkshopFlow(compiled, code, group);
  const view = useMemo(() => stepView(scenario, flow, lang), [scenario, flow, lang]);
  const debriefHref = groupLink(recordOf(compiled, flow, group), 'debrief');
  // At the ending the next step is the debrief for the room, on the projector: the window that opened this one.
  const openDebrief = useCallback(() => {
    const projector = window.opener as Window | null;
    try {
      if (projector && !projector.closed) {
        projector.location.hash = debriefHref;
        return;
      }
    } catch {
      // the projector window is gone or not ours: open the debrief here
    }
    window.location.hash = debriefHref;
  }, [debriefHref]);
  const drive = useCallback(
    (action: FlowAction) => {
      if (action.type === 'next' && flow.step === 'ending') openDebrief();
      else dispatch(action);
    },
    [flow.step, dispatch, openDebrief],
  );
  useWorkshopKeys(flow.step, view.options.length, drive);

  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('facilitator:presenter.heading', { name: scenario.persona.name }));

  const ended = flowState(scenario, flow).ending !== null;
  const next = nextStepOf(flow.step, isAfterChoice(flow.step) && ended);
  // The trainer sees what the room does not: the thoughts at this moment and the author's notes per option.
  const before = decidingState(scenario, flow);
  const options = lettered(scenario, before);
  const thoughts = before.transcript
    .filter((e) => e.kind === 'thought' && e.turn === before.turn && !e.optionId)
    .map((e) => localizedLine(scenario, e.line, lang));
  const numbers = view.after ?? view.before;

  return (
    <div className="presenter">
      <header className="presenter__bar">
        <h1 ref={heading} tabIndex={-1}>
          {t('facilitator:presenter.heading', { name: scenario.persona.name })}
        </h1>
        <p className="presenter__intro">
          {t('facilitator:presenter.intro')}{' '}
          <span role="status">{linked ? t('facilitator:presenter.linked') : t('facilitator:presenter.waiting')}</span>
        </p>
        <StepList step={flow.step} name={name} />
      </header>

      <div className="presenter__grid">
        <section className="presenter__panel" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{t('facilitator:presenter.now')}</h2>
          <p className="presenter__step">
            {t('facilitator:screen.moment', { number: view.moment })}: {t(`facilitator:screen.steps.${flow.step}`, { name })}
          </p>
          <p>
            {t('facilitator:presenter.next')}: {next ? t(`facilitator:screen.steps.${next}`, { name }) : t('facilitator:presenter.atEnd')}
          </p>
          <p className="button-row">
            <button type="button" className="button" onClick={() => dispatch({ type: 'back' })} aria-keyshortcuts="PageUp ArrowLeft">
              ← {t('facilitator:screen.back')}
            </button>
            {flow.step === 'ending' ? (
              <a
                className="button button--primary"
                href={debriefHref}
                onClick={(event) => {
                  event.preventDefault();
                  openDebrief();
                }}
                aria-keyshortcuts="PageDown ArrowRight"
              >
                {t('facilitator:screen.ending.debrief')} →
              </a>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => dispatch({ type: 'next' })}
                aria-keyshortcuts="PageDown ArrowRight"
              >
                {t('facilitator:screen.next')} →
              </button>
            )}
          </p>

          {flow.step !== 'ending' && (
            <>
              <h2>{t('facilitator:presenter.votes')}</h2>
              <ul className="presenter__votes">
                {view.options.map((o) => (
                  <li key={o.id}>
                    <strong>{o.letter}</strong> {t('facilitator:screen.votes', { count: o.votes })}
                    {view.chosen?.id === o.id && <> {t('facilitator:screen.whatif.chosen')}</>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(flow.step === 'vote' || flow.step === 'confirm') && <DecisionLine view={view} />}
        </section>

        {flow.step === 'ending' ? (
          <EndingPanel scenario={scenario} endingId={view.endingId} name={name} lang={lang} />
        ) : (
          <section className="presenter__panel" aria-labelledby="presenter-discuss">
            <h2 id="presenter-discuss">{t('facilitator:presenter.discuss')}</h2>
            {view.discuss ? (
              <p className="presenter__discuss" lang={view.discuss.lang}>
                {view.discuss.text}
              </p>
            ) : (
              <p>{t('facilitator:presenter.noDiscuss')}</p>
            )}

            <h2>{t('facilitator:presenter.hiddenInfo')}</h2>
            <p>
              <strong>{t('facilitator:presenter.thought')}:</strong>{' '}
              {thoughts.length === 0
                ? t('facilitator:presenter.noThought')
                : thoughts.map((th, i) => (
                    <span key={i} lang={th.lang}>
                      {th.text}{' '}
                    </span>
                  ))}
            </p>
            <p>
              {t('facilitator:screen.numbers.stress')} {numbers.stress} · {t('facilitator:screen.numbers.trust')} {numbers.trust} ·{' '}
              {t('facilitator:screen.numbers.room')} {numbers.room}
              {view.after && ` (${signed(view.after.room - view.before.room)})`} · {t(`common:modes.${numbers.mode}`)}
            </p>

            <h2>{t('facilitator:presenter.notes')}</h2>
            <dl className="presenter__notes">
              {options.map((o, i) => {
                const note = o.note ? localizedLine(scenario, o.note, lang) : null;
                const text = localizedLine(scenario, o.text, lang);
                return (
                  <div key={o.id}>
                    <dt>
                      <strong>{view.options[i]?.letter}</strong> <span lang={text.lang}>{text.text}</span>
                    </dt>
                    <dd lang={note?.lang}>{note ? note.text : t('facilitator:presenter.noNote')}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        )}
      </div>
    </div>
  );
}

/**
 * At the ending the last moment's questions and notes are no longer what the trainer needs: how it ended, and
 * the questions that open the debrief for the room (the next step on the projector).
 */
function EndingPanel({
  scenario,
  endingId,
  name,
  lang,
}: {
  scenario: CompiledScenario;
  endingId: string | null;
  name: string;
  lang: Lang;
}) {
  const { t } = useTranslation('facilitator');
  const ending = endingId ? scenario.endings.find((e) => e.id === endingId) : undefined;
  const title = ending && localizedLine(scenario, ending.title, lang);
  const text = ending && localizedLine(scenario, ending.text, lang);
  return (
    <section className="presenter__panel" aria-labelledby="presenter-ending">
      <h2 id="presenter-ending">{t('presenter.ending.heading')}</h2>
      {title && text && (
        <>
          <p className="presenter__discuss" lang={title.lang}>
            {title.text}
          </p>
          <p lang={text.lang}>{text.text}</p>
        </>
      )}
      <h2>{t('presenter.ending.questions')}</h2>
      <ol className="presenter__questions">
        <li>{t('presenter.ending.room', { name })}</li>
        <li>{t('presenter.ending.votes')}</li>
        <li>{t('presenter.ending.again')}</li>
      </ol>
      <p>{t('presenter.ending.next')}</p>
    </section>
  );
}
