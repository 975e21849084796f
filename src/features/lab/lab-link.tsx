/**
 * The way into the Scenario Lab, for the app header. Its text is in `common`: the Lab's own texts load only
 * when the Lab is opened, so a key from them would show as a bare key on every other screen.
 */
import { useTranslation } from 'react-i18next';

export const LAB_HREF = '#/lab';

export function LabLink({ className }: { className?: string }) {
  const { t } = useTranslation('common');
  return (
    <a className={className} href={LAB_HREF}>
      {t('labLink')}
    </a>
  );
}
