/**
 * The Lab's texts travel with the Lab instead of the player's first download (`src/app/i18n.ts` leaves the
 * `lab` namespace out of its bundle): only authors open it. Added before the Lab's first translation.
 */
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import labEn from '../../../locales/en/lab.json';
import labNl from '../../../locales/nl/lab.json';

export function addLabBundles(i18n: I18n): void {
  for (const [lang, resources] of Object.entries({ nl: labNl, en: labEn })) {
    if (!i18n.hasResourceBundle(lang, 'lab')) i18n.addResourceBundle(lang, 'lab', resources, true, false);
  }
}

/** Call first thing in the Lab page. */
export function useLabLocales(): void {
  const { i18n } = useTranslation();
  addLabBundles(i18n);
}
