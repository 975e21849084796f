/**
 * What the LMS browser tests share: an LMS package made from the build under test and unpacked into a folder,
 * a browser page that must stay clean (no console errors, nothing beyond loopback), and playing the scenario
 * inside the LMS's frame to its ending.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { isLocalUrl, ROOT } from '../../scripts/lib/browser.ts';
import { startLabel } from './flows.ts';

export interface Unpacked {
  dir: string;
  zipBytes: number;
  descriptor: string;
}

/** `npm run package:<kind>` on the build under test, unpacked. */
export function packageAndUnpack(kind: 'scorm' | 'cmi5', dist: string, extraArgs: string[] = []): Unpacked {
  const work = mkdtempSync(join(tmpdir(), `ruimte-${kind}-e2e-`));
  const zip = join(work, `${kind}.zip`);
  execFileSync('npx', ['tsx', 'scripts/package-lms.ts', kind, '--dist', dist, '--out', zip, ...extraArgs], { cwd: ROOT, stdio: 'pipe' });
  const bytes = readFileSync(zip);
  const dir = join(work, 'package');
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const descriptor = readFileSync(join(dir, kind === 'scorm' ? 'imsmanifest.xml' : 'cmi5.xml'), 'utf8');
  return { dir, zipBytes: bytes.length, descriptor };
}

export interface CleanPage {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/** A page in a fresh context that records console errors, uncaught errors and requests beyond loopback. */
export async function cleanPage(browser: Browser, { allowHttpErrors = false } = {}): Promise<CleanPage> {
  const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  await context.route(
    (url) => !isLocalUrl(url.href),
    async (route) => {
      problems.push(`external request: ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !(allowHttpErrors && /Failed to load resource/.test(m.text()))) problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return { page, problems, close: () => context.close() };
}

export const OPTIONS = 'Wat zegt u?';

/** The app's frame inside the LMS page, once it has rendered. */
export async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('index.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('index.html'))!;
  await frame.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
  return frame;
}

/** Options on screen and transcript lines, in one round trip (as flows.ts does for a page). */
function turnState(frame: Frame): Promise<{ over: boolean; options: number; lines: number; busy: boolean }> {
  return frame.evaluate((optionsName) => {
    const group = [...document.querySelectorAll<HTMLElement>('main [role="group"]')].find((element) => {
      const label =
        element.getAttribute('aria-label') ??
        (element.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      return label.trim() === optionsName;
    });
    return {
      over: !group && document.querySelector('main h1') !== null,
      options: group ? group.querySelectorAll('button').length : 0,
      lines: document.querySelectorAll('main li').length,
      busy: group?.getAttribute('aria-busy') === 'true',
    };
  }, OPTIONS);
}

/** From the briefing (where a package launch opens) to the ending, always taking the first option. */
export async function playToEnding(frame: Frame, { start = true, stopAfter = Infinity } = {}): Promise<number> {
  if (start) await frame.getByRole('button', { name: startLabel('nl') }).click();
  await frame.getByRole('group', { name: OPTIONS, exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
  for (let turn = 1; turn <= 60; turn++) {
    const before = await turnState(frame);
    if (before.over || turn > stopAfter) return turn - 1;
    await frame.getByRole('group', { name: OPTIONS, exact: true }).getByRole('button').first().click();
    await expect
      .poll(
        async () => {
          const now = await turnState(frame);
          // The chosen line shows at once; the turn is played when the reply is there too (nothing busy any more).
          return now.over || (!now.busy && now.lines > before.lines);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  }
  throw new Error('no ending after 60 turns');
}
