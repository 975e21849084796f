/**
 * A mock workshop, run by hand (skipped unless RUIMTE_MOCK_WORKSHOP=1): a trainer window at projector size
 * (1280×720 CSS px at 1.5), its presenter window, two groups on their own laptops with the same code.
 * Screenshots of every step: test-results/screenshots/mock-*.png, to look at, not to assert on.
 *     RUIMTE_MOCK_WORKSHOP=1 npm run test:e2e -- tests/e2e/mock-workshop.e2e.ts
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, useHarness, waitForApp } from './harness.ts';
import { text } from './flows.ts';

const app = useHarness();
const SCENARIO = 'warming-up-welkom';
const PROJECTOR = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 } as const;
const LAPTOP = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 } as const;
const t = (key: string) => text('nl', 'facilitator', key);
const shot = (p: Page, name: string) => p.screenshot({ path: `${SCREENSHOT_DIR}/mock-${name}.png`, animations: 'disabled' });
const current = async (p: Page) => (await p.locator('main [aria-current="step"]').first().innerText()).trim();
const stepName = (s: string) => t(`screen.steps.${s}`).replace('{{name}}', 'Dennis');
async function press(p: Page, key: string) {
  const before = await current(p);
  await p.keyboard.press(key);
  await expect.poll(() => current(p), { timeout: 5000 }).not.toBe(before);
}

async function playGroup(p: Page, code: string, letter: (moment: number) => string, name: string, tag: string) {
  await p.evaluate((h) => (window.location.hash = h), `#/workshop/${SCENARIO}`);
  await p.getByRole('textbox', { name: t('start.codeLabel') }).fill(code.toLowerCase());
  await shot(p, `${tag}-join`);
  await p.getByRole('button', { name: t('start.join') }).click();
  await p.locator('main [aria-current="step"]').first().waitFor();
  let moment = 0;
  for (let i = 0; i < 200; i += 1) {
    const s = await current(p);
    if (s.includes(stepName('ending'))) break;
    if (s.includes(stepName('vote'))) {
      await p.keyboard.press(letter(moment));
      moment += 1;
    }
    await press(p, 'PageDown');
  }
  await p.getByRole('textbox', { name: t('screen.ending.label') }).fill(name);
  await shot(p, `${tag}-ending`);
  return p.getByRole('textbox', { name: t('screen.ending.linkLabel').replace('{{group}}', name) }).inputValue();
}

describe.skipIf(!process.env.RUIMTE_MOCK_WORKSHOP)('mock workshop', () => {
  it('runs', async () => {
    const trainer = await app().open('#/workshop', PROJECTOR);
    const p = trainer.page;
    await shot(p, '01-library');
    await p.locator(`a[href="#/workshop/${SCENARIO}"]`).click();
    await p.getByRole('button', { name: t('start.beginNew') }).waitFor();
    await shot(p, '02-start');
    await p.getByRole('button', { name: t('start.beginNew') }).click();
    await p.locator('main [aria-current="step"]').first().waitFor();
    const code = (await p.evaluate(() => window.location.hash)).split('/')[3]!;
    const [presenter] = await Promise.all([
      trainer.context.waitForEvent('page'),
      p.getByRole('button', { name: t('screen.presenter') }).click(),
    ]);
    await waitForApp(presenter);
    await presenter.setViewportSize({ width: 1100, height: 800 });
    const steps = ['client', 'options', 'vote', 'confirm', 'reaction', 'reveal', 'whatif'];
    for (const [i, s] of steps.entries()) {
      if (s === 'vote') for (const k of ['a', 'a', 'b', 'c', 'b', 'b', 'b']) await p.keyboard.press(k);
      await shot(p, `03-m1-${i}-${s}`);
      if (s === 'vote' || s === 'reveal') await shot(presenter, `03-m1-${i}-${s}-presenter`);
      await press(p, s === 'reaction' ? 'r' : 'PageDown');
    }
    for (let i = 0; i < 200; i += 1) {
      const s = await current(p);
      if (s.includes(stepName('ending'))) break;
      if (s.includes(stepName('vote'))) await p.keyboard.press('a');
      await press(p, 'PageDown');
    }
    await shot(p, '04-ending');
    await shot(presenter, '04-ending-presenter');
    await p.getByRole('textbox', { name: t('screen.ending.label') }).fill('Zaal');
    const roomLink = await p.getByRole('textbox', { name: t('screen.ending.linkLabel').replace('{{group}}', 'Zaal') }).inputValue();

    const g1 = (await app().open('#/', LAPTOP)).page;
    const g2 = (await app().open('#/', LAPTOP)).page;
    const l1 = await playGroup(g1, code, () => 'b', 'Groep 1', '05-g1');
    const l2 = await playGroup(g2, code, (m) => (m % 2 ? 'c' : 'a'), 'Groep 2', '06-g2');

    await presenter.keyboard.press('PageDown');
    await expect.poll(() => p.evaluate(() => window.location.hash)).toContain('/debrief?');
    for (let i = 0; i < 4; i += 1) {
      await p.locator('#room-slide-heading').waitFor();
      await shot(p, `07-room-${i}`);
      const before = await p.locator('#room-slide-heading').textContent();
      await p.keyboard.press('PageDown');
      await expect.poll(() => p.locator('#room-slide-heading').textContent()).not.toBe(before);
    }
    expect(roomLink).toContain('g=Zaal');
    await p.goBack();
    await p.getByRole('link', { name: t('screen.ending.compare') }).click();
    await p.getByRole('textbox', { name: text('nl', 'groups', 'compare.paste') }).fill([l1, l2].join('\n'));
    await p.getByRole('button', { name: text('nl', 'groups', 'compare.add') }).click();
    await p.getByRole('list', { name: 'Lijnen' }).waitFor();
    await shot(p, '08-compare');
    await p.screenshot({ path: `${SCREENSHOT_DIR}/mock-08-compare-full.png`, fullPage: true });
    await g1.getByRole('link', { name: t('screen.ending.groupPage') }).click();
    await g1.getByRole('button', { name: text('nl', 'groups', 'export.csv') }).waitFor();
    await shot(g1, '09-g1-grouppage');
  });
});
