/**
 * The Lab's texts travel with the Lab instead of the player's first download (`src/app/i18n.ts` leaves the
 * `lab` namespace out of its bundle): only authors open it. Added before the Lab's first translation.
 */
import type { i18n as I18n } from 'i18next';
import labEn from '../../../locales/en/lab.json';
import labNl from '../../../locales/nl/lab.json';
import { addBundles, useBundles } from '../shared/lazy-bundles.ts';

const BUNDLES = { lab: { nl: labNl, en: labEn } };

export const addLabBundles = (i18n: I18n): void => addBundles(i18n, BUNDLES);

/** Call first thing in the Lab page. */
export const useLabLocales = (): void => useBundles(BUNDLES);
