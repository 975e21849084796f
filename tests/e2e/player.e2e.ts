/**
 * A trainee with only a keyboard plays the warming-up scenario from the library to the debrief, in Dutch and
 * in English: Tab and Enter to move, number keys to choose, never the mouse. On the way every screen is
 * checked with axe-core and photographed; the harness fails the test on any console error or outside request.
 */
import { describe, expect, it } from 'vitest';
import { activateByKeyboard, describeFocus, expectNoAxeViolations, screenshot, useHarness } from './harness.ts';
import {
  SCENARIO,
  debriefLink,
  mainHeading,
  openDebriefByKeyboard,
  optionButtons,
  optionGroup,
  playByKeys,
  roomNumber,
  scenarioLink,
  startLabel,
  switchLanguage,
  type Lang,
} from './flows.ts';

const app = useHarness();

describe.each<Lang>(['nl', 'en'])('keyboard-only playthrough (%s)', (lang) => {
  it('goes from the library to the debrief with Tab, Enter and number keys', async () => {
    const { page } = await app().open('#/');
    if (lang === 'en') await switchLanguage(page, 'en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

    // Library
    await expect.poll(() => mainHeading(page).count()).toBe(1);
    await expectNoAxeViolations(page, `library (${lang})`);
    await screenshot(page, `library-${lang}`);

    // Briefing
    await activateByKeyboard(page, scenarioLink(page));
    await page.waitForURL(new RegExp(`#/s/${SCENARIO}$`));
    const start = page.getByRole('button', { name: startLabel(lang) });
    await start.waitFor();
    await expectNoAxeViolations(page, `briefing (${lang})`);
    await screenshot(page, `briefing-${lang}`);

    // Conversation
    await activateByKeyboard(page, start);
    await page.waitForURL(new RegExp(`#/s/${SCENARIO}/play$`));
    await optionGroup(page, lang).waitFor();
    expect(await optionButtons(page, lang).count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, `conversation at the start (${lang})`);
    await screenshot(page, `conversation-calm-${lang}`);

    // Dutch takes the last option every turn (in this scenario the paperwork-first road, which closes the
    // client down), English the first (the welcoming road): two different roads, and a stressed client to see.
    let lowestRoom = Number.POSITIVE_INFINITY;
    const turns = await playByKeys(page, lang, {
      pick: ({ optionCount }) => (lang === 'nl' ? optionCount : 1),
      afterTurn: async ({ turn }) => {
        const focus = await describeFocus(page);
        expect(focus, `after turn ${turn} focus must stay on something sensible, not the page`).not.toBe('<body>');
        if (turn === 1) await expectNoAxeViolations(page, `conversation after a turn (${lang})`);
        const room = await roomNumber(page);
        if (room !== null && room < lowestRoom) {
          lowestRoom = room;
          await screenshot(page, lang === 'nl' ? 'conversation-stressed-nl' : 'conversation-lowest-room-en');
        }
      },
    });
    expect(turns).toBeGreaterThan(0);

    // Ending
    await debriefLink(page, lang).first().waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, `ending (${lang})`);
    await screenshot(page, `ending-${lang}`);

    // Debrief
    await openDebriefByKeyboard(page, lang);
    await expectNoAxeViolations(page, `debrief (${lang})`);
    await screenshot(page, `debrief-${lang}`);
  });
});
