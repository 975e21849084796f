import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { BrokenScenarioCard, PlayableScenarioCard } from './scenario-card.tsx';
import { libraryView, type DomainGroup } from './library.view.ts';

interface LibraryScreenProps {
  catalogue: readonly CatalogueEntry[];
  /** Where a playable scenario's card leads (its briefing). */
  hrefFor: (id: string) => string;
}

function DomainSection({ group, hrefFor }: { group: DomainGroup; hrefFor: (id: string) => string }) {
  const { t } = useTranslation('common');
  const headingId = useId();
  return (
    <section className="library__domain" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`domains.${group.domain}`)}</h2>
      <ul className="card-grid">
        {group.cards.map((card) => (
          <li key={`${card.id}:${card.ok ? '' : card.file}`}>
            {card.ok ? <PlayableScenarioCard card={card} href={hrefFor(card.id)} /> : <BrokenScenarioCard card={card} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LibraryScreen({ catalogue, hrefFor }: LibraryScreenProps) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('title'));
  const groups = useMemo(() => libraryView(catalogue, lang), [catalogue, lang]);
  return (
    <div className="library">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {groups.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        groups.map((group) => <DomainSection key={group.domain} group={group} hrefFor={hrefFor} />)
      )}
    </div>
  );
}
