/**
 * Typed translation keys: `t('…')` only accepts keys that exist in the Dutch source files, so a typo or a
 * removed key fails the type-check. The locale test keeps English in step with Dutch.
 */
import type briefing from '../../locales/nl/briefing.json';
import type common from '../../locales/nl/common.json';
import type ending from '../../locales/nl/ending.json';
import type library from '../../locales/nl/library.json';
import type play from '../../locales/nl/play.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      library: typeof library;
      briefing: typeof briefing;
      play: typeof play;
      ending: typeof ending;
    };
  }
}
