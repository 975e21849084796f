/** The library with the progress kept in this browser, where each played scenario's attempts are, and moving them. */
import { useState } from 'react';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { LibraryScreen } from '../../features/library/library-screen.tsx';
import { TransferPanel } from '../../features/library/transfer-panel.tsx';
import { browserStorage } from '../i18n.ts';
import { hashFor } from '../route.ts';
import { collectAttempts, exportFile, importAttempts, MAX_TRANSFER_BYTES } from './attempts-transfer.ts';
import { storedAttempts } from './progress-source.ts';

const attemptsHref = (id: string) => hashFor({ screen: 'attempts', id });

export function LibraryRoute({ catalogue, hrefFor }: { catalogue: readonly CatalogueEntry[]; hrefFor: (id: string) => string }) {
  const [storage] = useState(browserStorage);
  const read = () => (storage ? storedAttempts(storage, catalogue) : null);
  const [attempts, setAttempts] = useState(read);
  return (
    <LibraryScreen catalogue={catalogue} hrefFor={hrefFor} attempts={attempts} attemptsHrefFor={attemptsHref}>
      {storage && (
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
