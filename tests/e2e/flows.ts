/**
 * The player's journeys, by keyboard only: library → briefing → conversation → ending → debrief. Elements are
 * found by role and accessible name. Names fixed by the UI contract are spelled out here; others are read from
 * the locale files so a reworded label does not break the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/browser.ts';
import { activateByKeyboard, describeFocus, isFocused, tabTo } from './harness.ts';

export type Lang = 'nl' | 'en';

/** The short workshop scenario: five moments, so a playthrough is quick. */
export const SCENARIO = 'warming-up-welkom';

function locale(lang: Lang, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
}

/** Accessible names, per language. */
export const NAMES = {
  nl: {
    options: 'Wat zegt u?',
    toDebrief: 'Naar de nabespreking',
    debrief: 'Nabespreking',
    rewind: (turn: number) => `Terug naar beurt ${turn}`,
    settings: 'Instellingen',
    language: 'Nederlands',
  },
  en: {
    options: 'What do you say?',
    toDebrief: 'To the debrief',
    debrief: 'Debrief',
    rewind: (turn: number) => `Back to turn ${turn}`,
    settings: 'Settings',
    language: 'English',
  },
} as const;

/** A UI string from the locale files, by namespace and dotted key (no interpolation). */
export function text(lang: Lang, ns: string, key: string): string {
  let value: unknown = locale(lang, ns);
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`No string ${ns}:${key} in locales/${lang}`);
  return value;
}

export const startLabel = (lang: Lang) => text(lang, 'briefing', 'start');
export const transcriptLabel = (lang: Lang) => text(lang, 'play', 'transcript');

export const mainHeading = (page: Page) => page.locator('main').getByRole('heading', { level: 1 });
export const optionGroup = (page: Page, lang: Lang) => page.getByRole('group', { name: NAMES[lang].options, exact: true });
export const optionButtons = (page: Page, lang: Lang) => optionGroup(page, lang).getByRole('button');
export const transcriptLines = (page: Page, lang: Lang) => page.getByRole('region', { name: transcriptLabel(lang) }).getByRole('listitem');
export const debriefLink = (page: Page, lang: Lang) =>
  page
    .getByRole('main')
    .getByRole('link', { name: NAMES[lang].toDebrief })
    .or(page.getByRole('main').getByRole('button', { name: NAMES[lang].toDebrief }));

/** The scenario card's start link in the library (its name carries the title, the href its id). */
export const scenarioLink = (page: Page, id = SCENARIO) => page.getByRole('link').and(page.locator(`[href="#/s/${id}"]`));

/** Switches the UI language with the header's language switch, by keyboard. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  const button = page.getByRole('button', { name: NAMES[lang].language, exact: true });
  await tabTo(page, button, { backwards: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Library → briefing → conversation, with Tab and Enter only. Ends with the options on screen. */
export async function startByKeyboard(page: Page, lang: Lang, id = SCENARIO): Promise<void> {
  await activateByKeyboard(page, scenarioLink(page, id));
  await page.waitForURL(new RegExp(`#/s/${id}$`));
  await activateByKeyboard(page, page.getByRole('button', { name: startLabel(lang) }));
  await page.waitForURL(new RegExp(`#/s/${id}/play$`));
  await optionGroup(page, lang).waitFor({ state: 'visible' });
}

export interface TurnInfo {
  turn: number;
  optionCount: number;
}

interface TurnState {
  /** No options group any more, and a heading on screen: the ending (or whatever follows it). */
  over: boolean;
  optionCount: number;
  transcriptCount: number;
  /** A chosen line waits for its turn: the options are marked busy until the client's reply is on screen. */
  busy: boolean;
}

/**
 * The conversation's state in one round trip: options in the group named `optionsName`, lines in the region
 * named `transcriptName` (both named by their heading through aria-labelledby, as the screen does). One
 * evaluate per poll keeps long playthroughs quick on a busy machine; the names are still the accessible ones.
 */
function turnState(page: Page, lang: Lang): Promise<TurnState> {
  return page.evaluate(
    ({ optionsName, transcriptName }) => {
      const named = (selector: string, name: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].find((element) => {
          const label =
            element.getAttribute('aria-label') ??
            (element.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ');
          return label.trim() === name;
        });
      const group = named('main [role="group"]', optionsName);
      const transcript = named('main section, main [role="region"]', transcriptName);
      return {
        over: !group && document.querySelector('main h1') !== null,
        optionCount: group ? group.querySelectorAll('button').length : 0,
        transcriptCount: transcript ? transcript.querySelectorAll('li').length : 0,
        busy: group?.getAttribute('aria-busy') === 'true',
      };
    },
    { optionsName: NAMES[lang].options, transcriptName: transcriptLabel(lang) },
  );
}

/**
 * Chooses with the number keys until the conversation ends. `pick` returns the 1-based option number;
 * `afterTurn` sees the page after each reply. Returns the number of turns played.
 */
export async function playByKeys(
  page: Page,
  lang: Lang,
  {
    pick = () => 1,
    afterTurn,
    maxTurns = 80,
    stopAfter,
  }: {
    pick?: (info: TurnInfo) => number;
    afterTurn?: (info: TurnInfo) => Promise<void>;
    maxTurns?: number;
    /** Stop (with the conversation still running) after this many turns. */
    stopAfter?: number;
  } = {},
): Promise<number> {
  for (let turn = 1; turn <= maxTurns; turn++) {
    const state = await turnState(page, lang);
    if (state.over) return turn - 1;
    if (stopAfter !== undefined && turn > stopAfter) return turn - 1;
    const { optionCount } = state;
    expect(optionCount, `options at turn ${turn}`).toBeGreaterThan(0);
    const choice = Math.min(Math.max(1, pick({ turn, optionCount })), optionCount, 9);
    await page.keyboard.press(String(choice));
    for (let waited = 0; ; waited += 25) {
      const now = await turnState(page, lang);
      // The chosen line shows at once; the turn is played when the reply is there too (nothing busy any more).
      if (now.over || (!now.busy && now.transcriptCount > state.transcriptCount)) break;
      if (waited > 10_000) throw new Error(`turn ${turn}: pressing ${choice} did nothing (focus on ${await describeFocus(page)})`);
      await page.waitForTimeout(25);
    }
    if (afterTurn && !(await turnState(page, lang)).over) await afterTurn({ turn, optionCount });
  }
  throw new Error(`The conversation did not end within ${maxTurns} turns.`);
}

/** From the ending, by keyboard, to the debrief page. */
export async function openDebriefByKeyboard(page: Page, lang: Lang): Promise<void> {
  await activateByKeyboard(page, debriefLink(page, lang));
  await expect.poll(() => mainHeading(page).first().textContent(), { timeout: 15_000, message: 'debrief h1' }).toBe(NAMES[lang].debrief);
}

/** Waits until the element has focus (focus moves after render, not synchronously). */
export async function expectFocused(locator: Locator, what: string): Promise<void> {
  await expect.poll(() => isFocused(locator), { message: `${what} should have focus` }).toBe(true);
}

/** The mental-room text, e.g. "Mentale ruimte: 34 van 100, op z'n hoede", as numbers. */
export async function roomNumber(page: Page): Promise<number | null> {
  const text = await page.locator('main').innerText();
  const match = /(?:Mentale ruimte|Mental room)[^\d]*(\d+)\s*(?:van|of|\/)\s*100/i.exec(text);
  return match ? Number(match[1]) : null;
}
