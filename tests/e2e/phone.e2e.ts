/**
 * Ruimte on a phone, at 360×740 and 390×844. Per size one trainee plays the warming-up twice: first by touch
 * the client-first way, then (after "play again") by keyboard the system-first way. After every choice the
 * client's newest line must be in view and not under the sticky client bar; the ending shows the last words;
 * the debrief and the comparison of the two attempts must not be wider than the screen, their charts must keep
 * labels of at least 12 px, and axe must find nothing. Each step is photographed into test-results/screenshots/
 * (phone-<size>-<style>-…), a series to look at.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activateByKeyboard, expectNoAxeViolations, tabTo, useHarness } from './harness.ts';
import { SCENARIO, debriefLink, mainHeading, optionButtons, optionGroup, scenarioLink, startLabel, text } from './flows.ts';

const app = useHarness();

/** How each style starts every answer in this scenario (Dutch): the client first, or the paperwork first. */
const STYLES = {
  'client-first': [
    'Welkom, goed dat u er bent',
    'Het is nieuw voor u',
    'We hebben nog een half uur',
    'Wat is er gebeurd',
    'Zullen we het samen opschrijven',
  ],
  'system-first': [
    'Goedemorgen. Heeft u uw identiteitsbewijs',
    'Oké. Dan beginnen we met uw gegevens',
    'Voor uw aanvraag hebben we nodig',
    'Sinds wanneer bent u werkloos',
    'U levert binnen veertien dagen',
  ],
} as const;
type Style = keyof typeof STYLES;

/** A viewport-sized picture (what the trainee sees), unlike the harness's full-page screenshot. */
async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' });
}

/** A long page as screen-sized pictures, top to bottom (…-01.png, …-02.png), as a trainee scrolls it. */
async function snapScrolled(page: Page, name: string): Promise<void> {
  const { total, width, height } = await page.evaluate(() => ({
    total: document.documentElement.scrollHeight,
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  for (let y = 0, i = 1; y < total && i <= 30; y += height, i++) {
    await page.screenshot({
      path: `test-results/screenshots/${name}-${String(i).padStart(2, '0')}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
      animations: 'disabled',
    });
  }
}

/** The 1-based number of the option this style picks (options are in a seeded order). */
async function pickFor(page: Page, style: Style): Promise<number> {
  const texts = await optionButtons(page, 'nl').allInnerTexts();
  const index = texts.findIndex((option) => STYLES[style].some((start) => option.includes(start)));
  expect(index, `no ${style} option among:\n${texts.join('\n')}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The newest turn's client lines and the sticky bar, measured as the trainee sees them. */
function newestLines(page: Page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll<HTMLElement>('.transcript .line--client')];
    const turn = Math.max(...lines.map((line) => Number(line.dataset.turn)));
    const boxes = lines.filter((line) => Number(line.dataset.turn) === turn).map((line) => line.getBoundingClientRect());
    const bar = document.querySelector('.conversation__client')!.getBoundingClientRect();
    return {
      turn,
      boxes: boxes.map((b) => ({ top: b.top, bottom: b.bottom })),
      barBottom: bar.bottom,
      barTop: bar.top,
      height: window.innerHeight,
    };
  });
}

/** Plays to the ending in one style, by touch or by number keys; checks the reply is in view after each choice. */
async function play(page: Page, style: Style, input: 'touch' | 'keys', tag: string): Promise<void> {
  for (let turn = 1; turn <= 10; turn++) {
    if ((await optionGroup(page, 'nl').count()) === 0) return;
    const choice = await pickFor(page, style);
    const before = (await newestLines(page)).turn;
    if (input === 'touch')
      await optionButtons(page, 'nl')
        .nth(choice - 1)
        .tap();
    else await page.keyboard.press(String(choice));
    await expect
      .poll(async () => (await optionGroup(page, 'nl').count()) === 0 || (await newestLines(page)).turn > before, { timeout: 10_000 })
      .toBe(true);
    if ((await optionGroup(page, 'nl').count()) === 0) return;
    const seen = await newestLines(page);
    expect(seen.boxes.length, `turn ${turn}: a client line`).toBeGreaterThan(0);
    const last = seen.boxes[seen.boxes.length - 1]!;
    const first = seen.boxes[0]!;
    // The newest line is inside the viewport and below the bar (not covered by it); so is the first reply.
    for (const [what, box] of [
      ['newest client line', last],
      ['first reply', first],
    ] as const) {
      expect(box.top, `turn ${turn}: ${what} top (bar ends at ${seen.barBottom})`).toBeGreaterThanOrEqual(
        Math.max(0, seen.barTop >= 0 ? seen.barBottom : 0) - 1,
      );
      expect(box.bottom, `turn ${turn}: ${what} bottom`).toBeLessThanOrEqual(seen.height + 1);
    }
    if (turn === 1) await expectNoAxeViolations(page, `${tag}: conversation after a choice`);
    await snap(page, `${tag}-turn-${turn}`);
  }
  throw new Error('the conversation did not end');
}

/** Nothing wider than the screen: the page and every table container (scrollWidth ≤ clientWidth). */
async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const wide = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('.table-scroll, table')) {
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.className || element.tagName} ${element.scrollWidth} > ${element.clientWidth}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const right = element.getBoundingClientRect().right;
      if (right > root.clientWidth + 1)
        found.push(`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ends at ${Math.round(right)}`);
    }
    return found.slice(0, 12);
  });
  expect(wide, `${where}: wider than the screen`).toEqual([]);
}

