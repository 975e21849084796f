import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { SeriesComparison } from '../attempts/series-comparison.tsx';
import { DASHES, MARKERS } from '../debrief/chart.view.ts';
import { useLazyLocales } from '../debrief/lazy-locales.ts';
import { localizedLine } from '../shared/localized.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import {
  MAX_GROUPS,
  addLinks,
  compareGroups,
  compareQuery,
  groupsFromQuery,
  uniqueLabels,
  type LineProblem,
} from './compare-groups.view.ts';
import { groupLink } from './group-link.ts';
import { groupsHash } from './groups-route.ts';
import { useProblemText } from './link-problem.tsx';
import type { WorkshopRecord } from './workshop-record.ts';
import '../../styles/attempts.css';
import '../../styles/debrief.css';
import '../../styles/workshop-groups.css';
import { useGroupsLocales } from './groups-locales.ts';

const LINE_KEYS = ['solid', 'dashed', 'dotted', 'dashDot', 'shortDash', 'longDash'] as const satisfies {
  length: (typeof DASHES)['length'];
};

/**
 * The trainer's compare view: paste the groups' links, see their stress, trust and room over each other,
 * each line named. The groups live in the address (replaced, not pushed, so Back leaves the view), so a reload
 * or a bookmark brings the same comparison back.
 */
export function CompareScreen({ scenario, query }: { scenario: CompiledScenario; query: string }) {
  useLazyLocales();
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'attempts']);
  const lang = useLang();
  const problemText = useProblemText();
  const [groups, setGroups] = useState<WorkshopRecord[]>(() => groupsFromQuery(scenario, query));
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ added: number; problems: LineProblem[] } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fieldId = useId();
  const listId = useId();
  const chartsId = useId();
  useFocusOnMount(heading);
  useDocumentTitle(t('compare.title'));
  const title = localizedLine(scenario, scenario.title, lang);

  const keep = (next: WorkshopRecord[]) => {
    setGroups(next);
    const hash = groupsHash({ screen: 'workshop-compare', id: scenario.id, query: compareQuery(next) });
    window.history.replaceState(window.history.state, '', hash);
  };
  const add = () => {
    const added = addLinks(scenario, groups, text);
    keep(added.groups);
    setResult({ added: added.added, problems: added.problems });
    if (added.problems.length === 0) setText('');
  };
  const series = useMemo(() => compareGroups(scenario, groups, lang), [scenario, groups, lang]);
  const labels = uniqueLabels(groups.map((g) => g.group));
  const lineProblem = (p: LineProblem) => {
    if (p.problem.code === 'duplicate') return t('compare.duplicate', { line: p.line });
    if (p.problem.code === 'too-many')
      return t('compare.lineProblem', { line: p.line, problem: t('compare.tooMany', { max: MAX_GROUPS }) });
    return t('compare.lineProblem', { line: p.line, problem: problemText(p.problem) });
  };
  const names = new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(series.map((s) => s.label));

  return (
    <div className="workshop-compare attempts">
      <p className="eyebrow" lang={title.lang}>
        {t('group.eyebrow', { title: title.text })}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('compare.title')}
      </h1>
      <p className="lead">{t('compare.intro')}</p>
      {/* With two groups or more the comparison comes first (it is what the projector shows); adding and removing
          groups moves below it. */}
      {series.length >= 2 && (
        <section aria-labelledby={chartsId}>
          <h2 id={chartsId}>{t('compare.heading')}</h2>
          <SeriesComparison
            series={series}
            nameLines
            chartLabel={(variable) => t('compare.chartLabel', { variable, groups: names })}
            legendLabel={(index, label) =>
              t('compare.legendLabel', {
                group: label,
                line: t(`compare.lines.${LINE_KEYS[index % LINE_KEYS.length]!}`),
                marker: t(`compare.markers.${MARKERS[index % MARKERS.length]!}`),
              })
            }
          />
        </section>
      )}
      <div className="workshop-compare__manage">
        <form
          className="workshop-compare__form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label htmlFor={fieldId}>{t('compare.paste')}</label>
          <textarea id={fieldId} rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />
          <p className="button-row">
            <button type="submit" className="button button--primary">
              {t('compare.add')}
            </button>
          </p>
        </form>
        <div role="status" className="workshop-compare__result">
          {result && result.added > 0 && <p>{t('compare.added', { count: result.added })}</p>}
        </div>
        {result && result.problems.length > 0 && (
          <ul className="workshop-compare__problems" role="alert">
            {result.problems.map((p) => (
              <li key={p.line}>{lineProblem(p)}</li>
            ))}
          </ul>
        )}
        <h2 id={listId}>{t('compare.groups')}</h2>
        {groups.length === 0 ? (
          <p>{t('compare.none')}</p>
        ) : (
          <ul className="workshop-compare__groups" aria-labelledby={listId}>
            {groups.map((g, i) => (
              <li key={`${i}-${g.group}`}>
                <a href={groupLink(g)}>{t('compare.open', { group: labels[i] })}</a>
                <button type="button" className="button" onClick={() => keep(groups.filter((_, j) => j !== i))}>
                  {t('compare.remove', { group: labels[i] })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {series.length < 2 && <p>{t('compare.needTwo')}</p>}
      </div>
    </div>
  );
}
