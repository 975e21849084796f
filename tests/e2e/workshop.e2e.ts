/**
 * Workshop mode in the browser: the trainer's library and code screen, a whole conversation by keyboard and by
 * clicker keys alone, axe on every step, everything on one projector screen (1280×720 CSS pixels at 150% and at
 * 100%), nothing of the client's inner state in the accessibility tree before "Onthul", the same letters and
 * lines for two groups with one code, and the presenter window driving the projected one (BroadcastChannel).
 * Screenshots: test-results/screenshots/workshop-*.png (viewport-sized, as the projector shows them).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/browser.ts';
import { describe, expect, it } from 'vitest';
import { activateByKeyboard, expectNoAxeViolations, screenshot, SCREENSHOT_DIR, tabTo, useHarness, waitForApp } from './harness.ts';
import { mainHeading, text } from './flows.ts';

const app = useHarness();

const SCENARIO = 'warming-up-welkom';
const CODE = 'K7M2Q';
const PROJECTOR = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 } as const;
const LAPTOP = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 } as const;

const t = (key: string) => text('nl', 'facilitator', key);
/** Every shipped scenario (the Dutch files; translations are `<id>.en.yaml`). */
const SHIPPED = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml') && !/\.[a-z]{2}\.yaml$/.test(f))
  .map((f) => f.replace(/\.yaml$/, ''));
const stepName = (step: string, name = 'Dennis') => t(`screen.steps.${step}`).replace('{{name}}', name);

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/workshop-${name}.png`, animations: 'disabled' });
}

/** The step marked current in the step list. */
async function currentStep(page: Page): Promise<string> {
  return (await page.locator('main [aria-current="step"]').first().innerText()).trim();
}

async function waitForStep(page: Page, step: string, name = 'Dennis'): Promise<void> {
  const wanted = stepName(step, name);
  await expect.poll(() => currentStep(page), { timeout: 10_000 }).toContain(wanted);
}

async function openWorkshop(page: Page, code = CODE, scenario = SCENARIO): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/workshop/${scenario}/${code}`);
  await page.locator('main [aria-current="step"]').first().waitFor({ timeout: 15_000 });
}

const optionsRegion = (page: Page) => page.getByRole('region', { name: t('screen.optionsHeading'), exact: false });

/** Press PageDown until the ending (a clicker alone); calls `at` on every step. */
async function clickerToEnd(page: Page, at?: (step: string) => Promise<void>): Promise<number> {
  let presses = 0;
  for (; presses < 400; presses += 1) {
    const step = await currentStep(page);
    if (at) await at(step);
    if (step.includes(stepName('ending'))) return presses;
    await page.keyboard.press('PageDown');
    await expect.poll(() => currentStep(page).then((s) => s !== step || s.includes(stepName('ending'))), { timeout: 5_000 }).toBe(true);
  }
  throw new Error('The clicker did not reach the ending in 400 presses');
}

/** Boxes that must be on screen together: the client's line, the portrait, the door (or its placeholder), every option. */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const check = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5 || r.height === 0) {
        problems.push(
          `${what} at ${Math.round(r.top)}–${Math.round(r.bottom)} × ${Math.round(r.left)}–${Math.round(r.right)} (viewport ${vw}×${vh})`,
        );
      }
    };
    document.querySelectorAll('.workshop__option').forEach((el, i) => check(el, `option ${String.fromCharCode(65 + i)}`));
    document.querySelectorAll('.workshop__line').forEach((el, i) => check(el, `client line ${i + 1}`));
    document.querySelectorAll('.workshop__portrait svg').forEach((el) => check(el, 'portrait'));
    document.querySelectorAll('.workshop__hidden, .room').forEach((el) => check(el, 'door'));
    if (document.documentElement.scrollHeight > vh + 1) problems.push(`page scrolls: ${document.documentElement.scrollHeight} > ${vh}`);
    // The talk column must not need its own scrollbar either (an option under its edge is off screen too).
    const talk = document.querySelector('.workshop__talk');
    if (talk && talk.scrollHeight > talk.clientHeight + 1)
      problems.push(`talk column scrolls: ${talk.scrollHeight} > ${talk.clientHeight}`);
    return problems;
  });
}

