/**
 * The Lab's entry in the app: a lazy import, so CodeMirror, dagre, zod and the checker load only when an
 * author opens `#/lab`, never with the player.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const LabPage = lazy(() => import('./lab-page.tsx'));

export function LabRoute({ libraryHref }: { libraryHref: string }) {
  return (
    <Suspense fallback={<LabLoading />}>
      <LabPage libraryHref={libraryHref} />
    </Suspense>
  );
}

function LabLoading() {
  const { t } = useTranslation('lab');
  return (
    <p className="notice" role="status">
      {t('loading')}
    </p>
  );
}
