import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { isTypingTarget } from '../conversation/conversation.view.ts';
import { debriefView, type DebriefView } from '../debrief/debrief.view.ts';
import { useLazyLocales } from '../debrief/lazy-locales.ts';
import { LegendSwatch, LineChart, type ChartLine } from '../debrief/line-chart.tsx';
import { shortName } from '../shared/names.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { usePath } from './group-screen.tsx';
import type { GroupPath, PathMoment } from './group-path.view.ts';
import { LinkProblemScreen } from './link-problem.tsx';
import { WORKSHOP_HREF } from './workshop-link.tsx';
import { namesCode } from './group-label.ts';
import { loadRoomQuery } from './room-record.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { moveSlide, roomSlides, slideStep, type Slide } from './room-slides.ts';
import '../../styles/debrief.css';
import '../../styles/workshop-groups.css';
import { useGroupsLocales } from './groups-locales.ts';

type OkPath = Extract<GroupPath, { ok: true }>;
const VARIABLES = ['stress', 'trust', 'room'] as const;

/** The debrief for the projector: one section per screen, large, moved on by a clicker (PageDown / PageUp). */
export function RoomDebrief({ scenario, query, libraryHref }: { scenario: CompiledScenario; query: string; libraryHref: string }) {
  useLazyLocales();
  // Without a record in the address (an old bookmark, a typed address) the last live session in this browser is shown.
  const [stored] = useState(() => (query === '' ? loadRoomQuery(localStorageOrNull(), scenario.id) : null));
  if (query === '' && stored === null) return <NoRoomRecord scenario={scenario} libraryHref={libraryHref} />;
  return <WithRecord scenario={scenario} query={stored ?? query} libraryHref={libraryHref} />;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function WithRecord({ scenario, query, libraryHref }: { scenario: CompiledScenario; query: string; libraryHref: string }) {
  const path = usePath(scenario, query);
  if (!path.ok) return <LinkProblemScreen problem={path.problem} libraryHref={libraryHref} />;
  return <Slides scenario={scenario} path={path} />;
}

/** No session in the address and none kept in this browser: say where the debrief for the room comes from. */
function NoRoomRecord({ scenario, libraryHref }: { scenario: CompiledScenario; libraryHref: string }) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common']);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('room.title'));
  return (
    <div className="problem">
      <h1 ref={heading} tabIndex={-1}>
        {t('room.noRecordTitle')}
      </h1>
      <p>{t('room.noRecord')}</p>
      <p className="button-row">
        <a className="button button--primary" href={`#/workshop/${scenario.id}`}>
          {t('room.startWorkshop')}
        </a>
        <a className="button" href={libraryHref}>
          {t('common:backToLibrary')}
        </a>
      </p>
    </div>
  );
}

function Slides({ scenario: compiled, path }: { scenario: CompiledScenario; path: OkPath }) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common']);
  const scenario = useConsultantScenario(compiled);
  const lang = useLang();
  const view = useMemo(() => debriefView(scenario, path.state, lang), [scenario, path.state, lang]);
  const slides = useMemo(() => roomSlides(path.moments), [path.moments]);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('room.title'));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const step = slideStep(event.key, event.altKey || event.ctrlKey || event.metaKey || event.shiftKey);
      if (!step) return;
      event.preventDefault();
      setIndex((i) => moveSlide(i, step, slides.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides.length]);

  // The new slide's heading takes focus, so a screen reader reads it and the page starts at its top.
  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  const slide = slides[index]!;
  const name = shortName(scenario.persona.name);
  return (
    <div className="room-debrief">
      <p className="room-debrief__title">
        <span>{t('room.title')}</span> ·{' '}
        {namesCode(path.record.group, path.record.code)
          ? path.record.group
          : t('room.opening', { group: path.record.group, code: path.record.code })}{' '}
        · <a href={WORKSHOP_HREF}>{t('room.toWorkshops')}</a>
      </p>
      <section className="room-debrief__slide" aria-labelledby="room-slide-heading">
        <SlideBody slide={slide} view={view} name={name} headingRef={heading} scenarioId={compiled.id} />
      </section>
      <nav className="room-debrief__nav" aria-label={t('room.title')}>
        <button
          type="button"
          className="button button--large"
          onClick={() => setIndex((i) => moveSlide(i, 'previous', slides.length))}
          disabled={index === 0}
        >
          ← {t('room.previous')}
        </button>
        <p className="room-debrief__count" aria-live="polite">
          {t('room.slideOf', { n: index + 1, total: slides.length })}
        </p>
        <button
          type="button"
          className="button button--large button--primary"
          onClick={() => setIndex((i) => moveSlide(i, 'next', slides.length))}
          disabled={index === slides.length - 1}
        >
          {t('room.next')} →
        </button>
      </nav>
      <p className="room-debrief__keys">{t('room.keys')}</p>
    </div>
  );
}

