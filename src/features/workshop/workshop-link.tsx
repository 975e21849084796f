/** The way into workshop mode, for the app header: a trainer finds it on every screen, like the Lab. */
import { useTranslation } from 'react-i18next';

export const WORKSHOP_HREF = '#/workshop';

export function WorkshopLink({ className }: { className?: string }) {
  const { t } = useTranslation('common');
  return (
    <a className={className} href={WORKSHOP_HREF}>
      {t('workshopLink')}
    </a>
  );
}
