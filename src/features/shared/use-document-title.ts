import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "Gesprek met Marco Jansen – Ruimte": every screen names itself in the tab and for screen readers. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation('common');
  const appName = useMemo(() => t('appName'), [t]);
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
