import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import type { Attempt } from '../shared/attempt.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { BrokenScenarioCard, PlayableScenarioCard } from './scenario-card.tsx';
import { libraryPath, type DomainGroup, type PlayableCard } from './library.view.ts';
import { NOT_PLAYED, progressOf, type ScenarioProgress } from './progress.view.ts';

interface LibraryScreenProps {
  catalogue: readonly CatalogueEntry[];
  /** Where a playable scenario's card leads (its briefing). */
  hrefFor: (id: string) => string;
  /** The kept attempts per scenario id; null or absent when they cannot be known (no storage, prerendering). */
  attempts?: ReadonlyMap<string, readonly Attempt[]> | null;
  /** Where a played scenario's attempts overview is. */
  attemptsHrefFor?: (id: string) => string;
  /** Extra content at the end (export and import of attempts). */
  children?: ReactNode;
}

interface CardLinks {
  hrefFor: (id: string) => string;
  attemptsHrefFor?: (id: string) => string;
  progressFor: (id: string) => ScenarioProgress | null;
}

function Playable({ card, links }: { card: PlayableCard; links: CardLinks }) {
  return (
    <PlayableScenarioCard
      card={card}
      href={links.hrefFor(card.id)}
      progress={links.progressFor(card.id)}
      attemptsHref={links.attemptsHrefFor?.(card.id)}
    />
  );
}

function DomainSection({ group, links }: { group: DomainGroup; links: CardLinks }) {
  const { t } = useTranslation('common');
  const headingId = useId();
  return (
    <section className="library__domain" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`domains.${group.domain}`)}</h2>
      <ul className="card-grid">
        {group.cards.map((card) => (
          <li key={`${card.id}:${card.ok ? '' : card.file}`}>
            {card.ok ? <Playable card={card} links={links} /> : <BrokenScenarioCard card={card} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StartSection({ cards, links }: { cards: PlayableCard[]; links: CardLinks }) {
  const { t } = useTranslation('library');
  const headingId = useId();
  return (
    <section className="library__domain library__start" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('startHere.heading')}</h2>
      <p>{t('startHere.text', { count: cards.length })}</p>
      <ul className="card-grid">
        {cards.map((card) => (
          <li key={card.id}>
            <Playable card={card} links={links} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LibraryScreen({ catalogue, hrefFor, attempts, attemptsHrefFor, children }: LibraryScreenProps) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('title'));
  const path = useMemo(() => libraryPath(catalogue, lang), [catalogue, lang]);
  const progress = useMemo(() => {
    if (!attempts) return null;
    const byId = new Map<string, ScenarioProgress>();
    for (const entry of catalogue) if (entry.ok) byId.set(entry.id, progressOf(entry, attempts.get(entry.id) ?? [], lang));
    return byId;
  }, [attempts, catalogue, lang]);
  const links: CardLinks = { hrefFor, attemptsHrefFor, progressFor: (id) => (progress ? (progress.get(id) ?? NOT_PLAYED) : null) };
  return (
    <div className="library">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {path.start.length === 0 && path.groups.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          {path.start.length > 0 && <StartSection cards={path.start} links={links} />}
          {path.groups.map((group) => (
            <DomainSection key={group.domain} group={group} links={links} />
          ))}
        </>
      )}
      {children}
    </div>
  );
}
