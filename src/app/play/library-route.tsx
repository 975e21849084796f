/** The library with the progress kept in this browser, where each played scenario's attempts are, and moving them. */
import { useState, useSyncExternalStore } from 'react';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { LibraryScreen } from '../../features/library/library-screen.tsx';
import { TransferPanel } from '../../features/library/transfer-panel.tsx';
import { browserStorage } from '../../features/shared/browser-storage.ts';
import { hashFor } from '../route.ts';
import { collectAttempts, exportFile, importAttempts, MAX_TRANSFER_BYTES } from './attempts-transfer.ts';
import { storedAttempts } from './progress-source.ts';

const attemptsHref = (id: string) => hashFor({ screen: 'attempts', id });

const never = () => () => {};
/**
 * False while React takes over the prerendered library (which knows no storage), true from then on: the
 * first render must match the prerendered HTML, so progress and the transfer panel appear one render later.
 */
const useAfterHydration = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

export function LibraryRoute({ catalogue, hrefFor }: { catalogue: readonly CatalogueEntry[]; hrefFor: (id: string) => string }) {
  const [storage] = useState(browserStorage);
  const read = () => (storage ? storedAttempts(storage, catalogue) : null);
  const [attempts, setAttempts] = useState(read);
  const live = useAfterHydration();
  return (
    <LibraryScreen catalogue={catalogue} hrefFor={hrefFor} attempts={live ? attempts : null} attemptsHrefFor={attemptsHref}>
      {live && storage && (
        <TransferPanel
          maxBytes={MAX_TRANSFER_BYTES}
          makeExport={() => {
            const all = collectAttempts(storage);
            return all.length === 0 ? null : { ...exportFile(all, new Date()), count: all.length };
          }}
          readImport={(text) => {
            const result = importAttempts(storage, text, catalogue);
            if (result.ok) setAttempts(read());
            return result;
          }}
        />
      )}
    </LibraryScreen>
  );
}
