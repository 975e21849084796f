/**
 * Scenario text with the language it is actually in. A line without an English translation falls back to
 * Dutch; marking it `lang="nl"` lets screen readers pronounce it as Dutch (WCAG 3.1.2, language of parts).
 */
import { lineText, SOURCE_LANGUAGE, type CompiledScenario, type Lang } from '../../engine/index.ts';

export interface Localized {
  text: string;
  lang: Lang;
}

export function localizedLine(scenario: CompiledScenario, lineId: string, lang: Lang): Localized {
  const has = scenario.lines[lineId]?.[lang] !== undefined;
  return { text: lineText(scenario, lineId, lang), lang: has ? lang : SOURCE_LANGUAGE };
}

/** A text from elsewhere (the catalogue) with an optional English version. */
export function localizedPair(nl: string, en: string | undefined, lang: Lang): Localized {
  return lang === 'en' && en !== undefined ? { text: en, lang: 'en' } : { text: nl, lang: SOURCE_LANGUAGE };
}
