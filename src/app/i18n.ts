/**
 * The UI's translations. One i18next instance per app (tests make their own), resources bundled from
 * `locales/<lang>/<namespace>.json`, Dutch first. No language detector: the choice is read from and stored in
 * localStorage (`ruimte.lang`), and every access is guarded because storage can be switched off or full. On a
 * first visit, with no choice stored, the browser's languages decide (`navigator.languages`); a choice wins.
 *
 * Scenario text is not translated here: it comes from the scenario's own line table (`lineText`).
 */
import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, SOURCE_LANGUAGE, type Lang } from '../engine/index.ts';
import { isLang } from '../features/shared/use-lang.ts';

export const LANG_STORAGE_KEY = 'ruimte.lang';
export const NAMESPACES = [
  'common',
  'library',
  'briefing',
  'play',
  'ending',
  'settings',
  'debrief',
  'attempts',
  'sound',
  'lab',
  'groups',
  'lms',
  'facilitator',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const files = import.meta.glob<ResourceLanguage[string]>(
  ['/locales/*/*.json', '!/locales/*/{debrief,attempts,lms,facilitator,lab,groups}.json'],
  {
    eager: true,
    import: 'default',
  },
); // those load with their screens, the LMS code, the workshop or a group's link

/** `{ nl: { common: {…}, … }, en: {…} }` from the bundled locale files. */
export function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/([a-z]{2})\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = content;
  }
  return resources;
}

/** The stored language, or null when there is none, it is not one of ours, or storage is unavailable. */
export function readStoredLang(storage: Pick<Storage, 'getItem'> | null): Lang | null {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The first of the browser's preferred languages that we have ("en-GB" → en, "nl-BE" → nl), or null. Order
 * matters: someone whose browser asks for German, then English, gets English.
 */
export function browserLang(languages: readonly string[] | null | undefined): Lang | null {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return null;
}

/** The browser's language list, where there is a browser. */
export function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

export function storeLang(storage: Pick<Storage, 'setItem'> | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or a full quota: the choice then lasts for this visit only.
  }
}

export interface I18nOptions {
  /** Start in this language; otherwise the stored one, otherwise the browser's (`preferred`), otherwise Dutch. */
  lng?: Lang;
  /** The browser's languages in order of preference (navigator.languages); used only when nothing is stored. */
  preferred?: readonly string[];
  /** Where the choice is kept; null keeps nothing (tests). */
  storage?: Storage | null;
  /** Keep `<html lang>` in step with the language (default true). */
  syncDocument?: boolean;
}

export function createI18n({ lng, storage = null, syncDocument = true, preferred = [] }: I18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources: bundledResources(),
    lng: lng ?? readStoredLang(storage) ?? browserLang(preferred) ?? SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; scenario text is always rendered as text.
    returnNull: false,
    initAsync: false,
  });
  const follow = (language: string) => {
    if (!isLang(language)) return;
    if (syncDocument && typeof document !== 'undefined') document.documentElement.lang = language;
  };
  follow(instance.language);
  instance.on('languageChanged', (language) => {
    follow(language);
    if (isLang(language)) storeLang(storage, language);
  });
  return instance;
}
