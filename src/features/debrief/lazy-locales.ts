/**
 * The debrief's and the attempts page's texts travel with those screens instead of the first download
 * (`src/app/i18n.ts` leaves these two namespaces out of its bundle).
 */
import type { i18n as I18n } from 'i18next';
import attemptsEn from '../../../locales/en/attempts.json';
import attemptsNl from '../../../locales/nl/attempts.json';
import debriefEn from '../../../locales/en/debrief.json';
import debriefNl from '../../../locales/nl/debrief.json';
import { addBundles, useBundles } from '../shared/lazy-bundles.ts';

const BUNDLES = {
  debrief: { nl: debriefNl, en: debriefEn },
  attempts: { nl: attemptsNl, en: attemptsEn },
};

export const addLazyBundles = (i18n: I18n): void => addBundles(i18n, BUNDLES);

/** Call first thing in a lazily loaded screen that uses the `debrief` or `attempts` namespace. */
export const useLazyLocales = (): void => useBundles(BUNDLES);
