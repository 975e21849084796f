/**
 * Typed translation keys: `t('…')` only accepts keys that exist in the Dutch source files, so a typo or a
 * removed key fails the type-check. The locale test keeps English in step with Dutch.
 */
import type attempts from '../../locales/nl/attempts.json';
import type debrief from '../../locales/nl/debrief.json';
import type briefing from '../../locales/nl/briefing.json';
import type common from '../../locales/nl/common.json';
import type facilitator from '../../locales/nl/facilitator.json';
import type ending from '../../locales/nl/ending.json';
import type lms from '../../locales/nl/lms.json';
import type library from '../../locales/nl/library.json';
import type lab from '../../locales/nl/lab.json';
import type play from '../../locales/nl/play.json';
import type settings from '../../locales/nl/settings.json';
import type sound from '../../locales/nl/sound.json';
import type groups from '../../locales/nl/groups.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      library: typeof library;
      briefing: typeof briefing;
      play: typeof play;
      settings: typeof settings;
      ending: typeof ending;
      debrief: typeof debrief;
      attempts: typeof attempts;
      sound: typeof sound;
      lab: typeof lab;
      groups: typeof groups;
      lms: typeof lms;
      facilitator: typeof facilitator;
    };
  }
}
