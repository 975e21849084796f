/**
 * Printing: the whole debrief (the print stylesheet puts the summary first and leaves out buttons and
 * navigation), or only the certificate of participation. The certificate is put in the page only for its
 * print (flushSync, so it is there before the dialog opens) with `print-certificate` on <html>, and taken out
 * again when print() returns: on screen it would repeat the debrief's outcome for nothing.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CertificateView } from './certificate.view.ts';

export const CERTIFICATE_CLASS = 'print-certificate';

/** Whether the certificate is being printed, and how to print it. */
export function useCertificatePrint(): [boolean, () => void] {
  const [printing, setPrinting] = useState(false);
  const printCertificate = () => {
    const root = document.documentElement;
    flushSync(() => setPrinting(true));
    root.classList.add(CERTIFICATE_CLASS);
    try {
      window.print();
    } finally {
      root.classList.remove(CERTIFICATE_CLASS);
      setPrinting(false);
    }
  };
  return [printing, printCertificate];
}

export function PrintButtons({ onPrintCertificate }: { onPrintCertificate: (() => void) | null }) {
  const { t } = useTranslation('debrief');
  return (
    <>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('print.debrief')}
      </button>
      {onPrintCertificate && (
        <button type="button" className="button" onClick={onPrintCertificate}>
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
