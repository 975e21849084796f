/**
 * Printing: the whole debrief (the print stylesheet puts the summary first and leaves out buttons and
 * navigation), or only the certificate of participation. The certificate is in the page but shown only when
 * printed with `print-certificate` on <html>; the class is removed again once the print dialog closes.
 */
import { useTranslation } from 'react-i18next';
import type { CertificateView } from './certificate.view.ts';

export const CERTIFICATE_CLASS = 'print-certificate';

function printPage(certificate: boolean): void {
  const root = document.documentElement;
  if (certificate) {
    root.classList.add(CERTIFICATE_CLASS);
    window.addEventListener('afterprint', () => root.classList.remove(CERTIFICATE_CLASS), { once: true });
  }
  window.print();
  // Chromium and Firefox return from print() when the dialog closes; Safari may not fire afterprint.
  if (certificate) setTimeout(() => root.classList.remove(CERTIFICATE_CLASS), 0);
}

export function PrintButtons({ certificate }: { certificate: boolean }) {
  const { t } = useTranslation('debrief');
  return (
    <>
      <button type="button" className="button" onClick={() => printPage(false)}>
        {t('print.debrief')}
      </button>
      {certificate && (
        <button type="button" className="button" onClick={() => printPage(true)}>
          {t('print.certificate')}
        </button>
      )}
    </>
  );
}

export function Certificate({ view }: { view: CertificateView }) {
  const { t } = useTranslation(['debrief', 'common']);
  return (
    <section className="certificate" aria-label={t('certificate.title')}>
      <p className="certificate__brand">{t('common:appName')}</p>
      <h2 className="certificate__title">{t('certificate.title')}</h2>
      <p className="certificate__intro">{t('certificate.intro')}</p>
      <dl className="certificate__facts">
        <dt>{t('certificate.name')}</dt>
        <dd className="certificate__blank" />
        <dt>{t('certificate.scenario')}</dt>
        <dd lang={view.scenario.lang}>{view.scenario.text}</dd>
        <dt>{t('certificate.date')}</dt>
        <dd>{view.date}</dd>
        <dt>{t('certificate.outcome')}</dt>
        <dd>
          {view.ending && <span lang={view.ending.lang}>{view.ending.text}</span>}
          {view.ending && view.mode !== 'walked-out' && ' '}
          {view.mode !== 'walked-out' && t('certificate.mode', { mode: t(`common:finalModes.${view.mode}`) })}
          {' · '}
          {t('certificate.turns', { count: view.turns })}
        </dd>
        <dt>{t('certificate.habits')}</dt>
        <dd>
          {view.habits.length === 0 ? (
            t('certificate.noHabits')
          ) : (
            <ul>
              {view.habits.map((habit) => (
                <li key={habit}>{t(`checklist.items.${habit}`)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="certificate__note">{t('certificate.note')}</p>
    </section>
  );
}
