/** The way into the Scenario Lab, for the app header (the Lab itself loads only when opened). */
import { useTranslation } from 'react-i18next';

export const LAB_HREF = '#/lab';

export function LabLink({ className }: { className?: string }) {
  const { t } = useTranslation('lab');
  return (
    <a className={className} href={LAB_HREF}>
      {t('title')}
    </a>
  );
}
