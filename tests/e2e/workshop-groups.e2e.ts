/**
 * A workshop's groups in the browser: a group link rebuilds exactly the conversation the engine plays for
 * that code and those choices; the compare view overlays three named groups; the room's debrief moves with a
 * clicker's PageDown/PageUp alone; every screen is axe-clean; the A4 print of a group's session is photographed.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser.ts';
import { lineText, replay, selectOptions, type ClientState, type CompiledScenario } from '../../src/engine/index.ts';
import { seedForCode } from '../../src/features/workshop/session-code.ts';
import { compareQuery } from '../../src/features/workshop/compare-groups.view.ts';
import { groupLink } from '../../src/features/workshop/group-link.ts';
import type { WorkshopRecord } from '../../src/features/workshop/workshop-record.ts';
import { loadShipped, mustCompile } from '../helpers/scenarios.ts';
import { expectNoAxeViolations, isFocused, screenshot, useHarness } from './harness.ts';
import { SCENARIO, mainHeading } from './flows.ts';

const app = useHarness();
const scenario: CompiledScenario = mustCompile(resolve(ROOT, 'scenarios', `${SCENARIO}.yaml`));
const CODE = 'KAN42';

/** Play to the end with the engine, always the option at `position` (as the room saw the letters). */
function play(position: (turn: number, count: number) => number): ClientState {
  const seed = seedForCode(CODE);
  let state = replay(scenario, [], { seed });
  while (!state.ending) {
    const options = selectOptions(scenario, state);
    const pick = options[Math.min(options.length - 1, position(state.choices.length, options.length))]!;
    state = replay(scenario, [...state.choices, pick.id], { seed });
    if (state.choices.length > 40) throw new Error('no ending');
  }
  return state;
}

function recordOf(group: string, state: ClientState): WorkshopRecord {
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    code: CODE,
    group,
    choices: [...state.choices],
    votes: state.choices.map((id, turn) => (turn === 1 ? null : { counts: { [id]: 5 + turn } })),
  };
}

/**
 * Every line the client speaks, per moment, as the engine's transcript has them: the line that opens the
 * moment (said after the previous turn), and the reply to the choice. Seeded variants make these differ by code.
 */
const spokenPerMoment = (state: ClientState) =>
  state.choices.map((_, i) => {
    const client = state.transcript.filter((e) => e.speaker === 'client' && e.kind !== 'thought');
    const text = (e: (typeof client)[number]) => lineText(scenario, e.line, 'nl');
    return {
      said: client.filter((e) => e.kind === 'client-line' && e.turn === i).map(text),
      replies: client.filter((e) => e.kind !== 'client-line' && e.turn === i + 1).map(text),
    };
  });

const first = play(() => 0);
const second = play((turn, n) => (turn + 1) % n);
const third = play((_, n) => n - 1);

const slideHeading = (page: Page) => page.locator('#room-slide-heading');

/** A path through any scenario for the code, picking by position; every turn voted on by all four letters. */
function pathRecord(of: CompiledScenario, position: (turn: number, count: number) => number): WorkshopRecord {
  const seed = seedForCode(CODE);
  let state = replay(of, [], { seed });
  const votes: WorkshopRecord['votes'] = [];
  while (!state.ending && state.choices.length <= 40) {
    const options = selectOptions(of, state);
    const pick = options[Math.min(options.length - 1, position(state.choices.length, options.length))]!;
    votes.push({ counts: Object.fromEntries(options.map((o, i) => [o.id, 10 + i])) });
    state = replay(of, [...state.choices, pick.id], { seed });
  }
  return { scenarioId: of.id, scenarioVersion: of.version, code: CODE, group: 'Groep 1', choices: [...state.choices], votes };
}

/** What of a room debrief slide is off a projected screen, or makes the page scroll. */
async function slideOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vh = window.innerHeight;
    const vw = window.innerWidth;
    const check = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.top < -0.5 || r.bottom > vh + 0.5 || r.left < -0.5 || r.right > vw + 0.5)
        problems.push(`${what} at ${Math.round(r.top)}–${Math.round(r.bottom)} (viewport ${vw}×${vh})`);
    };
    document.querySelectorAll('.room-moment__option').forEach((el, i) => check(el, `option ${String.fromCharCode(65 + i)}`));
    document.querySelectorAll('.room-moment__said, .room-moment__reply, .room-moment__numbers').forEach((el) => check(el, el.className));
    return problems;
  });
}

