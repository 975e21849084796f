import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScenarioFacts } from '../shared/scenario-facts.tsx';
import { useLang } from '../shared/use-lang.ts';
import type { BrokenCard, LibraryCard, PlayableCard } from './library.view.ts';
import { formatDay, type ScenarioProgress } from './progress.view.ts';

function Persona({ card }: { card: LibraryCard }) {
  const { t } = useTranslation('common');
  if (!card.personaName) return null;
  return (
    <p className="card__persona">
      {card.personaAge > 0 ? t('personaNameAge', { name: card.personaName, age: card.personaAge }) : card.personaName}
    </p>
  );
}

/** Played or not, the best outcome so far and when: in words, with a mark that is text too (not colour alone). */
function CardProgress({ progress, attemptsHref, title }: { progress: ScenarioProgress; attemptsHref: string | undefined; title: string }) {
  const { t } = useTranslation(['library', 'common']);
  const lang = useLang();
  if (progress.played === 0) return <p className="card__progress card__progress--new">{t('progress.notPlayed')}</p>;
  const { best } = progress;
  return (
    <div className="card__progress">
      <p className="card__progress-played">
        <span aria-hidden="true">✓ </span>
        {t('progress.played', { count: progress.played })}, {t('progress.last', { date: formatDay(progress.lastPlayedAt!, lang) })}
      </p>
      {best ? (
        <p>
          {t('progress.best')} <strong lang={best.ending?.lang}>{best.ending?.text ?? t('progress.unknownEnding')}</strong>
          {best.mode !== 'walked-out' && <> ({t(`common:finalModes.${best.mode}`)})</>},{' '}
          {t('progress.bestOn', { date: formatDay(best.at, lang) })}
        </p>
      ) : (
        <p>{t('progress.unfinished')}</p>
      )}
      {attemptsHref && (
        <a className="card__attempts" href={attemptsHref} aria-label={t('progress.attemptsFor', { title })}>
          {t('progress.attempts')}
        </a>
      )}
    </div>
  );
}

interface PlayableCardProps {
  card: PlayableCard;
  href: string;
  /** null: unknown (no storage, prerendered), so nothing is said about it. */
  progress?: ScenarioProgress | null;
  attemptsHref?: string;
}

export function PlayableScenarioCard({ card, href, progress = null, attemptsHref }: PlayableCardProps) {
  const { t } = useTranslation('library');
  const titleId = useId();
  return (
    <article className={card.startHere ? 'card card--start' : 'card'} aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId} lang={card.title.lang}>
        {card.title.text}
      </h3>
      {card.startHere && <p className="badge badge--start">{t('startHere.badge')}</p>}
      <Persona card={card} />
      {card.summary.text && (
        <p className="card__summary" lang={card.summary.lang}>
          {card.summary.text}
        </p>
      )}
      <ScenarioFacts durationMinutes={card.durationMinutes} level={card.level} />
      {progress && <CardProgress progress={progress} attemptsHref={attemptsHref} title={card.title.text} />}
      <a className="button button--primary card__action" href={href} aria-label={t('startFor', { title: card.title.text })}>
        {t('start')}
      </a>
    </article>
  );
}

export function BrokenScenarioCard({ card }: { card: BrokenCard }) {
  const { t } = useTranslation('library');
  const titleId = useId();
  const listId = useId();
  return (
    <article className="card card--broken" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId} lang={card.title.lang}>
        {card.title.text}
      </h3>
      <p className="badge badge--error">{t('broken.label')}</p>
      <Persona card={card} />
      <p className="card__errors">{t('broken.errors', { count: card.errors, file: card.file })}</p>
      {card.issues.length > 0 && (
        <>
          <p className="card__issues-label" id={listId}>
            {t('broken.firstErrors')}
          </p>
          <ul className="issue-list" aria-labelledby={listId}>
            {card.issues.map((issue, index) => (
              <li key={index}>
                <code className="issue-list__where">{issue.where}</code> <span lang="en">{issue.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {card.moreErrors > 0 && <p className="card__more">{t('broken.more', { count: card.moreErrors })}</p>}
    </article>
  );
}
