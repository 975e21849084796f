/** The library with the progress kept in this browser, and where each played scenario's attempts are. */
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { LibraryScreen } from '../../features/library/library-screen.tsx';
import { hashFor } from '../route.ts';
import { useStoredAttempts } from './progress-source.ts';

const attemptsHref = (id: string) => hashFor({ screen: 'attempts', id });

export function LibraryRoute({ catalogue, hrefFor }: { catalogue: readonly CatalogueEntry[]; hrefFor: (id: string) => string }) {
  const attempts = useStoredAttempts(catalogue);
  return <LibraryScreen catalogue={catalogue} hrefFor={hrefFor} attempts={attempts} attemptsHrefFor={attemptsHref} />;
}
