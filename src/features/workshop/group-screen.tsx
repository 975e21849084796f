import { Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { LazyDebriefScreen } from '../debrief/lazy.ts';
import { localizedLine } from '../shared/localized.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { compareQuery } from './compare-groups.view.ts';
import { decodeRecordQuery, groupLink, type LinkProblem } from './group-link.ts';
import { groupPath, type GroupPath } from './group-path.view.ts';
import { groupsHash } from './groups-route.ts';
import { LinkProblemScreen } from './link-problem.tsx';
import { ExportActions, SessionSummary } from './session-summary.tsx';
import '../../styles/debrief.css';
import '../../styles/workshop-groups.css';
import { useGroupsLocales } from './groups-locales.ts';

/** A group link read and replayed: the path, or why it cannot be shown. */
export function usePath(scenario: CompiledScenario, query: string): GroupPath | { ok: false; problem: LinkProblem } {
  const lang = useLang();
  const filled = useConsultantScenario(scenario); // the lines as the group read them (the consultant's name filled in)
  return useMemo(() => {
    const decoded = decodeRecordQuery(filled.id, query);
    return decoded.ok ? groupPath(filled, decoded.record, lang) : decoded;
  }, [filled, query, lang]);
}

interface GroupScreenProps {
  scenario: CompiledScenario;
  query: string;
  libraryHref: string;
}

/** What a group link opens: the group's path replayed exactly, its votes, the exports, and its full debrief. */
export function GroupScreen({ scenario, query, libraryHref }: GroupScreenProps) {
  const path = usePath(scenario, query);
  if (!path.ok) return <LinkProblemScreen problem={path.problem} libraryHref={libraryHref} />;
  return <GroupPathView scenario={scenario} path={path} libraryHref={libraryHref} />;
}

function GroupPathView({
  scenario,
  path,
  libraryHref,
}: {
  scenario: CompiledScenario;
  path: Extract<GroupPath, { ok: true }>;
  libraryHref: string;
}) {
  useGroupsLocales();
  const { t } = useTranslation('groups');
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const { record } = path;
  const title = localizedLine(scenario, scenario.title, lang);
  useDocumentTitle(t('group.title', { group: record.group }));
  const link = new URL(groupLink(record), window.location.href).href;
  const roomHref = groupLink(record, 'debrief');
  const compareHref = groupsHash({ screen: 'workshop-compare', id: scenario.id, query: compareQuery([record]) });
  return (
    <div className="workshop-group">
      <p className="eyebrow" lang={title.lang}>
        {t('group.eyebrow', { title: title.text })}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('group.title', { group: record.group })}
      </h1>
      <p className="lead no-print">{t('group.intro', { code: record.code })}</p>
      <nav className="no-print" aria-label={t('group.actions')}>
        <p className="button-row">
          <a className="button button--primary" href={roomHref}>
            {t('group.room')}
          </a>
          <a className="button" href={compareHref}>
            {t('group.compare')}
          </a>
        </p>
      </nav>
      <p className="workshop-group__link no-print">
        <label>
          {t('group.linkLabel', { group: record.group })}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      </p>
      <SessionSummary scenario={scenario} path={path} lang={lang} />
      <ExportActions scenario={scenario} path={path} lang={lang} />
      <div className="no-print">
        <Suspense fallback={null}>
          <LazyDebriefScreen scenario={scenario} state={path.state} libraryHref={libraryHref} focusHeading={false} />
        </Suspense>
      </div>
    </div>
  );
}