describe('workshop groups', () => {
  it('a group link reproduces its path exactly, on the group page and in the room debrief by PageDown/PageUp only', async () => {
    const record = recordOf('Tafel 1', first);
    const expected = spokenPerMoment(first);
    expect(expected.some((m) => m.said.length > 0 && m.replies.length > 0)).toBe(true);
    const { page } = await app().open(groupLink(record));
    await expect.poll(() => mainHeading(page).first().textContent()).toBe('Het pad van Tafel 1');
    await page.getByRole('heading', { level: 1, name: 'Nabespreking' }).waitFor();
    const rows = page.getByRole('table', { name: 'Per moment de stemmen, de gekozen optie en de cijfers erna' }).locator('tbody tr');
    expect(await rows.count()).toBe(first.choices.length);
    const pageText = await page.locator('main').innerText();
    for (const line of expected.flatMap((m) => m.replies)) expect(pageText).toContain(line);
    await expectNoAxeViolations(page, 'group page');
    await screenshot(page, 'workshop-group');

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'CSV downloaden (Excel)' }).isVisible()).toBe(false);
    expect(await rows.first().isVisible()).toBe(true);
    await screenshot(page, 'workshop-group-print');
    await page.emulateMedia({ media: 'screen' });

    const room = await app().open(groupLink(record, 'debrief'), { viewport: { width: 1280, height: 720 } });
    const p = room.page;
    await expect.poll(() => isFocused(slideHeading(p))).toBe(true);
    await expectNoAxeViolations(p, 'room debrief: outcome');
    const seen: string[] = [];
    for (let slide = 0; slide < first.choices.length + 4; slide += 1) {
      const heading = (await slideHeading(p).textContent()) ?? '';
      seen.push(heading);
      const turn = /^Beurt (\d+)$/u.exec(heading);
      if (turn) {
        const n = Number(turn[1]);
        expect(await p.locator('.room-moment__said').allTextContents(), `client at moment ${n}`).toEqual(expected[n - 1]!.said);
        expect(await p.locator('.room-moment__reply').allTextContents(), `reply at turn ${n}`).toEqual(expected[n - 1]!.replies);
        const chosen = p.locator('.room-moment__option--chosen');
        expect(await chosen.count()).toBe(1);
        if (n === 2) expect(await p.getByText('Bij dit moment is niet gestemd.').isVisible()).toBe(true);
        else expect(await chosen.innerText()).toContain(`${5 + n - 1} stemmen`);
        if (n === 1) {
          await expectNoAxeViolations(p, 'room debrief: a moment');
          await screenshot(p, 'workshop-room-moment');
        }
      } else if (slide > 0) {
        await expectNoAxeViolations(p, `room debrief: ${heading}`);
      }
      if (slide === 1) await screenshot(p, 'workshop-room-curves');
      await p.keyboard.press('PageDown');
      if (slide < first.choices.length + 3) await expect.poll(() => slideHeading(p).textContent()).not.toBe(heading);
    }
    expect(seen.filter((h) => /^Beurt \d+$/u.test(h))).toHaveLength(first.choices.length);
    expect(seen.at(-1)).toBe('Bespreken');
    for (let i = 0; i < first.choices.length + 3; i += 1) await p.keyboard.press('PageUp');
    await expect.poll(() => slideHeading(p).textContent()).toBe(seen[0]);
    await expect.poll(() => isFocused(slideHeading(p))).toBe(true);
  });

  it('the compare view overlays three groups, each line named, pasted by the trainer', async () => {
    const records = [recordOf('Rood', first), recordOf('Blauw', second), recordOf('Groen', third)];
    const { page } = await app().open(`#/workshop/${scenario.id}/compare`);
    await expect.poll(() => mainHeading(page).first().textContent()).toBe('Groepen vergelijken');
    await expectNoAxeViolations(page, 'compare, empty');
    await page
      .getByRole('textbox', { name: 'Links van de groepen (één per regel)' })
      .fill(records.map((r) => `http://elders.example/${groupLink(r)}`).join('\n'));
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').getByText('3 groepen toegevoegd.').waitFor();
    const legend = page.getByRole('list', { name: 'Lijnen' });
    expect(await legend.getByRole('listitem').allInnerTexts()).toEqual([
      'Rood (doorgetrokken lijn, rondjes)',
      'Blauw (gestreepte lijn, vierkantjes)',
      'Groen (gestippelde lijn, driehoekjes)',
    ]);
    const charts = page.locator('.comparison__chart svg.line-chart');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i += 1) {
      const series = charts.nth(i).locator('.line-chart__series');
      expect(await series.count()).toBe(3);
      expect(await charts.nth(i).locator('.line-chart__label').allTextContents()).toEqual(
        expect.arrayContaining(['Rood', 'Blauw', 'Groen']),
      );
      const dashes = await series.locator('.line-chart__line').evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke-dasharray')));
      expect(new Set(dashes).size).toBe(3);
    }
    expect(new URL(page.url()).hash).toBe(`#/workshop/${scenario.id}/compare?${compareQuery(records)}`);
    await expectNoAxeViolations(page, 'compare, three groups');
    await screenshot(page, 'workshop-compare');

    await page.reload();
    await page.getByRole('list', { name: 'Lijnen' }).waitFor();
    expect(await page.getByRole('list', { name: 'Lijnen' }).getByRole('listitem').count()).toBe(3);
  });

  it('a damaged link says so, axe-clean', async () => {
    const link = groupLink(recordOf('Tafel 1', first));
    const { page } = await app().open(link.slice(0, link.indexOf('&k=') + 6));
    await expect.poll(() => mainHeading(page).first().textContent()).toBe('Deze groepslink werkt niet');
    await expectNoAxeViolations(page, 'damaged link');
  });

  it('every moment slide of the room debrief fits a projected 1280×720 screen at 150%, in every shipped scenario', async () => {
    const problems: string[] = [];
    for (const shipped of loadShipped()) {
      for (const [name, position] of [
        ['first options', () => 0],
        ['last options', (_: number, n: number) => n - 1],
      ] as const) {
        const record = pathRecord(shipped, position);
        const { page } = await app().open(groupLink(record, 'debrief'), { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });
        await slideHeading(page).waitFor();
        const count = page.locator('.room-debrief__count');
        const total = Number(/(\d+)\D*$/.exec((await count.textContent()) ?? '')?.[1]);
        expect(total).toBeGreaterThan(3);
        for (let slide = 1; slide <= total; slide += 1) {
          await expect.poll(() => count.textContent()).toMatch(new RegExp(`^\\D*${slide}\\D`));
          const off = (await page.locator('.room-moment').count()) > 0 ? await slideOffScreen(page) : [];
          for (const p of off) problems.push(`${shipped.id} (${name}), ${await slideHeading(page).textContent()}: ${p}`);
          // A slide that does not fit is photographed, to see what to shorten or lay out differently.
          if (off.length > 0) await screenshot(page, `room-fit-${shipped.id}-${problems.length}`);
          await page.keyboard.press('PageDown');
        }
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });
});
