/**
 * The Scenario Lab: write or open a scenario file, see the checker's findings as you type, look at the
 * graph, play it from any moment with a chosen starting state, analyse it, and save it back to disk.
 * Everything happens in this browser: files are read and saved locally, the draft is kept in localStorage.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { browserStorage } from '../shared/browser-storage.ts';
import type { ContentIssue } from '../../content/issues.ts';
import type { Position } from '../../content/yaml-source.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import type { CompiledScenario, StartRequest } from '../../engine/index.ts';
import { LabAnalysis, type AnalysisState } from './lab-analysis.tsx';
import { LabEditor, type LabEditorHandle } from './lab-editor.tsx';
import { LabFileBar, type LoadedFile } from './lab-file-bar.tsx';
import { GraphLegend, LabGraph } from './lab-graph.tsx';
import { LabIssues } from './lab-issues.tsx';
import type { LabCheckProgress } from './use-lab-check.ts';
import type { LabCheck } from './lab-check.ts';
import { LabNodeDetails } from './lab-node-details.tsx';
import { LabPlay } from './lab-play.tsx';
import type { LabPlayer } from './lab-player.ts';
import { useLabLocales } from './lab-locales.ts';
import { createLabService } from './lab-service.ts';
import '../../styles/lab.css';
import { TEMPLATE_YAML } from './template.ts';
import { useLabCheck, useLabPending } from './use-lab-check.ts';
import { CHECK_DELAY, LAB_FILE, readDraft, smellsOf, storeDraft } from './lab.view.ts';

const TABS = ['graph', 'play', 'analysis'] as const;
type Tab = (typeof TABS)[number];

interface Playing {
  scenario: CompiledScenario;
  request: StartRequest;
  n: number;
}

export default function LabPage({ libraryHref, player: Player }: { libraryHref: string; player: LabPlayer }) {
  useLabLocales();
  const { t, i18n } = useTranslation('lab');
  // The texts that take no values, looked up once per language: the page renders for every check (each few
  // keystrokes), and a lookup costs more than the rest of such a render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const text = useMemo(() => pageTexts(t), [t, i18n.language]);
  useDocumentTitle(text.title);
  // A new object only when the language changes: the editor reconfigures on a new one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const phrases = useMemo(() => t('editor.phrases', { returnObjects: true }) as Record<string, string>, [t, i18n.language]);
  const id = useId();
  const storage = useMemo(() => browserStorage(), []);
  const service = useMemo(() => createLabService(), []);
  useEffect(() => () => service.dispose(), [service]);

  const [doc, setDoc] = useState(() => ({ key: 0, text: readDraft(storage) ?? TEMPLATE_YAML }));
  const [translation, setTranslation] = useState<LoadedFile | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [draftKept, setDraftKept] = useState(true);
  // The page hands in the text it loads; what is typed goes to the checker straight from the editor and does
  // not render the page: only the line that says "checking again" follows the keystroke (use-lab-check.ts).
  // That line is drawn at once (before the editor draws the keystroke), so before an answer (a message from
  // the worker) can come back: the list always says it is checking the text on screen.
  // An answer's underlines go to the editor before the page renders the answer. Drawing them makes the editor
  // read its selection back, which makes the browser lay out what changed so far: before the page's render
  // that is the editor's own line; after it, it was the whole page with its new issues, laid out once more
  // for the frame after the editor's changes.
  const editor = useRef<LabEditorHandle>(null);
  const showAnswer = useCallback((answer: LabCheck) => editor.current?.showIssues(answer.issues.filter((i) => i.file === LAB_FILE)), []);
  const { check, failed, checkNow, latestText, progress, lastGood, forgetGood } = useLabCheck(
    service,
    doc.text,
    translation?.text ?? null,
    showAnswer,
  );
  // Keep the draft a moment after typing stops. Writing 80 KB to localStorage holds the page up for a moment
  // on a slow machine, so it waits until the page is idle (the diagnostics of the last keystroke drawn), half
  // a second at most.
  const keep = useRef<{ timer?: ReturnType<typeof setTimeout>; idle?: number }>({});
  const cancelKeep = useCallback(() => {
    clearTimeout(keep.current.timer);
    if (keep.current.idle !== undefined) cancelIdleCallback(keep.current.idle);
    keep.current = {};
  }, []);
  const keepLater = useCallback(() => {
    cancelKeep();
    keep.current.timer = setTimeout(() => {
      const store = () => {
        keep.current = {};
        setDraftKept(storeDraft(storage, latestText()));
      };
      if (typeof requestIdleCallback === 'function') keep.current.idle = requestIdleCallback(store, { timeout: 500 });
      else store();
    }, CHECK_DELAY);
  }, [storage, latestText, cancelKeep]);
  // Also the text the Lab opens with (the draft it found, or the template). A draft still waiting is written
  // at once when the page goes away (a reload, a closed tab).
  useEffect(() => {
    keepLater();
    const now = () => {
      if (keep.current.timer === undefined && keep.current.idle === undefined) return;
      cancelKeep();
      storeDraft(storage, latestText());
    };
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      cancelKeep();
    };
  }, [keepLater, cancelKeep, storage, latestText]);
  const edited = useCallback(
    (next: string) => {
      checkNow(next);
      keepLater();
    },
    [checkNow, keepLater],
  );

  const [tab, setTab] = useState<Tab>('graph');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ graph: null, play: null, analysis: null });
  const [selected, setSelected] = useState<string | null>(null);
  const [playMoment, setPlayMoment] = useState<string | null>(null);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [analysis, setAnalysis] = useState<{ of: CompiledScenario | null; state: AnalysisState }>({ of: null, state: { status: 'idle' } });

  const scenario = check?.scenario ?? null;
  // While the text has errors, the graph keeps showing the last version without them (marked as such).
  const graphOf = scenario ? { scenario, places: check!.places } : lastGood;
  // The graph follows a new scenario (a text typed in a moment gives one) in a render of its own, after the
  // issues and underlines of the keystroke are on screen: laying out and drawing a large graph is the
  // slowest part of an answer, and the diagnostics need not wait for it.
  const graphScenario = useDeferredValue(graphOf?.scenario ?? null);
  const issues = useMemo(() => check?.issues ?? [], [check]);
  const editorIssues = useMemo(() => issues.filter((i) => i.file === LAB_FILE), [issues]);
  const smells = useMemo(() => smellsOf(issues), [issues]);
  const analysisState: AnalysisState = analysis.of === scenario ? analysis.state : { status: 'idle' };
  const analysed = analysisState.status === 'done' ? analysisState.result : null;
  const graphAnalysed = useDeferredValue(scenario ? analysed : null);

  // The file bar's handlers stay the same from render to render: the bar (memoised) is then not drawn again
  // for every check, only when what it shows changes.
  const load = useCallback(
    (file: LoadedFile) => {
      setDoc((d) => ({ key: d.key + 1, text: file.text }));
      checkNow(file.text);
      keepLater();
      setSelected(null);
      // Another file: the last good graph of the one before says nothing about it.
      forgetGood();
      setNotice(t('file.opened', { name: file.name }));
    },
    [checkNow, keepLater, forgetGood, t],
  );
  const openTranslation = useCallback(
    (file: LoadedFile | null) => {
      setTranslation(file);
      setNotice(file ? t('file.translationOpened', { name: file.name }) : t('file.translationClosed'));
    },
    [t],
  );
  const openTemplate = useCallback(() => load({ name: t('file.templateName'), text: TEMPLATE_YAML }), [load, t]);
  const goTo = useCallback((place: Position, focus = true) => {
    if (focus) editor.current?.goTo(place.line, place.column);
    else editor.current?.moveTo(place.line, place.column);
  }, []);
  const goToIssue = useCallback((issue: ContentIssue) => goTo(issue), [goTo]);
  // Stable, so the graph (memoised) does not draw itself again for every keystroke or check; it reads the
  // places of the newest check when clicked.
  const places = useRef<Record<string, Position> | undefined>(undefined);
  useEffect(() => {
    places.current = check?.scenario ? check.places : lastGood?.places;
  });
  const select = useCallback(
    (nodeId: string) => {
      setSelected(nodeId);
      const place = places.current?.[nodeId];
      if (place) goTo(place, false);
    },
    [goTo],
  );
  const runAnalysis = () => {
    if (!scenario) return;
    const of = scenario;
    setAnalysis({ of, state: { status: 'running' } });
    service.analyse(of).then(
      (result) => setAnalysis((a) => (a.of === of ? { of, state: { status: 'done', result } } : a)),
      (error: unknown) =>
        setAnalysis((a) =>
          a.of === of ? { of, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } } : a,
        ),
    );
  };
  const playFrom = (momentId: string) => {
    setPlayMoment(momentId);
    setTab('play');
    requestAnimationFrame(() => tabs.current.play?.focus());
  };
  const stopPlaying = () => {
    setPlaying(null);
    requestAnimationFrame(() => tabs.current.play?.focus());
  };
  const tabKey = (event: KeyboardEvent, current: Tab) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(current) + step + TABS.length) % TABS.length]!;
    setTab(next);
    tabs.current[next]?.focus();
  };

  const fileBar = useRef<((files: FileList) => void) | null>(null);
  const registerDrop = useCallback((handler: (files: FileList) => void) => {
    fileBar.current = handler;
  }, []);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    fileBar.current?.(event.dataTransfer.files);
  };

  return (
    // A file dropped anywhere on the Lab opens, not only on the editor.
    <div className="lab" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
      <div hidden={playing !== null}>
        <h1 id={`${id}-title`}>{text.title}</h1>
        <p className="lead">{text.intro}</p>
        <LabFileBar
          text={latestText}
          scenarioId={check?.id ?? null}
          translation={translation}
          onLoad={load}
          onTranslation={openTranslation}
          onTemplate={openTemplate}
          onNotice={setNotice}
          translationFile={check?.translationFile ?? null}
          registerDrop={registerDrop}
        />
        <p className="lab-notice" role="status" aria-live="polite">
          {notice}
          {!draftKept && ` ${t('file.draftNotKept')}`}
        </p>
        <div className="lab-workspace">
          <section className="lab-panel lab-panel--editor" aria-labelledby={`${id}-editor`}>
            <h2 id={`${id}-editor`}>{text.editorTitle}</h2>
            <p className="lab-hint">{text.editorHint}</p>
            <LabEditor
              key={doc.key}
              ref={editor}
              initial={doc.text}
              onChange={edited}
              issues={editorIssues}
              label={text.editorLabel}
              phrases={phrases}
            />
          </section>
          <section className="lab-panel lab-panel--issues" aria-labelledby={`${id}-issues`}>
            <h2 id={`${id}-issues`}>{text.issuesTitle}</h2>
            {failed && <p className="lab-error">{t('issues.failed', { message: failed })}</p>}
            <CheckedIssues issues={check ? issues : null} progress={progress} onGoTo={goToIssue} label={text.issuesTitle} />
          </section>
        </div>
        <section className="lab-panel lab-tools" aria-labelledby={`${id}-tools`}>
          <h2 id={`${id}-tools`} className="visually-hidden">
            {text.tabsLabel}
          </h2>
          <div role="tablist" aria-labelledby={`${id}-tools`} className="lab-tabs">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${id}-tab-${name}`}
                aria-controls={`${id}-panel-${name}`}
                aria-selected={tab === name}
                tabIndex={tab === name ? 0 : -1}
                className="lab-tab"
                ref={(el) => {
                  tabs.current[name] = el;
                }}
                onClick={() => setTab(name)}
                onKeyDown={(e) => tabKey(e, name)}
              >
                {text.tabs[name]}
              </button>
            ))}
          </div>
          {TABS.map((name) => (
            <div
              key={name}
              role="tabpanel"
              id={`${id}-panel-${name}`}
              aria-labelledby={`${id}-tab-${name}`}
              hidden={tab !== name}
              className="lab-tabpanel"
            >
              {tab === name && !scenario && !(name === 'graph' && graphOf) && (
                <p className="lab-hint">{check ? text.fixFirst : text.checking}</p>
              )}
              {tab === name && graphOf && name === 'graph' && (
                <>
                  {/* One line in one place, so the diagram does not jump while a typing slip comes and goes. */}
                  <p className={scenario ? 'lab-hint' : 'lab-hint lab-hint--stale'}>{scenario ? text.graphIntro : text.lastGood}</p>
                  <GraphLegend />
                  <div className="lab-graph-layout">
                    {graphScenario && <LabGraph scenario={graphScenario} analysed={graphAnalysed} selected={selected} onSelect={select} />}
                    {selected &&
                      (graphOf.scenario.moments.some((m) => m.id === selected) ||
                        graphOf.scenario.endings.some((e) => e.id === selected) ||
                        selected === '#end') && (
                        <LabNodeDetails
                          scenario={graphOf.scenario}
                          id={selected}
                          place={graphOf.places[selected]}
                          onGoTo={(p) => goTo(p)}
                          onPlayFrom={playFrom}
                        />
                      )}
                  </div>
                </>
              )}
              {tab === name && scenario && name === 'play' && (
                <LabPlay
                  scenario={scenario}
                  momentId={playMoment ?? scenario.start}
                  onMomentChange={setPlayMoment}
                  onPlay={(request) => setPlaying((p) => ({ scenario, request, n: (p?.n ?? 0) + 1 }))}
                />
              )}
              {tab === name && scenario && name === 'analysis' && (
                <LabAnalysis
                  scenario={scenario}
                  analysis={analysisState}
                  onRun={runAnalysis}
                  smells={smells}
                  onGoTo={goToIssue}
                  hasTranslation={translation !== null}
                />
              )}
            </div>
          ))}
        </section>
        <p>
          <a href={libraryHref}>{text.backToLibrary}</a>
        </p>
      </div>
      {playing && (
        <section className="lab-playing" aria-label={t('play.playingLabel')}>
          <div className="lab-playing__bar">
            <p className="lab-hint">{t('play.playingFrom', { id: playing.request.momentId ?? playing.scenario.start })}</p>
            <button type="button" className="button" onClick={stopPlaying}>
              {t('play.stop')}
            </button>
          </div>
          <Player key={playing.n} scenario={playing.scenario} request={playing.request} backHref={libraryHref} />
        </section>
      )}
    </div>
  );
}

function pageTexts(t: TFunction<'lab'>) {
  return {
    title: t('title'),
    intro: t('intro'),
    editorTitle: t('editor.title'),
    editorHint: t('editor.hint'),
    editorLabel: t('editor.label'),
    issuesTitle: t('issues.title'),
    tabsLabel: t('tabs.label'),
    tabs: { graph: t('tabs.graph'), play: t('tabs.play'), analysis: t('tabs.analysis') } satisfies Record<Tab, string>,
    fixFirst: t('tabs.fixFirst'),
    checking: t('issues.checking'),
    lastGood: t('graph.lastGood'),
    graphIntro: t('graph.intro'),
    backToLibrary: t('backToLibrary'),
  };
}

/** The issue list with the "checking again" line following the editor's newest text (not the page's renders). */
function CheckedIssues({ progress, ...props }: Omit<Parameters<typeof LabIssues>[0], 'pending'> & { progress: LabCheckProgress }) {
  return <LabIssues {...props} pending={useLabPending(progress)} />;
}
