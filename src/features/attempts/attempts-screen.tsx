import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { localizedLine } from '../shared/localized.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { attemptRows, comparableRows, defaultPair, type AttemptRow, type KeptAttempt } from './attempts.view.ts';
import { AttemptComparison } from './attempt-comparison.tsx';
import { useLazyLocales } from '../debrief/lazy-locales.ts';
import '../../styles/debrief.css';
import '../../styles/attempts.css';

export interface AttemptsScreenProps {
  scenario: CompiledScenario;
  attempts: readonly KeptAttempt[];
  libraryHref: string;
  briefingHref: string;
  debriefHref: (attemptId: string) => string;
  onResume: (attemptId: string) => void;
}

function AttemptItem({ row, debriefHref, onResume }: { row: AttemptRow; debriefHref: string; onResume: () => void }) {
  const { t } = useTranslation(['attempts', 'common']);
  const headingId = useId();
  return (
    <li className={`attempt-card ${row.finished || !row.replayable ? '' : 'attempt-card--open'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attempt', { n: row.n })}</h3>
      <ul className="attempt-card__facts">
        <li>{t('started', { date: row.started })}</li>
        <li>{row.finished ? t('status.finished') : t('status.playing')}</li>
        <li>{t('turns', { count: row.turns })}</li>
        {row.branch && <li>{t('branch', { n: row.branch.n, turn: row.branch.turn })}</li>}
        {!row.replayable && <li className="attempt-card__outdated">{t('status.outdated')}</li>}
      </ul>
      {row.ending && (
        <p className="attempt-card__ending" lang={row.ending.lang}>
          {row.ending.text}
          {/* A walk-out ending already says so in its title; "(weggelopen)" would say it twice. */}
          {row.mode && row.mode !== 'walked-out' && <> ({t(`common:finalModes.${row.mode}`)})</>}
        </p>
      )}
      {/* An attempt of an older scenario version keeps its summary but offers nothing to replay. */}
      {row.replayable && (
        <p>
          {row.finished ? (
            <a className="button" href={debriefHref}>
              {t('debrief', { n: row.n })}
            </a>
          ) : (
            <button type="button" className="button" onClick={onResume}>
              {t('resume', { n: row.n })}
            </button>
          )}
        </p>
      )}
    </li>
  );
}

/** Every attempt kept in this browser, and two of them compared with their curves overlaid. */
interface AttemptPickerProps {
  id: string;
  label: string;
  rows: AttemptRow[];
  value: string;
  onChange: (attemptId: string) => void;
}

function AttemptPicker({ id, label, rows, value, onChange }: AttemptPickerProps) {
  const { t } = useTranslation('attempts');
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {rows.map((row) => (
          <option key={row.id} value={row.id}>
            {t('attempt', { n: row.n })}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AttemptsScreen({ scenario: compiled, attempts, libraryHref, briefingHref, debriefHref, onResume }: AttemptsScreenProps) {
  useLazyLocales();
  const scenario = useConsultantScenario(compiled);
  const { t } = useTranslation('attempts');
  const lang = useLang();
  const rows = useMemo(() => attemptRows(scenario, attempts, lang), [scenario, attempts, lang]);
  const comparable = useMemo(() => comparableRows(rows), [rows]);
  const title = localizedLine(scenario, scenario.title, lang);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('title'));
  const listId = useId();
  const firstId = useId();
  const secondId = useId();
  const initial = defaultPair(comparable);
  const [pair, setPair] = useState<[string, string] | null>(initial);
  const [first, second] = pair ?? ['', ''];
  const byId = (id: string) => {
    const row = comparable.find((r) => r.id === id);
    const attempt = attempts.find((a) => a.id === id);
    return row && attempt ? { attempt, n: row.n } : null;
  };
  const a = byId(first);
  const b = byId(second);

  return (
    <article className="attempts">
      <p className="eyebrow" lang={title.lang}>
        {title.text}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro', { title: title.text })}</p>
      <section aria-labelledby={listId}>
        <h2 id={listId} className="visually-hidden">
          {t('title')}
        </h2>
        {rows.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ol className="attempt-list">
            {rows.map((row) => (
              <AttemptItem key={row.id} row={row} debriefHref={debriefHref(row.id)} onResume={() => onResume(row.id)} />
            ))}
          </ol>
        )}
      </section>
      <section className="debrief__section" aria-labelledby={`${listId}-compare`}>
        <h2 id={`${listId}-compare`}>{t('compare.heading')}</h2>
        {comparable.length < 2 ? (
          <p>{t('compare.needTwo')}</p>
        ) : (
          <>
            <div className="compare-pickers">
              <AttemptPicker
                id={firstId}
                label={t('compare.first')}
                rows={comparable}
                value={first}
                onChange={(id) => setPair([id, second])}
              />
              <AttemptPicker
                id={secondId}
                label={t('compare.second')}
                rows={comparable}
                value={second}
                onChange={(id) => setPair([first, id])}
              />
            </div>
            {a && b && first !== second ? <AttemptComparison scenario={scenario} a={a} b={b} /> : <p>{t('compare.same')}</p>}
          </>
        )}
      </section>
      <div className="button-row">
        <a className="button" href={briefingHref}>
          {t('actions.briefing')}
        </a>
        <a className="button" href={libraryHref}>
          {t('actions.library')}
        </a>
      </div>
    </article>
  );
}