/** Every chart label at least 12 CSS px as drawn (font size times the SVG's scale). */
async function expectReadableCharts(page: Page, where: string): Promise<void> {
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.line-chart')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((label) => Number.parseFloat(getComputedStyle(label).fontSize) * scale);
    }),
  );
  expect(sizes.length, `${where}: charts with labels`).toBeGreaterThan(0);
  expect(Math.min(...sizes), `${where}: smallest chart label in px`).toBeGreaterThanOrEqual(12);
}

async function checkDebrief(page: Page, tag: string): Promise<void> {
  await expect.poll(() => mainHeading(page).first().textContent(), { timeout: 15_000 }).toBe('Nabespreking');
  // The per-turn numbers are behind a disclosure; open it so its table is checked too.
  const details = page.locator('main details.chart-table summary');
  for (let i = 0; i < (await details.count()); i++) await details.nth(i).click();
  await expectNoHorizontalOverflow(page, `${tag} debrief`);
  await expectReadableCharts(page, `${tag} debrief`);
  await expectNoAxeViolations(page, `${tag} debrief`);
  await snapScrolled(page, `${tag}-debrief`);
}

async function expectInView(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const height = await locator.page().evaluate(() => window.innerHeight);
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(height);
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
}

describe.each([
  { width: 360, height: 740 },
  { width: 390, height: 844 },
])('phone $width×$height', (viewport) => {
  it('plays to the debrief by touch and by keyboard, reply in view after every choice, nothing too wide', async () => {
    const size = `phone-${viewport.width}x${viewport.height}`;
    const { page } = await app().open('#/', { viewport, touch: true });

    // Library → briefing by touch; the briefing says where the start button is.
    await scenarioLink(page).tap();
    await page.waitForURL(new RegExp(`#/s/${SCENARIO}$`));
    const jump = page.getByRole('button', { name: text('nl', 'briefing', 'jumpToStart') });
    await expectInView(jump, 'the hint to the start button');
    // A heading that receives focus as the screen opens gets no ring.
    expect(await mainHeading(page).evaluate((h) => (h === document.activeElement ? getComputedStyle(h).outlineStyle : 'not focused'))).toBe(
      'none',
    );
    await expectNoAxeViolations(page, `${size} briefing`);
    await snap(page, `${size}-client-first-0-briefing`);
    await jump.tap();
    const start = page.getByRole('button', { name: startLabel('nl') });
    await expect.poll(() => start.evaluate((b) => b === document.activeElement)).toBe(true);
    await expectInView(start, 'the start button after the hint');
    await start.tap();
    await optionGroup(page, 'nl').waitFor();
    await snap(page, `${size}-client-first-0-start`);

    // Client-first by touch.
    await play(page, 'client-first', 'touch', `${size}-client-first`);
    await debriefLink(page, 'nl').first().waitFor();
    const scene = page.getByRole('region', { name: /aan het eind/ });
    await scene.waitFor();
    expect(await scene.getByRole('img').count(), 'the portrait on the ending').toBeGreaterThan(0);
    expect(await scene.locator('.line').count(), 'the last words on the ending').toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, `${size} ending`);
    await expectNoAxeViolations(page, `${size} ending`);
    await snap(page, `${size}-client-first-ending`);
    await debriefLink(page, 'nl').first().tap();
    await checkDebrief(page, `${size}-client-first`);

    // Again, system-first by keyboard (Tab, Enter and the number keys).
    await activateByKeyboard(page, page.getByRole('main').getByRole('button', { name: text('nl', 'debrief', 'actions.playAgain') }));
    await optionGroup(page, 'nl').waitFor();
    await play(page, 'system-first', 'keys', `${size}-system-first`);
    await debriefLink(page, 'nl').first().waitFor();
    await snap(page, `${size}-system-first-ending`);
    await activateByKeyboard(page, debriefLink(page, 'nl'));
    await checkDebrief(page, `${size}-system-first`);

    // The two attempts compared.
    await tabTo(page, page.getByRole('main').getByRole('link', { name: text('nl', 'debrief', 'actions.attempts') }));
    await page.keyboard.press('Enter');
    const compare = page.getByRole('region', { name: text('nl', 'attempts', 'compare.heading') });
    await compare.waitFor({ timeout: 10_000 });
    expect(await compare.innerText()).not.toContain(text('nl', 'attempts', 'compare.needTwo'));
    const details = compare.locator('details summary');
    for (let i = 0; i < (await details.count()); i++) await details.nth(i).tap();
    await expectNoHorizontalOverflow(page, `${size} comparison`);
    await expectReadableCharts(page, `${size} comparison`);
    await expectNoAxeViolations(page, `${size} comparison`);
    await snapScrolled(page, `${size}-compare`);
  }, 240_000);
});

describe('first visit', () => {
  it('follows the browser language when nothing was chosen, and a choice made wins after a reload', async () => {
    const { page } = await app().open('#/', { locale: 'en-GB' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.reload();
    await mainHeading(page).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
