/** The LMS notice: a polite live region from the start, one notice however often the LMS fails, both languages. */
import { describe, expect, it, vi } from 'vitest';
import { createLmsNotice } from '../../src/app/lms/lms-notice.ts';
import { testI18n } from './render.tsx';

describe('the LMS notice', () => {
  it('is an empty live region until shown, then one notice, following the language', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const i18n = testI18n('nl');
    const notice = createLmsNotice(i18n);
    const regions = () => document.querySelectorAll('.lms-notice[role="status"][aria-live="polite"]');
    expect(regions()).toHaveLength(1);
    expect(regions()[0]!.textContent).toBe('');
    notice.show('LMSCommit failed');
    notice.show('LMSSetValue failed');
    expect(regions()).toHaveLength(1);
    expect(regions()[0]!.textContent).toMatch(/^Uw leeromgeving ontvangt uw voortgang nu niet\. U kunt gewoon verder oefenen/);
    expect(warn).toHaveBeenCalledTimes(2);
    await i18n.changeLanguage('en');
    expect(regions()[0]!.textContent).toMatch(/^Your learning environment is not receiving your progress right now\./);
    regions()[0]!.remove();
    warn.mockRestore();
  });
});