interface SlideBodyProps {
  scenarioId: string;
  slide: Slide;
  view: DebriefView;
  name: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

function SlideBody({ scenarioId, slide, view, name, headingRef }: SlideBodyProps) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common', 'debrief']);
  const h = (text: string) => (
    <h1 id="room-slide-heading" ref={headingRef} tabIndex={-1}>
      {text}
    </h1>
  );
  switch (slide.kind) {
    case 'outcome':
      return (
        <>
          {h(view.ending.title?.text ?? t('room.outcome'))}
          <ul className="room-debrief__facts">
            <li>{t('room.mode', { mode: t(`common:finalModes.${view.ending.finalMode}`) })}</li>
            <li>{t('summary.turns', { count: view.ending.turns })}</li>
            {view.summary.outcome.factsTotal > 0 && (
              <li>{t('room.facts', { facts: view.summary.outcome.facts, total: view.summary.outcome.factsTotal })}</li>
            )}
          </ul>
        </>
      );
    case 'curves':
      return (
        <>
          {h(t('room.curves'))}
          <Curves view={view} />
        </>
      );
    case 'moment':
      return (
        <>
          {h(t('room.moment', { n: slide.moment.turn }))}
          <Moment moment={slide.moment} name={name} />
        </>
      );
    case 'costly':
      return (
        <>
          {h(t('room.costly'))}
          {view.summary.costly.length === 0 ? (
            <p>{t('room.noCostly')}</p>
          ) : (
            <ol className="room-debrief__costly">
              {view.summary.costly.map((c) => (
                <li key={c.turn}>
                  <span lang={c.said.lang}>{t('room.costlyTurn', { n: c.turn, said: c.said.text })}</span>
                  <br />
                  <span lang={c.tryInstead.lang}>{t('room.tryInstead', { text: c.tryInstead.text })}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      );
    case 'end':
      return (
        <>
          {h(t('room.end'))}
          <p>{t('room.endText')}</p>
          {/* The way out once the room is done: a new session, or back to the trainer's list of scenarios. */}
          <p className="button-row">
            <a className="button button--large" href={`#/workshop/${scenarioId}`}>
              {t('room.newSession')}
            </a>
            <a className="button button--large" href={WORKSHOP_HREF}>
              {t('room.toWorkshops')}
            </a>
          </p>
        </>
      );
  }
}

function Curves({ view }: { view: DebriefView }) {
  const { t } = useTranslation('debrief');
  const lines = useMemo(
    (): ChartLine[] =>
      VARIABLES.map((key) => ({ id: key, label: t(`curves.${key}`), className: `series--${key}`, values: view.curve.map((p) => p[key]) })),
    [view.curve, t],
  );
  return (
    <>
      <ul className="chart-legend">
        {VARIABLES.map((key, i) => (
          <li key={key}>
            <LegendSwatch index={i} className={`series--${key}`} />
            {t(`curves.${key}`)}
          </li>
        ))}
      </ul>
      <div className="chart-frame">
        <LineChart
          lines={lines}
          label={t('curves.chartLabel', { count: view.turns.length })}
          turnLabel={t('curves.turnAxis')}
          size={{ height: 360 }}
        />
      </div>
    </>
  );
}

function Moment({ moment, name }: { moment: PathMoment; name: string }) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common', 'debrief']);
  const most = Math.max(1, ...moment.options.map((o) => o.votes ?? 0));
  const change = (key: 'stress' | 'trust' | 'room') =>
    t('room.change', { label: t(`debrief:curves.${key}`), from: moment.before[key], to: moment.after[key] });
  return (
    <div className="room-moment">
      {/* What the client said spans the slide (one or two lines), so the options below get the height. */}
      {moment.prompt.length > 0 && (
        <div className="room-moment__prompt">
          <h2>{t('room.said', { name })}</h2>
          {moment.prompt.map((r, i) => (
            <blockquote key={i} className="room-moment__said" lang={r.lang}>
              {r.text}
            </blockquote>
          ))}
        </div>
      )}
      <div>
        <h2>{t('room.options')}</h2>
        <ul className="room-moment__options">
          {moment.options.map((o) => (
            <li key={o.id} className={o.chosen ? 'room-moment__option room-moment__option--chosen' : 'room-moment__option'}>
              <span className="room-moment__letter" aria-hidden="true">
                {o.letter}
              </span>
              <span className="visually-hidden">{t('letter', { letter: o.letter })}: </span>
              <span className="room-moment__text" lang={o.text.lang}>
                {o.text.text}
              </span>
              <span className="room-moment__votes">
                {o.votes === null ? null : (
                  <>
                    <svg className="room-moment__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                      <rect width={(100 * (o.votes ?? 0)) / most} height="10" />
                    </svg>
                    {t('votes', { count: o.votes })}
                  </>
                )}
                {o.chosen && <strong className="room-moment__chosen">✓ {t('chosen')}</strong>}
              </span>
            </li>
          ))}
        </ul>
        {moment.totalVotes === null && <p>{t('room.noVotes')}</p>}
        {moment.majority && <p>{t('room.overruled', { letter: moment.majority.letter })}</p>}
      </div>
      <div>
        {moment.replies.length > 0 && (
          <>
            <h2>{t('room.reply', { name })}</h2>
            {moment.replies.map((r, i) => (
              <blockquote key={i} className="room-moment__reply" lang={r.lang}>
                {r.text}
              </blockquote>
            ))}
          </>
        )}
        <h2>{t('room.numbers')}</h2>
        <ul className="room-moment__numbers">
          <li>{change('stress')}</li>
          <li>{change('trust')}</li>
          <li>{change('room')}</li>
          <li>{t('room.modeChange', { from: t(`common:modes.${moment.before.mode}`), to: t(`common:modes.${moment.after.mode}`) })}</li>
        </ul>
      </div>
    </div>
  );
}
