/**
 * Progress is saved after every turn: a reload in the middle of a conversation comes back at the same turn,
 * with the same transcript, and the conversation can be finished from there.
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { SCENARIO, mainHeading, optionButtons, optionGroup, playByKeys, startByKeyboard, transcriptLines } from './flows.ts';

const app = useHarness();

const texts = async (locator: import('playwright-core').Locator) => (await locator.allInnerTexts()).map((text) => text.trim());

describe('reload mid-scenario', () => {
  it('resumes at the same turn with the same transcript and options', async () => {
    const { page } = await app().open('#/');
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { pick: ({ turn }) => (turn % 2) + 1, stopAfter: 2 });
    const transcript = await texts(transcriptLines(page, 'nl'));
    const options = await texts(optionButtons(page, 'nl'));
    expect(transcript.length).toBeGreaterThan(2);

    await page.reload();
    expect(page.url()).toMatch(new RegExp(`#/s/${SCENARIO}/play$`));
    await optionGroup(page, 'nl').waitFor({ timeout: 15_000 });
    await expect.poll(() => texts(transcriptLines(page, 'nl'))).toEqual(transcript);
    expect(await texts(optionButtons(page, 'nl'))).toEqual(options);

    // And it plays on to the ending from the restored state.
    await playByKeys(page, 'nl');
    await expect.poll(() => optionGroup(page, 'nl').count()).toBe(0);
    await expect.poll(() => mainHeading(page).count()).toBe(1);
  });

  it('survives a reload after every single turn', async () => {
    const { page } = await app().open('#/', { lang: 'en' });
    await startByKeyboard(page, 'en');
    for (let turn = 1; turn <= 3; turn++) {
      await playByKeys(page, 'en', { pick: () => 1, stopAfter: 1 });
      if ((await optionGroup(page, 'en').count()) === 0) break;
      const before = await texts(transcriptLines(page, 'en'));
      await page.reload();
      await optionGroup(page, 'en').waitFor({ timeout: 15_000 });
      await expect.poll(() => texts(transcriptLines(page, 'en')), { message: `after turn ${turn}` }).toEqual(before);
    }
  });
});
