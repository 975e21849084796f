/**
 * Rewind: go back to an earlier turn (from the debrief, and from the conversation's transcript) and choose
 * differently. After going back the transcript is shorter, the earlier turns are unchanged, the options are
 * those of that turn, and another option takes the conversation elsewhere.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activateByKeyboard, useHarness } from './harness.ts';
import {
  NAMES,
  openDebriefByKeyboard,
  optionButtons,
  optionGroup,
  playByKeys,
  startByKeyboard,
  transcriptLines,
  type Lang,
} from './flows.ts';

const app = useHarness();

const texts = async (locator: Locator) => (await locator.allInnerTexts()).map((text) => text.trim());
const rewindButton = (page: Page, lang: Lang, turn: number) => page.getByRole('button', { name: NAMES[lang].rewind(turn), exact: true });
/** An option button's text without its leading number. */
const optionText = (text: string) => text.replace(/^\d+\s*/, '').trim();

/**
 * Plays option 1 (all the way, or `turns` turns). Returns the options offered at turn 2 and the transcript as
 * last seen in the conversation (the ending screen has none).
 */
async function playFirstOptions(page: Page, lang: Lang, turns?: number) {
  const optionsAtTurn2: string[] = [];
  let full: string[] = [];
  await playByKeys(page, lang, {
    pick: () => 1,
    ...(turns === undefined ? {} : { stopAfter: turns }),
    afterTurn: async ({ turn }) => {
      if (turn === 1) optionsAtTurn2.push(...(await texts(optionButtons(page, lang))));
      full = await texts(transcriptLines(page, lang));
    },
  });
  expect(full.length, 'played at least two turns').toBeGreaterThan(0);
  return { optionsAtTurn2, full };
}

/** Rewinds to turn 2 and checks what the trainee then sees, then takes option 2 instead of option 1. */
async function rewindToTurn2AndChooseAgain(page: Page, lang: Lang, full: string[], optionsAtTurn2: string[]) {
  await activateByKeyboard(page, rewindButton(page, lang, 2));
  await optionGroup(page, lang).waitFor({ timeout: 10_000 });
  await expect.poll(async () => (await texts(transcriptLines(page, lang))).length).toBeLessThan(full.length);
  const rewound = await texts(transcriptLines(page, lang));
  expect(rewound.length).toBeGreaterThan(0);
  expect(full.slice(0, rewound.length), 'rewinding keeps the earlier turns as they were').toEqual(rewound);
  expect(await texts(optionButtons(page, lang)), 'back at turn 2, the options of turn 2').toEqual(optionsAtTurn2);

  expect(optionsAtTurn2.length).toBeGreaterThanOrEqual(2);
  await playByKeys(page, lang, { pick: () => 2, stopAfter: 1 });
  const after = await texts(transcriptLines(page, lang));
  expect(after.slice(0, rewound.length)).toEqual(rewound);
  const added = after.slice(rewound.length).join('\n');
  expect(added, 'the new turn shows the second option').toContain(optionText(optionsAtTurn2[1]!));
  expect(added, 'and not the first').not.toContain(optionText(optionsAtTurn2[0]!));
}

describe('rewind', () => {
  it('from the debrief: back to turn 2, a shorter transcript, and a different choice', async () => {
    const { page } = await app().open('#/', { lang: 'en' });
    await startByKeyboard(page, 'en');
    const { full, optionsAtTurn2 } = await playFirstOptions(page, 'en');
    await openDebriefByKeyboard(page, 'en');
    await rewindToTurn2AndChooseAgain(page, 'en', full, optionsAtTurn2);
  });

  it('from the debrief: back to turn 1, where the trainee has said nothing yet', async () => {
    const { page } = await app().open('#/');
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { pick: () => 1 });
    await openDebriefByKeyboard(page, 'nl');
    await activateByKeyboard(page, rewindButton(page, 'nl', 1));
    await optionGroup(page, 'nl').waitFor({ timeout: 10_000 });
    const lines = await texts(transcriptLines(page, 'nl'));
    expect(
      lines.every((line) => !/^U\b/.test(line)),
      'no line of the trainee yet',
    ).toBe(true);
    await playByKeys(page, 'nl', { pick: ({ optionCount }) => optionCount });
  });

  it('from the transcript during the conversation: back to turn 2 and a different choice', async () => {
    const { page } = await app().open('#/');
    await startByKeyboard(page, 'nl');
    // Two turns: with the options shuffled per conversation, a third "option 1" may already end the warm-up.
    const { full, optionsAtTurn2 } = await playFirstOptions(page, 'nl', 2);
    await rewindToTurn2AndChooseAgain(page, 'nl', full, optionsAtTurn2);
  });
});
