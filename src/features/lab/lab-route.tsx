/**
 * The Lab's entry in the app: a lazy import, so CodeMirror, dagre, zod and the checker load only when an
 * author opens `#/lab`, never with the player.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabPlayer } from './lab-player.ts';

const LabPage = lazy(() => import('./lab-page.tsx'));

export function LabRoute({ libraryHref, player }: { libraryHref: string; player: LabPlayer }) {
  return (
    <Suspense fallback={<LabLoading />}>
      <LabPage libraryHref={libraryHref} player={player} />
    </Suspense>
  );
}

function LabLoading() {
  const { t } = useTranslation('common'); // the Lab's own texts load with the Lab
  return (
    <p className="notice" role="status">
      {t('labLoading')}
    </p>
  );
}
