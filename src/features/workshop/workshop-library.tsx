/** `#/workshop`: the trainer's library, the same scenarios as the player's, each leading to a workshop. */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { PlayableScenarioCard } from '../library/scenario-card.tsx';
import { libraryView } from '../library/library.view.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { useFacilitatorLocales } from './facilitator-locales.ts';

export function WorkshopLibrary({
  catalogue,
  hrefFor,
  libraryHref,
}: {
  catalogue: readonly CatalogueEntry[];
  hrefFor: (id: string) => string;
  libraryHref: string;
}) {
  useFacilitatorLocales();
  const { t } = useTranslation(['facilitator', 'common']);
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('facilitator:library.title'));
  // Broken files are the authors' business (the player's library lists them); a trainer sees what can be played.
  const cards = useMemo(
    () => libraryView(catalogue, lang).flatMap((group) => group.cards.flatMap((card) => (card.ok ? [card] : []))),
    [catalogue, lang],
  );
  return (
    <div className="library">
      <h1 ref={heading} tabIndex={-1}>
        {t('facilitator:library.title')}
      </h1>
      <p className="lead">{t('facilitator:library.intro')}</p>
      {cards.length === 0 ? (
        <p>{t('facilitator:library.empty')}</p>
      ) : (
        <ul className="card-grid">
          {cards.map((card) => (
            <li key={card.id}>
              <PlayableScenarioCard card={card} href={hrefFor(card.id)} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={libraryHref}>{t('facilitator:library.selfStudy')}</a>
      </p>
    </div>
  );
}
