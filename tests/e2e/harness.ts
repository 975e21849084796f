/**
 * Browser-test harness: the production build served on loopback, Debian Chromium through playwright-core, and
 * per page a record of console errors and of every request that tries to leave 127.0.0.1 (such requests are
 * blocked, and either record fails the test). Plus axe-core, keyboard helpers and screenshots.
 *
 * In a test file:
 *   const app = useHarness();
 *   it('…', async () => { const { page } = await app().open('#/'); … });
 * The build itself happens once per run, in global-setup.ts.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { ROOT, isLocalUrl, launchChromium, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** The built app under test (made by global-setup.ts). */
export const distDir = (): string => inject('ruimteDist');

export interface OpenOptions {
  /** Start in this UI language (stored as the app stores it) instead of the default, Dutch. */
  lang?: 'nl' | 'en';
  /** Emulate `prefers-reduced-motion` (default: no preference). */
  reducedMotion?: 'reduce' | 'no-preference';
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel: 1.5 is a 1920×1080 screen at 150% zoom on a 1280×720 viewport. */
  deviceScaleFactor?: number;
  /** A phone: touch events (`tap()`) and a mobile viewport. */
  touch?: boolean;
  /** The browser's language (navigator.languages); default nl-NL. */
  locale?: string;
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed same-origin requests, in order. */
  consoleErrors: string[];
  /** Requests that tried to reach anything but our loopback server (they were aborted). */
  externalRequests: string[];
  /** Throws if this page logged an error or tried to leave loopback. Runs automatically after each test. */
  expectClean(): void;
}

export interface Harness {
  browser: Browser;
  /** `http://127.0.0.1:<port>` serving dist/. */
  origin: string;
  /** A fresh browser context (empty storage) on `origin/` + `hash`, waiting until the app has rendered. */
  open(hash?: string, options?: OpenOptions): Promise<AppPage>;
}

/** Starts the server and the browser for this test file, and checks every opened page after each test. */
export function useHarness(): () => Harness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let harness: Harness | undefined;
  let opened: AppPage[] = [];

  beforeAll(async () => {
    server = await serveStatic(distDir());
    browser = await launchChromium();
    const origin = server.origin;
    const b = browser;
    harness = {
      browser: b,
      origin,
      open: async (hash = '#/', options = {}) => {
        const appPage = await openPage(b, origin, hash, options);
        opened.push(appPage);
        return appPage;
      },
    };
  }, 60_000);

  afterEach(async () => {
    const pages = opened;
    opened = [];
    const problems: string[] = [];
    for (const appPage of pages) {
      try {
        appPage.expectClean();
      } catch (error) {
        problems.push((error as Error).message);
      }
      await appPage.context.close().catch(() => undefined);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return () => {
    if (!harness) throw new Error('useHarness(): the harness is only available inside tests (after beforeAll).');
    return harness;
  };
}

async function openPage(browser: Browser, origin: string, hash: string, options: OpenOptions): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'nl-NL',
    serviceWorkers: 'block',
  });
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  // Nothing may leave the machine: record and abort anything not addressed to our server.
  await context.route(
    (url) => !isLocalUrl(url.href),
    async (route) => {
      externalRequests.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  if (options.lang) {
    const lang = options.lang;
    // Only when nothing is stored yet, so a language switched during the test survives a reload.
    await context.addInitScript((value) => {
      try {
        if (!window.localStorage.getItem('ruimte.lang')) window.localStorage.setItem('ruimte.lang', value);
      } catch {
        // storage off: the app falls back to Dutch, and the test will say so
      }
    }, lang);
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message} (${page.url()})`));
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(`${origin}/${hash}`);
  await waitForApp(page);
  const expectClean = () => {
    const problems = [...consoleErrors.map((line) => `  ${line}`), ...externalRequests.map((line) => `  external request: ${line}`)];
    if (problems.length > 0) throw new Error(`Page ${page.url()} was not clean:\n${problems.join('\n')}`);
  };
  return { page, context, consoleErrors, externalRequests, expectClean };
}

/** The app has rendered once there is an h1 in <main>. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
}

// ---------------------------------------------------------------------------------------------- axe-core

const requireFromHere = createRequire(import.meta.url);
let axeSource: string | undefined;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now. The source goes in through the DevTools
 * protocol, which the page's CSP does not govern, so the policy stays on while we test.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(`${axeSource}\n;true`);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  }, AXE_TAGS);
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.slice(0, 5).map((node) => `    at ${node.target}: ${node.summary}`),
        ...(violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Throws with a readable list when axe finds anything. */
/**
 * Every screen checked for accessibility is also checked for bare translation keys: a text whose namespace
 * was not loaded shows (and is read out) as its key, e.g. "title" in the header.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe-core found ${violations.length} violation(s) on ${where}:\n${formatViolations(violations)}`);
  }
  const bare = await bareTranslationKeys(page);
  if (bare.length > 0) throw new Error(`untranslated keys shown on ${where}: ${bare.map((k) => JSON.stringify(k)).join(', ')}`);
}

let translationKeys: Set<string> | null = null;

/** Every key of every locale file, as a screen would show it untranslated, minus anything that is also a text. */
function knownKeys(): Set<string> {
  if (translationKeys) return translationKeys;
  const keys = new Set<string>();
  const texts = new Set<string>();
  const walk = (ns: string, value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      texts.add(value.trim());
      const key = path.join('.');
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      for (const k of [key, base, `${ns}:${key}`, `${ns}:${base}`]) keys.add(k);
      return;
    }
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(ns, v, [...path, k]);
  };
  for (const lang of readdirSync(join(ROOT, 'locales')))
    for (const file of readdirSync(join(ROOT, 'locales', lang)).filter((f) => f.endsWith('.json')))
      walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ROOT, 'locales', lang, file), 'utf8')), []);
  // A one-word key ("title") is only suspicious when no text anywhere is that word.
  translationKeys = new Set([...keys].filter((k) => !texts.has(k) && (k.includes('.') || k.includes(':') || k.length >= 4)));
  return translationKeys;
}

/** Visible texts and accessible names on the page that are exactly a translation key. */
export async function bareTranslationKeys(page: Page): Promise<string[]> {
  const shown: string[] = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.closest('script, style, .cm-content') === null) out.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    return out;
  });
  const keys = knownKeys();
  return [...new Set(shown.filter((text) => keys.has(text)))];
}

// ---------------------------------------------------------------------------------------------- keyboard

/** True when the element behind the locator has keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  return locator.first().evaluate((element) => element === document.activeElement);
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    const label = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 60);
    return `<${element.tagName.toLowerCase()}> "${label}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses. This is how a keyboard
 * user reaches a control, so a control that Tab never reaches fails here.
 */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  try {
    await target.first().waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    throw new Error(`Not on the page (after 10 s): ${target.toString()}`);
  }
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(target)) return;
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses; focus is on ${await describeFocus(page)}`);
}

/** Tab to the target, then press Enter on it. */
export async function activateByKeyboard(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

// ---------------------------------------------------------------------------------------------- screenshots

/** A full-page PNG at test-results/screenshots/<name>.png (a folder CI keeps). Returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
