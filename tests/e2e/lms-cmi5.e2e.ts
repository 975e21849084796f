/**
 * The cmi5 package against a recording LRS on 127.0.0.1: a launch as an LMS makes it (endpoint, fetch, actor,
 * registration, activityId), played to the ending. Every statement the LRS got is validated with an xAPI
 * validator and checked for the launch's registration and session id. Then the bad launches: parameters
 * missing or malformed, and an LRS that is down: one notice, play goes on, nothing lost in the browser.
 */
import { randomUUID } from 'node:crypto';
import validateStatement from '@learninglocker/xapi-validation';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { distDir, expectNoAxeViolations, screenshot } from './harness.ts';
import { cleanPage, packageAndUnpack, playToEnding, type Unpacked } from './lms.ts';
import { SESSION_ID_EXTENSION, startRecordingLrs, type RecordingLrs } from './recording-lrs.ts';

const SCENARIO = 'warming-up-welkom';
const AU = `urn:ruimte:scenario:${SCENARIO}`;
const NOTICE = 'Uw leeromgeving ontvangt uw voortgang nu niet.';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } };
const NS = 'urn:ruimte:xapi:';

type Statement = {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: { response?: string; score?: { scaled: number; raw: number }; extensions?: Record<string, unknown> };
  context?: { registration?: string; extensions?: Record<string, unknown>; contextActivities?: { category?: { id: string }[] } };
};

function launchUrl(origin: string, params: Record<string, string>): string {
  return `${origin}/index.html?${new URLSearchParams({ scenario: SCENARIO, ...params }).toString()}`;
}

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
  return page.mainFrame();
}

describe('cmi5 package against a recording LRS', () => {
  let unpacked: Unpacked;
  let server: StaticServer;
  let browser: Browser;
  let lrs: RecordingLrs;

  beforeAll(async () => {
    // The package as an administrator uploads it, except that this LRS speaks http on loopback.
    unpacked = packageAndUnpack('cmi5', distDir(), ['--connect-src', "connect-src 'self' http://127.0.0.1:*"]);
    server = await serveStatic(unpacked.dir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await lrs?.close();
  });

  it('the package has a course structure with an AU for the warm-up', () => {
    expect(unpacked.descriptor).toContain(`<au id="${AU}"`);
    console.log(`ruimte-cmi5.zip: ${(unpacked.zipBytes / 1024).toFixed(0)} KB`);
  });

  it('sends initialized, one answered per choice, completed or passed and terminated, all valid xAPI with registration and session id', async () => {
    lrs = await startRecordingLrs({ courseId: 'urn:ruimte:course' });
    const registration = randomUUID();
    const { page, problems, close } = await cleanPage(browser);
    const frame = await openApp(
      page,
      launchUrl(server.origin, { endpoint: lrs.endpoint, fetch: lrs.fetchUrl, actor: JSON.stringify(actor), registration, activityId: AU }),
    );
    const turns = await playToEnding(frame);
    const verbs = () => (lrs.statements as Statement[]).map((s) => s.verb.id.split('/').pop());
    await expect.poll(verbs, { timeout: 15_000 }).toContain('terminated');
    const statements = lrs.statements as Statement[];
    console.log(
      'cmi5 recorded:',
      JSON.stringify(statements.map((s) => ({ verb: s.verb.id.split('/').pop(), object: s.object.id, result: s.result }))),
    );

    expect(verbs()[0]).toBe('initialized');
    expect(verbs().filter((v) => v === 'answered')).toHaveLength(turns);
    expect(verbs()).toContain('completed');
    expect(verbs().at(-1)).toBe('terminated');
    for (const statement of statements) {
      expect(validateStatement(statement), `${statement.verb.id} is valid xAPI`).toEqual([]);
      expect(statement.context?.registration).toBe(registration);
      expect(statement.context?.extensions?.[SESSION_ID_EXTENSION]).toBe(lrs.sessionId);
    }
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
    for (const statement of answered) {
      expect(statement.object.id.startsWith(`${AU}/moment/`)).toBe(true);
      expect(statement.result?.response).toMatch(/^[a-z0-9-]+$/);
      const extensions = statement.result?.extensions ?? {};
      expect(Array.isArray(extensions[`${NS}mi-codes`])).toBe(true);
      for (const key of ['stress-change', 'trust-change', 'room-change']) expect(typeof extensions[`${NS}${key}`]).toBe('number');
    }
    const completed = statements.find((s) => s.verb.id.endsWith('/completed'))!;
    expect(completed.result?.score?.raw).toBeGreaterThanOrEqual(0);
    expect(lrs.unauthorised).toEqual([]);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  const badLaunches: [string, (lrs: RecordingLrs) => Record<string, string>][] = [
    ['without a fetch URL', (l) => ({ endpoint: l.endpoint, actor: JSON.stringify(actor), registration: randomUUID(), activityId: AU })],
    [
      'with an actor that is not JSON',
      (l) => ({ endpoint: l.endpoint, fetch: l.fetchUrl, actor: '{learner', registration: randomUUID(), activityId: AU }),
    ],
    [
      'with an endpoint that is not a web address',
      (l) => ({ endpoint: 'lrs here', fetch: l.fetchUrl, actor: JSON.stringify(actor), registration: randomUUID(), activityId: AU }),
    ],
  ];

  for (const [name, params] of badLaunches) {
    it(`a launch ${name}: one notice, play to the ending, nothing sent, the attempt kept in the browser`, async () => {
      const down = await startRecordingLrs({ courseId: 'urn:ruimte:course' });
      const { page, problems, close } = await cleanPage(browser);
      const frame = await openApp(page, launchUrl(server.origin, params(down)));
      await playToEnding(frame);
      await expect.poll(() => page.getByRole('status').filter({ hasText: NOTICE }).count()).toBe(1);
      expect(down.requests).toEqual([]);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ruimte.attempts.')))).toEqual([
        `ruimte.attempts.${SCENARIO}`,
      ]);
      expect(problems).toEqual([]);
      await close();
      await down.close();
    });
  }

  it('an LRS that is down: one notice, play goes on to the ending, the attempt kept in the browser', async () => {
    const gone = await startRecordingLrs({ courseId: 'urn:ruimte:course' });
    const { endpoint, fetchUrl } = gone;
    await gone.close();
    const { page, problems, close } = await cleanPage(browser, { allowHttpErrors: true });
    const frame = await openApp(
      page,
      launchUrl(server.origin, { endpoint, fetch: fetchUrl, actor: JSON.stringify(actor), registration: randomUUID(), activityId: AU }),
    );
    await playToEnding(frame);
    await expect.poll(() => page.getByRole('status').filter({ hasText: NOTICE }).count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ruimte.attempts.')))).toEqual([
      `ruimte.attempts.${SCENARIO}`,
    ]);
    await expectNoAxeViolations(page, 'LRS down notice');
    await screenshot(page, 'lms-cmi5-lrs-down-notice');
    expect(problems).toEqual([]);
    await close();
  });
});
