/**
 * The workshop's texts travel with the workshop screens instead of the first download (`src/app/i18n.ts`
 * leaves the `facilitator` namespace out of its bundle), as the debrief's do (see debrief/lazy-locales.ts).
 */
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import facilitatorEn from '../../../locales/en/facilitator.json';
import facilitatorNl from '../../../locales/nl/facilitator.json';

export function addFacilitatorBundles(i18n: I18n): void {
  for (const [lang, resources] of Object.entries({ nl: facilitatorNl, en: facilitatorEn })) {
    if (!i18n.hasResourceBundle(lang, 'facilitator')) i18n.addResourceBundle(lang, 'facilitator', resources, true, false);
  }
}

/** Call first thing in every workshop screen. */
export function useFacilitatorLocales(): void {
  const { i18n } = useTranslation();
  addFacilitatorBundles(i18n);
}
