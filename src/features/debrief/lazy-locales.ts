/**
 * The debrief's and the attempts page's texts travel with those screens instead of the first download
 * (`src/app/i18n.ts` leaves these two namespaces out of its bundle). They are added to whichever i18n instance
 * renders the screen, before its first translation, so nothing waits and tests need no setup.
 */
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import attemptsEn from '../../../locales/en/attempts.json';
import attemptsNl from '../../../locales/nl/attempts.json';
import debriefEn from '../../../locales/en/debrief.json';
import debriefNl from '../../../locales/nl/debrief.json';

const BUNDLES = {
  debrief: { nl: debriefNl, en: debriefEn },
  attempts: { nl: attemptsNl, en: attemptsEn },
} as const;

export function addLazyBundles(i18n: I18n): void {
  for (const [ns, languages] of Object.entries(BUNDLES)) {
    for (const [lang, resources] of Object.entries(languages)) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources, true, false);
    }
  }
}

/** Call first thing in a lazily loaded screen that uses the `debrief` or `attempts` namespace. */
export function useLazyLocales(): void {
  const { i18n } = useTranslation();
  addLazyBundles(i18n);
}
