import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefView, TurnRow } from './debrief.view.ts';
import { DifferenceList } from './debrief-differences.tsx';
import { turnAnchor } from './turn-anchor.ts';
import { ruleCount } from './turn-reasons.ts';

interface DebriefTurnsProps {
  turns: TurnRow[];
  /** Resting stress over the conversation: the drift toward it is explained once, above the turns. */
  resting?: DebriefView['resting'];
  name: string;
  /** Go back to the moment before this turn's choice (0-based index into the choices). */
  onRewind?: (kept: number) => void;
}

function TurnItem({ row, name, onRewind }: { row: TurnRow; name: string; onRewind?: (kept: number) => void }) {
  const { t } = useTranslation(['debrief', 'common']);
  const headingId = useId();
  const mode = (m: TurnRow['after']['mode']) => t(`common:modes.${m}`);
  return (
    // Focusable target of the summary's links (turn-anchor.ts).
    <li className="turn" id={turnAnchor(row.turn)} tabIndex={-1} aria-labelledby={headingId}>
      <h3 id={headingId} className="turn__heading">
        {t('turns.turn', { n: row.turn })}
      </h3>
      <dl className="turn__lines">
        <dt>{t('turns.youSaid')}</dt>
        <dd lang={row.said.lang}>{row.said.text}</dd>
        {row.replies.map((reply, i) => (
          <div key={i} className={reply.kind === 'thought' ? 'turn__thought' : undefined}>
            <dt>{reply.kind === 'thought' ? t('turns.thought', { name }) : t('turns.clientSaid', { name })}</dt>
            <dd lang={reply.text.lang}>{reply.text.text}</dd>
          </div>
        ))}
      </dl>
      <p className="turn__numbers">
        {t('turns.numbers', {
          stressFrom: row.before.stress,
          stressTo: row.after.stress,
          trustFrom: row.before.trust,
          trustTo: row.after.trust,
          roomFrom: row.before.room,
          roomTo: row.after.room,
        })}
      </p>
      {row.modeChanged && <p>{t('turns.modeChange', { name, from: mode(row.before.mode), to: mode(row.after.mode) })}</p>}
      {row.outside && <p>{t('turns.outside', { name })}</p>}
      {row.walkedOut && <p className="turn__alert">{t('turns.walkedOut', { name })}</p>}
      <h4>{t('turns.why')}</h4>
      <ul className="turn__rules">
        {row.rules.map((rule, i) => (
          <li key={`${rule.id}-${i}`}>
            {t(`rules.${rule.key}`, { ...rule.detail, id: rule.id, count: ruleCount(rule) })}{' '}
            <span className="turn__effect">
              ({t('turns.effect', { stress: rule.stress, trust: rule.trust })}
              {rule.load !== null && <>, {t('turns.load', { load: rule.load })}</>})
            </span>
          </li>
        ))}
        {row.moderation && <li>{t(`turns.${row.moderation}`, { trust: row.before.trust })}</li>}
        {row.slowRecovery && <li>{t('turns.slow')}</li>}
      </ul>
      {row.note && (
        <>
          <h4>{t('turns.note')}</h4>
          <p className="turn__note" lang={row.note.lang}>
            {row.note.text}
          </p>
        </>
      )}
      {row.sources.length > 0 && (
        <p className="turn__source">
          {t('turns.source', { count: row.sources.length })}{' '}
          {row.sources.map((source, i) => (
            <span key={i} lang={source.lang}>
              {i > 0 && '; '}
              {source.text}
            </span>
          ))}
        </p>
      )}
      {row.best && (
        <>
          <h4>{t('turns.best')}</h4>
          {row.best.verdict === 'best' ? (
            <p>{t('turns.bestSame')}</p>
          ) : row.best.verdict === 'tie' ? (
            <p>{t('turns.bestTie')}</p>
          ) : (
            <>
              <p>{row.best.chosenNonAdherent ? t('turns.bestNonAdherent') : t('turns.bestOther')}</p>
              <blockquote className="turn__alternative" lang={row.best.option.lang}>
                {row.best.option.text}
              </blockquote>
              <DifferenceList differences={row.best.differences} name={name} />
            </>
          )}
        </>
      )}
      {onRewind && (
        <p>
          <button type="button" className="button" onClick={() => onRewind(row.turn - 1)}>
            {t('turns.rewind', { n: row.turn })}
          </button>
        </p>
      )}
    </li>
  );
}

/** Turn by turn: what was said, what happened and why, the author's note and the best alternative. */
export function DebriefTurns({ turns, resting, name, onRewind }: DebriefTurnsProps) {
  const { t } = useTranslation('debrief');
  const headingId = useId();
  return (
    <section className="debrief__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('turns.heading')}</h2>
      {resting && (
        <p>{resting.from === resting.to ? t('turns.recoveryOnceSame', { from: resting.from }) : t('turns.recoveryOnce', resting)}</p>
      )}
      <p>{t('turns.bestHow')}</p>
      <ol className="turn-list">
        {turns.map((row) => (
          <TurnItem key={row.turn} row={row} name={name} onRewind={onRewind} />
        ))}
      </ol>
    </section>
  );
}
