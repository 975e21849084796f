import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario, Lang } from '../../engine/index.ts';
import { selectOutcome } from '../../engine/index.ts';
import { localizedLine } from '../shared/localized.ts';
import { groupLink } from './group-link.ts';
import type { GroupPath, PathMoment } from './group-path.view.ts';
import { downloadText } from './download.ts';
import { exportFileName, workshopCsv, workshopJson, type CsvLabels } from './workshop-export.ts';
import { useGroupsLocales } from './groups-locales.ts';

type OkPath = Extract<GroupPath, { ok: true }>;

function VotesCell({ moment }: { moment: PathMoment }) {
  useGroupsLocales();
  const { t } = useTranslation('groups');
  if (moment.totalVotes === null) return <>{t('noVote')}</>;
  return (
    <ul className="session-summary__votes">
      {moment.options.map((o) => (
        <li key={o.id}>
          {o.letter}: {t('votes', { count: o.votes ?? 0 })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The session on one page: who, which code, how it ended, and per moment the hands, the choice and the
 * numbers after it. It is what the print stylesheet puts on A4 (the rest of the page is left out in print).
 */
export function SessionSummary({ scenario, path, lang }: { scenario: CompiledScenario; path: OkPath; lang: Lang }) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common']);
  const headingId = useId();
  const outcome = selectOutcome(scenario, path.state);
  const ending = scenario.endings.find((e) => e.id === outcome.endingId);
  const title = localizedLine(scenario, scenario.title, lang);
  return (
    <section className="session-summary attempts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.heading')}</h2>
      <p>{t('summary.meta', { group: path.record.group, code: path.record.code, title: title.text })}</p>
      <p>
        {t('summary.outcome', {
          ending: ending ? localizedLine(scenario, ending.title, lang).text : '–',
          mode: t(`common:finalModes.${outcome.mode}`),
          turns: t('summary.turns', { count: outcome.turns }),
        })}
      </p>
      <div className="table-scroll">
        <table className="card-table session-summary__table" role="table">
          <caption>{t('summary.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('summary.turn')}
              </th>
              <th scope="col" role="columnheader">
                {t('summary.votes')}
              </th>
              <th scope="col" role="columnheader">
                {t('summary.choice')}
              </th>
              <th scope="col" role="columnheader">
                {t('summary.numbers')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {path.moments.map((m) => (
              <tr key={m.turn} role="row">
                <th scope="row" role="rowheader">
                  {m.turn}
                </th>
                <td role="cell" data-label={t('summary.votes')}>
                  <VotesCell moment={m} />
                </td>
                <td role="cell" data-label={t('summary.choice')}>
                  <strong>{m.chosen.letter}</strong> <span lang={m.chosen.text.lang}>{m.chosen.text.text}</span>
                </td>
                <td role="cell" data-label={t('summary.numbers')}>
                  {t('summary.numbersValue', {
                    stress: m.after.stress,
                    trust: m.after.trust,
                    room: m.after.room,
                    mode: t(`common:modes.${m.after.mode}`),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** CSV, JSON and print, all made in the browser. */
export function ExportActions({ scenario, path, lang }: { scenario: CompiledScenario; path: OkPath; lang: Lang }) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common']);
  const headingId = useId();
  const c = (key: keyof Omit<CsvLabels, 'votesFor' | 'mode'>) => t(`export.columns.${key}`);
  const labels: CsvLabels = {
    group: c('group'),
    code: c('code'),
    turn: c('turn'),
    moment: c('moment'),
    votesTotal: c('votesTotal'),
    choice: c('choice'),
    choiceText: c('choiceText'),
    stressBefore: c('stressBefore'),
    stressAfter: c('stressAfter'),
    trustBefore: c('trustBefore'),
    trustAfter: c('trustAfter'),
    roomBefore: c('roomBefore'),
    roomAfter: c('roomAfter'),
    modeBefore: c('modeBefore'),
    modeAfter: c('modeAfter'),
    votesFor: (letter) => t('export.columns.votesFor', { letter }),
    mode: (mode) => t(`common:modes.${mode as 'open'}`),
  };
  const csv = () => downloadText(exportFileName(path.record, 'csv'), workshopCsv(path, labels), 'text/csv;charset=utf-8');
  const json = () =>
    downloadText(
      exportFileName(path.record, 'json'),
      workshopJson(path, { title: localizedLine(scenario, scenario.title, lang).text, link: groupLink(path.record), lang }),
      'application/json',
    );
  return (
    <section className="workshop-export no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={csv}>
          {t('export.csv')}
        </button>
        <button type="button" className="button" onClick={json}>
          {t('export.json')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </p>
    </section>
  );
}
