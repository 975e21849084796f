/**
 * The screens beyond the main road: settings (opened and closed by keyboard, language chosen inside), the
 * comparison of two attempts, reduced motion, and every shipped scenario played to its ending. Each screen is
 * checked with axe-core and photographed into test-results/screenshots/.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser.ts';
import { SCREENSHOT_DIR, activateByKeyboard, expectNoAxeViolations, isFocused, screenshot, useHarness } from './harness.ts';
import { NAMES, mainHeading, openDebriefByKeyboard, optionGroup, playByKeys, startByKeyboard, text, type Lang } from './flows.ts';

const app = useHarness();

const settingsButton = (page: Page, lang: Lang) => page.getByRole('banner').getByRole('button', { name: NAMES[lang].settings });

describe('settings', () => {
  it('opens from the header by keyboard, offers the language choice, and closes with Escape', async () => {
    const { page } = await app().open('#/');
    await activateByKeyboard(page, settingsButton(page, 'nl'));
    const dialog = page.getByRole('dialog', { name: NAMES.nl.settings });
    await dialog.waitFor({ timeout: 5_000 });
    await expectNoAxeViolations(page, 'settings (nl)');
    await screenshot(page, 'settings-nl');

    // The language choice lives in the dialog too; choosing English relabels the dialog at once.
    await activateByKeyboard(page, dialog.getByRole('button', { name: NAMES.en.language, exact: true }));
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('dialog', { name: NAMES.en.settings }).waitFor({ timeout: 5_000 });
    await screenshot(page, 'settings-en');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => isFocused(settingsButton(page, 'en')), { message: 'focus back on the settings button' }).toBe(true);
  });

  it('is reachable from the conversation too', async () => {
    const { page } = await app().open('#/');
    await startByKeyboard(page, 'nl');
    await activateByKeyboard(page, settingsButton(page, 'nl'));
    await page.getByRole('dialog', { name: NAMES.nl.settings }).waitFor({ timeout: 5_000 });
    // Number keys belong to the dialog now: pressing 1 must not choose an option behind it.
    const before = await page.locator('main').innerText();
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('main').innerText()).toBe(before);
  });
});

describe('attempts', () => {
  it('keeps two attempts and compares them side by side', async () => {
    const { page } = await app().open('#/');
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { pick: () => 1 });
    // "Play again" from the ending starts attempt 2, which takes another road.
    await activateByKeyboard(page, page.getByRole('main').getByRole('button', { name: text('nl', 'ending', 'playAgain') }));
    await optionGroup(page, 'nl').waitFor();
    await playByKeys(page, 'nl', { pick: ({ optionCount }) => optionCount });
    await openDebriefByKeyboard(page, 'nl');
    await screenshot(page, 'debrief-second-attempt-nl');

    await activateByKeyboard(page, page.getByRole('main').getByRole('link', { name: text('nl', 'debrief', 'actions.attempts') }));
    await page.getByRole('heading', { level: 1, name: text('nl', 'attempts', 'title') }).waitFor({ timeout: 10_000 });
    const compare = page.getByRole('region', { name: text('nl', 'attempts', 'compare.heading') });
    await compare.waitFor();
    const shown = await compare.innerText();
    expect(shown).not.toContain(text('nl', 'attempts', 'compare.needTwo'));
    expect(shown).not.toContain(text('nl', 'attempts', 'compare.same'));
    expect(shown).toMatch(/Poging 1[\s\S]*Poging 2|Poging 2[\s\S]*Poging 1/);
    await expectNoAxeViolations(page, 'attempts and their comparison');
    await screenshot(page, 'attempts-compare-nl');
  });
});

describe('reduced motion', () => {
  it('runs no animation in the conversation when the system asks for reduced motion', async () => {
    const { page } = await app().open('#/', { reducedMotion: 'reduce' });
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { stopAfter: 1 });
    await page.waitForTimeout(50); // let a transition start if one was going to
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .map((animation) => {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          return `${animation.constructor.name} on ${target instanceof Element ? target.className || target.tagName : '?'}`;
        }),
    );
    expect(running).toEqual([]);
  });

  it('breathes in small steps when motion is allowed, so the browser draws a frame only when the breath moves', async () => {
    const { page } = await app().open('#/', { reducedMotion: 'no-preference' });
    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { stopAfter: 1 });
    const breaths = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation): animation is CSSAnimation => animation instanceof CSSAnimation && /^portrait-/.test(animation.animationName))
        .map((animation) => ({
          name: animation.animationName,
          running: animation.playState === 'running',
          easings: [...new Set((animation.effect as KeyframeEffect).getKeyframes().map((frame) => frame.easing))],
        })),
    );
    expect(breaths.map((breath) => breath.name).sort()).toEqual(['portrait-chest', 'portrait-rise']);
    for (const breath of breaths) {
      expect(breath.running).toBe(true);
      expect(breath.easings.every((easing) => /^steps\(\d+/.test(easing ?? ''))).toBe(true);
    }
  });
});

/** What the trainee sees first on the debrief: the viewport only, not the whole page. */
async function firstScreen(page: Page, name: string, { top = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (top) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

describe.each([
  ['desktop', { width: 1280, height: 800 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const)('the debrief summary (%s)', (device, viewport, touch) => {
  it('opens with the outcome, the costliest turns and what to try; links and the word list work by keyboard', async () => {
    const { page } = await app().open('#/', { viewport, touch });
    await startByKeyboard(page, 'nl', 'voorbeeld-bijstand');
    // The words next to the door and the meters are explained there too, by keyboard.
    const words = page.getByRole('complementary').getByText(text('nl', 'common', 'terms.toggle'));
    await activateByKeyboard(page, words);
    await expect.poll(() => words.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
    await expectNoAxeViolations(page, `conversation word list (${device})`);
    await firstScreen(page, `conversation-words-${device}-nl`, { top: false });
    await page.keyboard.press('Shift+Tab');
    await activateByKeyboard(page, words);
    await expect.poll(() => words.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(false);
    await playByKeys(page, 'nl', { pick: ({ turn, optionCount }) => 1 + (turn % optionCount) });
    await openDebriefByKeyboard(page, 'nl');
    const summary = page.getByRole('region', { name: text('nl', 'debrief', 'summary.heading') });
    await summary.waitFor();
    await expectNoAxeViolations(page, `debrief summary (${device})`);
    await firstScreen(page, `debrief-summary-${device}-nl`);
    await summary.screenshot({ path: join(SCREENSHOT_DIR, `debrief-summary-${device}-region-nl.png`), animations: 'disabled' });
    await screenshot(page, `debrief-summary-${device}-full-nl`);

    // The word list opens by keyboard.
    const toggle = page.getByRole('main').getByText(text('nl', 'common', 'terms.toggle'));
    await activateByKeyboard(page, toggle);
    await expect.poll(() => toggle.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
    await expectNoAxeViolations(page, `debrief word list (${device})`);

    // A "try next time" link moves focus to its turn without leaving the debrief.
    const links = summary.getByRole('link');
    if ((await links.count()) > 0) {
      const first = links.first();
      const target = (await first.getAttribute('href'))!.slice(1);
      const hash = await page.evaluate(() => location.hash);
      await activateByKeyboard(page, first);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
      expect(await page.evaluate(() => location.hash)).toBe(hash);
      await firstScreen(page, `debrief-summary-${device}-after-link-nl`, { top: false });
      await page
        .locator(`[id="${target}"]`)
        .screenshot({ path: join(SCREENSHOT_DIR, `debrief-turn-${device}-nl.png`), animations: 'disabled' });
    }
  });
});

/** The shipped scenarios, from their file names (translations are `<id>.en.yaml`). */
const SHIPPED = readdirSync(join(ROOT, 'scenarios'))
  .map((file) => /^([a-z0-9-]+)\.yaml$/.exec(file)?.[1])
  .filter((id): id is string => !!id);

describe.each(SHIPPED)('shipped scenario %s', (id) => {
  it.each([
    ['first', 'nl'],
    ['last', 'en'],
  ] as const)('is listed and can be played to its ending by keyboard, always taking the %s option (%s)', async (road, lang) => {
    const { page } = await app().open('#/', { lang });
    await startByKeyboard(page, lang, id);
    const turns = await playByKeys(page, lang, { pick: ({ optionCount }) => (road === 'first' ? 1 : optionCount) });
    expect(turns).toBeGreaterThan(0);
    await expect.poll(() => mainHeading(page).count()).toBe(1);
    await screenshot(page, `scenario-${id}-${road}-ending-${lang}`);
    await openDebriefByKeyboard(page, lang);
    await screenshot(page, `scenario-${id}-${road}-debrief-${lang}`);
  });
});
