/** The UI language as a scenario language, for `lineText`. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SOURCE_LANGUAGE, type Lang } from '../../engine/index.ts';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The current language as one of ours (Dutch if i18next holds anything else). */
export function langOf(i18n: { resolvedLanguage?: string | undefined; language: string }): Lang {
  const value = i18n.resolvedLanguage ?? i18n.language;
  return isLang(value) ? value : SOURCE_LANGUAGE;
}

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return langOf(i18n);
}
