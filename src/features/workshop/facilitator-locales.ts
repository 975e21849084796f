/**
 * The workshop's texts travel with the workshop screens instead of the first download (`src/app/i18n.ts`
 * leaves the `facilitator` namespace out of its bundle), as the debrief's do.
 */
import facilitatorEn from '../../../locales/en/facilitator.json';
import facilitatorNl from '../../../locales/nl/facilitator.json';
import { useBundles } from '../shared/lazy-bundles.ts';

const BUNDLES = { facilitator: { nl: facilitatorNl, en: facilitatorEn } };

/** Call first thing in every facilitator's workshop screen. */
export const useFacilitatorLocales = (): void => useBundles(BUNDLES);
