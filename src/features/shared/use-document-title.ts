import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Gesprek met Marco Jansen – Ruimte": every screen names itself in the tab and for screen readers. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation('common');
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