/** Every name and value in the accessibility tree (Chromium's, through the DevTools protocol). */
async function accessibleTexts(page: Page): Promise<{ texts: string[]; roles: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string }; value?: { value?: string } }[];
  };
  await cdp.detach();
  const live = nodes.filter((n) => !n.ignored);
  return {
    texts: live.flatMap((n) => [n.name?.value, n.value?.value].filter((v): v is string => typeof v === 'string' && v.length > 0)),
    roles: live.map((n) => n.role?.value ?? ''),
  };
}

describe('workshop mode', () => {
  it("the trainer's library and the code screen lead to the projected workshop; axe is clean on both", async () => {
    const { page } = await app().open('#/workshop', LAPTOP);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(t('library.title'));
    await expectNoAxeViolations(page, 'workshop library');
    await snap(page, 'library');
    await page.locator(`a[href="#/workshop/${SCENARIO}"]`).click();
    await expect.poll(() => page.locator('main h1').innerText()).toContain('Warming-up');
    await expectNoAxeViolations(page, 'workshop start');
    // A wrong code is refused with the reason; a typed code opens that workshop.
    const field = page.getByRole('textbox', { name: t('start.codeLabel') });
    await field.fill('k0m2q');
    await page.getByRole('button', { name: t('start.join') }).click();
    await expect.poll(() => page.getByText(t('start.problems.characters')).count()).toBe(1);
    await expectNoAxeViolations(page, 'workshop start with an error');
    await snap(page, 'start');
    await field.fill('k7m-2q');
    await page.getByRole('button', { name: t('start.join') }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/workshop/${SCENARIO}/${CODE}`);
    await waitForStep(page, 'client');
  });

  it('keyboard only: Tab and Enter on the buttons, letters for the votes, R for the reveal, to the ending; axe on every step', async () => {
    const { page } = await app().open(`#/workshop/${SCENARIO}`, PROJECTOR);
    await activateByKeyboard(page, page.getByRole('button', { name: t('start.beginNew') }));
    await waitForStep(page, 'client');
    const next = page.getByRole('button', { name: t('screen.next') });
    const checked = new Set<string>();
    for (let moment = 1; moment <= 12; moment += 1) {
      if ((await currentStep(page)).includes(stepName('ending'))) break;
      const stepsSeen: string[] = [];
      const visit = async (name: string) => {
        stepsSeen.push(name);
        if (!checked.has(name)) {
          checked.add(name);
          await expectNoAxeViolations(page, `workshop step ${name}`);
          await snap(page, `projector-${name}`);
        }
      };
      await visit('client');
      await activateByKeyboard(page, next);
      await waitForStep(page, 'options');
      await visit('options');
      await page.keyboard.press('Enter'); // focus stays on "Volgende stap"
      await waitForStep(page, 'vote');
      // Three hands for B, one for A: typed as letters (focus is on a button, not in a number field).
      for (const key of ['b', 'B', 'a', 'b']) await page.keyboard.press(key);
      await expect
        .poll(() => page.getByRole('spinbutton', { name: t('screen.votesFor').replace('{{letter}}', 'B') }).inputValue())
        .toBe('3');
      await visit('vote');
      await activateByKeyboard(page, next);
      await waitForStep(page, 'confirm');
      await expect.poll(() => page.getByText(t('screen.decision.majority').replace('{{letter}}', 'B')).count()).toBe(1);
      await visit('confirm');
      await activateByKeyboard(page, next);
      await waitForStep(page, 'reaction');
      await visit('reaction');
      await page.keyboard.press('r');
      await waitForStep(page, 'reveal');
      await visit('reveal');
      await activateByKeyboard(page, next);
      await waitForStep(page, 'whatif');
      await visit('whatif');
      await activateByKeyboard(page, next);
    }
    await waitForStep(page, 'ending');
    await expectNoAxeViolations(page, 'workshop ending');
    await snap(page, 'projector-ending');
    const debrief = page.getByRole('link', { name: t('screen.ending.debrief') });
    expect(await debrief.getAttribute('href')).toMatch(new RegExp(`^#/workshop/${SCENARIO}/debrief\\?f=1&`));
    await tabTo(page, debrief);
    expect(await page.getByRole('button', { name: t('screen.ending.again') }).count()).toBe(1);
    // The room's path is kept for the debrief for the room.
    const record = await page.evaluate((id) => JSON.parse(window.localStorage.getItem(`ruimte.workshop.room:${id}`) ?? 'null'), SCENARIO);
    expect(record.choices.length).toBeGreaterThanOrEqual(5);
    expect(
      record.votes.every((v: { counts: Record<string, number> } | null) => v && Object.values(v.counts).reduce((a, b) => a + b, 0) === 4),
    ).toBe(true);
  });

  it('a clicker alone (PageDown only) reaches the ending, and PageUp walks back', async () => {
    const { page } = await app().open('#/', PROJECTOR);
    await openWorkshop(page, 'HHHHH');
    const presses = await clickerToEnd(page);
    expect(presses).toBeGreaterThan(20);
    // One more press goes on to the debrief for the room.
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(new RegExp(`^#/workshop/${SCENARIO}/debrief\\?f=1&`));
    await page.goBack();
    await waitForStep(page, 'ending');
    await page.keyboard.press('PageUp');
    await waitForStep(page, 'whatif');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('PageUp');
    await waitForStep(page, 'confirm');
  });

  for (const [label, size] of [
    ['150% on 1920×1080', PROJECTOR],
    ['100% on 1280×720', LAPTOP],
  ] as const) {
    it(`fits on one screen at ${label}: client line, portrait, door and every option, at every step, in every scenario`, async () => {
      const { page } = await app().open('#/', size);
      const problems: string[] = [];
      for (const scenario of SHIPPED) {
        await openWorkshop(page, 'B2B2B', scenario);
        let moment = 0;
        await clickerToEnd(page, async (step) => {
          if (step.includes(t('screen.steps.whatif')) || step.includes(t('screen.steps.ending'))) return;
          const found = await offScreen(page);
          problems.push(...found.map((p) => `${scenario} moment ${moment + 1} ${step}: ${p}`));
          if (found.length > 0) await snap(page, `unfit-${size.deviceScaleFactor}-${scenario}-${moment + 1}`);
          // Each moment takes another letter (A, B, C, …), so the path differs from the clicker-only run.
          if (step.includes(t('screen.steps.confirm'))) {
            const count = await optionsRegion(page).getByRole('listitem').count();
            await page.keyboard.press(String.fromCharCode(65 + (moment % count)));
            moment += 1;
            if (moment <= 2) await snap(page, `fit-${size.deviceScaleFactor}-${scenario}-${moment}`);
          }
        });
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }

  it('hidden means hidden: before "Onthul" no thought, door, room number or meter is in the accessibility tree', async () => {
    const { page } = await app().open('#/', PROJECTOR);
    await openWorkshop(page);
    const thought = 'Te laat. Lekker begin.';
    const door = /Mentale ruimte|ruimte: \d+/i;
    for (const step of ['client', 'options', 'vote', 'confirm', 'reaction']) {
      await waitForStep(page, step);
      const { texts, roles } = await accessibleTexts(page);
      expect(
        texts.filter((s) => s.includes(thought) || door.test(s) || /^\d+ → \d+/.test(s)),
        step,
      ).toEqual([]);
      expect(
        roles.filter((r) => r === 'meter' || r === 'progressbar'),
        step,
      ).toEqual([]);
      expect(await page.locator('.room, .workshop__numbers, .workshop__thought').count(), step).toBe(0);
      await page.keyboard.press('PageDown');
    }
    await waitForStep(page, 'reveal');
    const { texts } = await accessibleTexts(page);
    expect(texts.some((s) => door.test(s))).toBe(true);
    expect(texts.some((s) => s.includes(thought))).toBe(true);
    await screenshot(page, 'workshop-revealed-full');
  });

  it('two pages with the same code show the same letters and client lines at every moment', async () => {
    const a = (await app().open('#/', LAPTOP)).page;
    const b = (await app().open('#/', { ...LAPTOP, lang: 'nl' })).page;
    await openWorkshop(a, 'Z9Y8X');
    await openWorkshop(b, 'Z9Y8X');
    const seen = async (page: Page) => {
      const lines = await page.locator('.workshop__line').allInnerTexts();
      const options = await optionsRegion(page).getByRole('listitem').allInnerTexts();
      return { lines, options };
    };
    for (let moment = 0; moment < 5; moment += 1) {
      for (const page of [a, b]) {
        await page.keyboard.press('PageDown');
        await page.keyboard.press('PageDown');
        await waitForStep(page, 'vote');
      }
      const [sa, sb] = [await seen(a), await seen(b)];
      expect(sa.options.length).toBeGreaterThanOrEqual(2);
      expect(sb).toEqual(sa);
      // Both groups choose the last letter, so they stay on the same path.
      const last = String.fromCharCode(64 + sa.options.length);
      for (const page of [a, b]) {
        await page.keyboard.press(last);
        for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageDown');
      }
      if ((await currentStep(a)).includes(stepName('ending'))) break;
      await waitForStep(a, 'client');
      await waitForStep(b, 'client');
    }
  });

  it('the presenter window opens from the button and drives the projected window (BroadcastChannel)', async () => {
    const { page, context } = await app().open('#/', PROJECTOR);
    await openWorkshop(page);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: t('screen.presenter') }).click(),
    ]);
    await waitForApp(presenter);
    await expect
      .poll(() => presenter.locator('main h1').innerText())
      .toContain(text('nl', 'facilitator', 'presenter.heading').replace('{{name}}', 'Dennis Kuipers'));
    // The discuss questions of the first moment are there, for the trainer only.
    await expect.poll(() => presenter.getByText('Wat ziet u aan Dennis als hij binnenkomt?').count()).toBe(1);
    expect(await page.getByText('Wat ziet u aan Dennis als hij binnenkomt?').count()).toBe(0);
    await expectNoAxeViolations(presenter, 'presenter window');
    await presenter.getByRole('button', { name: t('screen.next') }).click();
    await waitForStep(page, 'options');
    await presenter.keyboard.press('PageDown');
    await waitForStep(page, 'vote');
    // Votes typed on the projected window show up in the presenter.
    await page.keyboard.press('c');
    await page.keyboard.press('c');
    await expect.poll(() => presenter.getByText('C 2 stemmen').count()).toBe(1);
    await snap(presenter, 'presenter');
    // And the other way round: the projected window moves the presenter.
    await page.keyboard.press('PageDown');
    await waitForStep(presenter, 'confirm');
    await screenshot(presenter, 'workshop-presenter-full');

    // At the ending the presenter shows how it ended and the questions for the debrief, not the last moment's notes.
    await clickerToEnd(page);
    await waitForStep(presenter, 'ending');
    await presenter.getByRole('heading', { name: t('presenter.ending.questions') }).waitFor();
    expect(await presenter.getByRole('heading', { name: t('presenter.notes') }).count()).toBe(0);
    expect(await presenter.getByRole('heading', { name: t('presenter.discuss') }).count()).toBe(0);
    await expectNoAxeViolations(presenter, 'presenter window at the ending');
    await snap(presenter, 'presenter-ending');
    // PageDown in the presenter puts the room debrief on the projector; its last slide leads out of it.
    await presenter.keyboard.press('PageDown');
    const heading = page.locator('#room-slide-heading');
    await heading.waitFor();
    await page.bringToFront();
    await page.keyboard.press('End');
    await expect.poll(() => heading.textContent()).toBe(g('room.end'));
    await expectNoAxeViolations(page, 'room debrief: last slide');
    await snap(page, 'room-debrief-end');
    await page.getByRole('link', { name: g('room.newSession') }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/workshop/${SCENARIO}`);
  });

  it("speaks English when the trainer chose English: the UI and the scenario's lines, the presenter's questions too", async () => {
    const { page } = await app().open('#/', { ...PROJECTOR, lang: 'en' });
    await openWorkshop(page);
    await expect
      .poll(() => page.locator('main h1').innerText())
      .toBe(text('en', 'facilitator', 'screen.heading').replace('{{name}}', 'Dennis Kuipers'));
    expect(await page.locator('.workshop__line').first().innerText()).toContain('The bus');
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('PageDown');
    await expectNoAxeViolations(page, 'workshop in English');
    await snap(page, 'projector-en-vote');
    const presenter = await page.context().newPage();
    await presenter.goto(`${app().origin}/#/workshop/${SCENARIO}/${CODE}/presenter`);
    await waitForApp(presenter);
    await expect.poll(() => presenter.getByText('What do you notice about Dennis as he comes in?', { exact: false }).count()).toBe(1);
    await expect.poll(() => currentStep(presenter)).toContain(text('en', 'facilitator', 'screen.steps.vote'));
  });
});

const g = (key: string) => text('nl', 'groups', key);
const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

describe('workshop mode, live session to the groups', () => {
  it('a live session played by keys goes into its own room debrief with its votes; two named groups meet in the compare view', async () => {
    const code = 'JN2RQ';
    const { page } = await app().open('#/', PROJECTOR);
    await openWorkshop(page, code);
    // Moment 1: the room votes 3 × A and 2 × B by letter keys; everything else is the clicker's PageDown.
    let voted = false;
    await clickerToEnd(page, async (step) => {
      if (voted || !step.includes(stepName('vote'))) return;
      voted = true;
      for (const key of ['a', 'a', 'b', 'a', 'b']) await page.keyboard.press(key);
    });
    expect(voted).toBe(true);
    await expectNoAxeViolations(page, 'workshop ending with the group panel');
    const label = page.getByRole('textbox', { name: t('screen.ending.label') });
    await label.fill('Groep 1');
    await snap(page, 'ending-share');
    const linkOf = (p: Page, group: string) =>
      p.getByRole('textbox', { name: t('screen.ending.linkLabel').replace('{{group}}', group) }).inputValue();
    const firstLink = await linkOf(page, 'Groep 1');
    expect(firstLink).toContain(`#/workshop/${SCENARIO}/group?f=1&`);
    expect(firstLink).toContain('g=Groep+1');

    // The clicker goes on into the debrief for the room of exactly this session.
    await page.keyboard.press('PageDown');
    await expect.poll(() => hashOf(page)).toMatch(new RegExp(`^#/workshop/${SCENARIO}/debrief\\?f=1&.*g=Groep\\+1`));
    const heading = page.locator('#room-slide-heading');
    await heading.waitFor();
    expect(await page.locator('.room-debrief__title').innerText()).toContain(`Groep 1 · sessiecode ${code}`);
    for (let i = 0; i < 4 && (await heading.textContent()) !== 'Beurt 1'; i += 1) {
      const before = await heading.textContent();
      await page.keyboard.press('PageDown');
      await expect.poll(() => heading.textContent()).not.toBe(before);
    }
    expect(await heading.textContent()).toBe('Beurt 1');
    expect(await page.locator('.room-moment__option--chosen').innerText()).toContain(g('votes_other').replace('{{count}}', '3'));
    expect(await page.locator('main').innerText()).toContain(g('votes_other').replace('{{count}}', '2'));
    await expectNoAxeViolations(page, 'room debrief from the live session');
    await snap(page, 'room-debrief-live');

    // The address without a record shows the session kept in this browser.
    await page.evaluate((hash) => (window.location.hash = hash), `#/workshop/${SCENARIO}/debrief`);
    await expect.poll(() => page.locator('.room-debrief__title').innerText()).toContain('Groep 1');

    // A second group on another laptop (its own browser), same code, another name.
    const other = await app().open('#/', LAPTOP);
    const b = other.page;
    await other.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app().origin });
    // This group names itself before it starts, on the code screen.
    await b.evaluate((hash) => (window.location.hash = hash), `#/workshop/${SCENARIO}`);
    await b.getByRole('textbox', { name: t('start.codeLabel') }).fill(code.toLowerCase());
    await b.getByRole('textbox', { name: t('start.groupLabel') }).fill('Groep 2');
    await expectNoAxeViolations(b, 'workshop start with a group name');
    await b.getByRole('button', { name: t('start.join') }).click();
    await b.locator('main [aria-current="step"]').first().waitFor();
    await clickerToEnd(b);
    expect(await b.getByRole('textbox', { name: t('screen.ending.label') }).inputValue()).toBe('Groep 2');
    const secondLink = await linkOf(b, 'Groep 2');
    expect(secondLink).toContain('g=Groep+2');
    await b.getByRole('button', { name: t('screen.ending.copy') }).click();
    await b.getByRole('status').getByText(t('screen.ending.copied')).waitFor();
    expect(await b.evaluate(() => navigator.clipboard.readText())).toBe(secondLink);
    // The group page with the exports is one link away.
    await b.getByRole('link', { name: t('screen.ending.groupPage') }).click();
    await expect.poll(() => mainHeading(b).first().textContent()).toBe(g('group.title').replace('{{group}}', 'Groep 2'));
    expect(await b.getByRole('button', { name: g('export.csv') }).count()).toBe(1);

    // The trainer pastes both links into the compare view: two series, each with its group's name.
    await page.evaluate((hash) => (window.location.hash = hash), `#/workshop/${SCENARIO}/compare`);
    await page.getByRole('textbox', { name: g('compare.paste') }).fill(`${firstLink}\n${secondLink}`);
    await page.getByRole('button', { name: g('compare.add') }).click();
    const legend = page.getByRole('list', { name: 'Lijnen' });
    await legend.waitFor();
    const names = await legend.getByRole('listitem').allInnerTexts();
    expect(names).toHaveLength(2);
    expect(names[0]).toContain('Groep 1');
    expect(names[1]).toContain('Groep 2');
    expect(await page.locator('.comparison__chart svg.line-chart').first().locator('.line-chart__series').count()).toBe(2);
    await expectNoAxeViolations(page, 'compare view with the live groups');
  });

  it('the debrief for the room without a session in the address or the browser says where it comes from, axe-clean', async () => {
    const { page } = await app().open(`#/workshop/${SCENARIO}/debrief`, LAPTOP);
    await expect.poll(() => mainHeading(page).first().textContent()).toBe(g('room.noRecordTitle'));
    await expectNoAxeViolations(page, 'room debrief without a session');
  });

  it('in the presenter window PageDown at the ending moves the projector into the room debrief', async () => {
    const { page, context } = await app().open('#/', PROJECTOR);
    await openWorkshop(page, 'PR3SN');
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: t('screen.presenter') }).click(),
    ]);
    await waitForApp(presenter);
    await clickerToEnd(presenter);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => hashOf(page)).toMatch(new RegExp(`^#/workshop/${SCENARIO}/debrief\\?f=1&`));
    expect(await hashOf(presenter)).toBe(`#/workshop/${SCENARIO}/PR3SN/presenter`);
  });
});
