/**
 * Saved data damaged in the browser itself: after two finished attempts, the first one's saved text is broken
 * (a quote removed, so the list no longer parses). The attempts page keeps the other attempt, says one was
 * removed, passes axe, and the page logs no error.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, screenshot, useHarness } from './harness.ts';
import { SCENARIO, mainHeading, optionGroup, playByKeys, startByKeyboard } from './flows.ts';

const app = useHarness();
const KEY = `ruimte.attempts.${SCENARIO}`;

describe('a damaged saved attempt', () => {
  it('costs only that attempt, with a notice on the attempts page', async () => {
    const { page } = await app().open('#/');
    for (let round = 0; round < 2; round++) {
      await page.goto(`${new URL(page.url()).origin}/#/`);
      await startByKeyboard(page, 'nl');
      await playByKeys(page, 'nl', { pick: ({ turn }) => ((turn + round) % 2) + 1 });
      await expect.poll(() => optionGroup(page, 'nl').count()).toBe(0);
    }
    const ids = await page.evaluate((key) => {
      const raw = window.localStorage.getItem(key) ?? '';
      const list = (JSON.parse(raw) as { attempts: { id: string }[] }).attempts.map((a) => a.id);
      // Break the first attempt's text: its "seed" key loses its opening quote.
      window.localStorage.setItem(key, raw.replace('"seed"', 'seed"'));
      return list;
    }, KEY);
    expect(ids).toHaveLength(2);

    // The attempts page reads the saved list when it opens.
    await page.goto(`${new URL(page.url()).origin}/#/s/${SCENARIO}/attempts`);
    await mainHeading(page).waitFor({ timeout: 15_000 });
    const notice = page
      .getByRole('status')
      .getByText('Een bewaarde poging was beschadigd en is verwijderd. Uw andere pogingen zijn er nog.');
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(1);
    const kept = await page.evaluate(
      (key) => (JSON.parse(window.localStorage.getItem(key) ?? '') as { attempts: { id: string }[] }).attempts.map((a) => a.id),
      KEY,
    );
    expect(kept).toEqual([ids[1]]);
    await expectNoAxeViolations(page, 'attempts page with a storage notice');
    await screenshot(page, 'attempts-damaged-notice');
  });
});
