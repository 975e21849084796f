/**
 * Sound during a playthrough: switched on after the first turn and off again later, play goes on undisturbed
 * and nothing reaches the console (the harness fails the test on any console error or outside request).
 * Headless Chromium may have no audio device; the adapter must then stay silent, not break.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './harness.ts';
import { mainHeading, optionGroup, playByKeys, startByKeyboard, transcriptLines } from './flows.ts';

const app = useHarness();

async function setSound(page: Page, on: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
  const box = page.getByRole('checkbox', { name: 'Geluid aan' });
  if ((await box.isChecked()) !== on) await box.click();
  expect(await box.isChecked()).toBe(on);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

const howls = (page: Page) => page.evaluate(() => (window as unknown as { Howler?: { _howls?: unknown[] } }).Howler?._howls?.length ?? 0);

describe('sound', () => {
  it('turns on and off during a playthrough without disturbing play', async () => {
    const { page } = await app().open('#/');
    expect(await howls(page), 'no audio code before sound is turned on').toBe(0);
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { pick: () => 1, stopAfter: 1 });

    await setSound(page, true);
    await expect.poll(() => howls(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await transcriptLines(page, 'nl').count();
    await playByKeys(page, 'nl', { pick: () => 2, stopAfter: 1 });
    expect(await transcriptLines(page, 'nl').count()).toBeGreaterThan(before);

    await setSound(page, false);
    await playByKeys(page, 'nl');
    await expect.poll(() => optionGroup(page, 'nl').count()).toBe(0);
    await expect.poll(() => mainHeading(page).count()).toBe(1);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('ruimte.sound'))) ?? '{}')).toMatchObject({ on: false });
  });
});
