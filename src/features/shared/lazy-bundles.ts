/**
 * Translations that travel with the screens that use them instead of the first download (`src/app/i18n.ts`
 * leaves those namespaces out of its bundle). A lazily loaded screen adds its namespaces to whichever i18n
 * instance renders it, before its first translation: nothing waits, and tests need no setup.
 */
import type { i18n as I18n, ResourceKey } from 'i18next';
import { useTranslation } from 'react-i18next';

/** namespace → language → that namespace's texts. */
export type LazyBundles = Readonly<Record<string, Readonly<Record<string, ResourceKey>>>>;

export function addBundles(i18n: I18n, bundles: LazyBundles): void {
  for (const [ns, languages] of Object.entries(bundles)) {
    for (const [lang, resources] of Object.entries(languages)) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, resources, true, false);
    }
  }
}

/** Call first thing in a lazily loaded screen, with the namespaces it brings. */
export function useBundles(bundles: LazyBundles): void {
  const { i18n } = useTranslation();
  addBundles(i18n, bundles);
}
