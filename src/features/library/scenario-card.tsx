import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScenarioFacts } from '../shared/scenario-facts.tsx';
import type { BrokenCard, LibraryCard, PlayableCard } from './library.view.ts';

function Persona({ card }: { card: LibraryCard }) {
  const { t } = useTranslation('common');
  if (!card.personaName) return null;
  return <p className="card__persona">{card.personaAge > 0 ? t('personaNameAge', { name: card.personaName, age: card.personaAge }) : card.personaName}</p>;
}

export function PlayableScenarioCard({ card, href }: { card: PlayableCard; href: string }) {
  const { t } = useTranslation('library');
  const titleId = useId();
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId} lang={card.title.lang}>
        {card.title.text}
      </h3>
      <Persona card={card} />
      {card.summary.text && (
        <p className="card__summary" lang={card.summary.lang}>
          {card.summary.text}
        </p>
      )}
      <ScenarioFacts durationMinutes={card.durationMinutes} level={card.level} />
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
