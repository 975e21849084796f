/**
 * The one notice a learner sees when the LMS cannot take their progress (an API that answers "false", an LRS
 * that is down, a launch URL that cannot be used). Whatever goes wrong and however often, there is one
 * notice: play goes on, and the conversation stays in the browser as always.
 *
 * It lives outside the React tree (the player does not know about LMSs): a polite live region that exists,
 * empty, from the launch on, so screen readers announce the text when it is filled in. It follows the
 * language switch.
 */
import type { i18n as I18n } from 'i18next';
import lmsEn from '../../../locales/en/lms.json';
import lmsNl from '../../../locales/nl/lms.json';
import './lms-notice.css';

export interface LmsNotice {
  /** Shows the notice (once); `detail` goes to the console for whoever supports the LMS. */
  show(detail: string): void;
  readonly shown: boolean;
}

export function addLmsBundles(i18n: I18n): void {
  for (const [lang, resources] of Object.entries({ nl: lmsNl, en: lmsEn })) {
    if (!i18n.hasResourceBundle(lang, 'lms')) i18n.addResourceBundle(lang, 'lms', resources, true, false);
  }
}

export function createLmsNotice(i18n: I18n, doc: Document = document): LmsNotice {
  addLmsBundles(i18n);
  const region = doc.createElement('div');
  region.className = 'notice lms-notice';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  doc.body.prepend(region);
  let shown = false;
  const render = () => {
    if (!shown) return;
    const title = doc.createElement('strong');
    title.textContent = i18n.t('notice.title', { ns: 'lms' });
    const body = doc.createElement('span');
    body.textContent = ` ${i18n.t('notice.body', { ns: 'lms' })}`;
    region.replaceChildren(title, body);
  };
  i18n.on('languageChanged', render);
  return {
    show(detail: string) {
      console.warn(`Ruimte LMS: ${detail}`);
      if (shown) return;
      shown = true;
      render();
    },
    get shown() {
      return shown;
    },
  };
}
