/**
 * The texts of a group's link (the group's own page, the comparison, the room's debrief) travel with those
 * screens instead of the first download (`src/app/i18n.ts` leaves the `groups` namespace out of its bundle).
 */
import groupsEn from '../../../locales/en/groups.json';
import groupsNl from '../../../locales/nl/groups.json';
import { useBundles } from '../shared/lazy-bundles.ts';

const BUNDLES = { groups: { nl: groupsNl, en: groupsEn } };

/** Call in every component that translates with the `groups` namespace, before `useTranslation`. */
export const useGroupsLocales = (): void => useBundles(BUNDLES);
