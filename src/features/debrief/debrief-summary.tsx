import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostlyTurn, SummaryView } from './debrief.view.ts';
import { recallWording } from '../ending/ending.view.ts';
import { DifferenceList } from './debrief-differences.tsx';
import { goToTurn, turnAnchor } from './turn-anchor.ts';
import { ruleCount } from './turn-reasons.ts';

function TurnLink({ turn, children }: { turn: number; children: string }) {
  return (
    <a href={`#${turnAnchor(turn)}`} onClick={(event) => goToTurn(event, turn)}>
      {children}
    </a>
  );
}

function Costly({ row, name }: { row: CostlyTurn; name: string }) {
  const { t } = useTranslation(['debrief', 'common']);
  const mode = (m: CostlyTurn['after']['mode']) => t(`common:modes.${m}`);
  const why = row.why;
  return (
    <li>
      <strong>
        <TurnLink turn={row.turn}>{t('summary.turnLink', { n: row.turn })}</TurnLink>
      </strong>{' '}
      <span lang={row.said.lang}>{t('summary.youSaid', { text: row.said.text })}</span>{' '}
      {row.walkedOut
        ? t('summary.walkedOut', { name })
        : row.before.mode !== row.after.mode
          ? t('summary.modeChange', { name, from: mode(row.before.mode), to: mode(row.after.mode) })
          : row.before.room !== row.after.room
            ? t('summary.happened', { from: row.before.room, to: row.after.room })
            : null}
      {why && (
        <>
          {' '}
          {why.kind === 'note' ? (
            <>
              {t('summary.whyLabel')} <span lang={why.text.lang}>{why.text.text}</span>
            </>
          ) : (
            t('summary.why', { reason: t(`rules.${why.rule.key}`, { ...why.rule.detail, id: why.rule.id, count: ruleCount(why.rule) }) })
          )}
        </>
      )}
    </li>
  );
}

/** One screen at the top: how it ended, the three turns that cost the most and why, and what to try. */
export function DebriefSummary({ summary, name }: { summary: SummaryView; name: string }) {
  const { t } = useTranslation(['debrief', 'common']);
  const headingId = useId();
  const { outcome } = summary;
  const facts = outcome.factsTotal === 0 ? t('summary.noFacts') : t('summary.facts', { facts: outcome.facts, total: outcome.factsTotal });
  const recall = outcome.recallPercent === null ? null : recallWording(outcome.recallPercent);
  const agreements =
    outcome.recallPercent === null
      ? t('summary.noAgreements')
      : recall === 'share'
        ? t('summary.recall', { name, percent: outcome.recallPercent })
        : t(recall === 'none' ? 'summary.recallNone' : 'summary.recallAll', { name });
  return (
    <section className="debrief__section debrief-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.heading')}</h2>
      <p className="debrief-summary__outcome">
        {outcome.ending
          ? t('summary.outcome', {
              count: outcome.turns,
              ending: outcome.ending.text,
              name,
              mode: t(`common:finalModes.${outcome.mode}`),
              facts,
              agreements,
            })
          : t('summary.notEnded', { count: outcome.turns, name, mode: t(`common:finalModes.${outcome.mode}`), facts, agreements })}{' '}
        {summary.tieTurns === 0
          ? t('summary.choicesNoTies', { count: summary.judgedTurns, best: summary.bestTurns })
          : t('summary.choices', { count: summary.judgedTurns, best: summary.bestTurns, ties: summary.tieTurns })}
      </p>
      {summary.costly.length === 0 ? (
        <p>{t('summary.noCostly')}</p>
      ) : (
        <div className="debrief-summary__columns">
          <div>
            <h3>{t('summary.costlyHeading')}</h3>
            <ol className="debrief-summary__list">
              {summary.costly.map((row) => (
                <Costly key={row.turn} row={row} name={name} />
              ))}
            </ol>
          </div>
          <div>
            <h3>{t('summary.tryHeading')}</h3>
            <ol className="debrief-summary__list">
              {summary.costly.map((row) => (
                <li key={row.turn}>
                  <strong>
                    <TurnLink turn={row.turn}>{t('summary.tryItem', { n: row.turn })}</TurnLink>
                  </strong>
                  <blockquote className="turn__alternative" lang={row.tryInstead.lang}>
                    {row.tryInstead.text}
                  </blockquote>
                  <DifferenceList differences={row.differences.slice(0, 1)} name={name} />
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
