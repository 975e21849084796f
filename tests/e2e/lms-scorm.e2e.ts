/**
 * The SCORM 1.2 package in a stand-in LMS: scorm-again's SCORM 1.2 API on a page served by the test, the
 * unpacked package in a frame below it, as an LMS runs a SCO. Plays the warm-up to its ending and checks
 * what the LMS recorded; an LMS whose calls fail gives one notice and loses nothing in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { distDir, expectNoAxeViolations, screenshot } from './harness.ts';
import { appFrame, cleanPage, packageAndUnpack, playToEnding, type Unpacked } from './lms.ts';

const SCENARIO = 'warming-up-welkom';

/** The LMS page: scorm-again (or a broken API) as window.API, the SCO in a frame. */
function lmsPage(api: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-LMS</title>
<script src="/scorm-again.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  ${api}
</script></head><body><main><h1>Test-LMS</h1>
<iframe title="Ruimte" src="/index.html?scenario=${SCENARIO}" style="width:1200px;height:850px;border:0"></iframe>
</main></body></html>`;
}

const SCORM_AGAIN = `
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (params.get('resume')) window.API.loadFromJSON({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: params.get('resume') });
`;

/** Initialises, then answers "false" to everything with error 101, as a failing LMS backend might. */
const FAILING = `
  window.API = {
    LMSInitialize: () => 'true', LMSFinish: () => 'false', LMSCommit: () => 'false',
    LMSGetValue: () => '', LMSSetValue: () => 'false',
    LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception', LMSGetDiagnostic: () => 'backend down',
  };
`;

type Cmi = {
  core: Record<string, unknown> & { score: Record<string, string> };
  suspend_data: string;
  interactions: Record<
    string,
    { id: string; type: string; student_response: string; result: string; objectives: Record<string, { id: string }> }
  >;
};

const recorded = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { API: { renderCMIToJSONObject(): { cmi: unknown } } }).API.renderCMIToJSONObject().cmi,
  ) as Promise<Cmi>;

describe('SCORM 1.2 package under scorm-again', () => {
  let unpacked: Unpacked;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    unpacked = packageAndUnpack('scorm', distDir());
    server = await serveStatic(unpacked.dir, {
      pages: {
        '/scorm-again.js': { body: readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.js'), 'utf8'), type: 'text/javascript' },
        '/lms.html': { body: lmsPage(SCORM_AGAIN) },
        '/failing-lms.html': { body: lmsPage(FAILING) },
      },
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the package has a SCORM 1.2 manifest with a SCO for the warm-up', () => {
    expect(unpacked.descriptor).toContain('<schemaversion>1.2</schemaversion>');
    expect(unpacked.descriptor).toContain(`href="index.html?scenario=${SCENARIO}"`);
    console.log(`ruimte-scorm12.zip: ${(unpacked.zipBytes / 1024).toFixed(0)} KB`);
  });

  it('outside an LMS the LMS code is not even loaded', async () => {
    const { page, problems, close } = await cleanPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/index.html?scenario=${SCENARIO}`);
    await page.locator('main h1').first().waitFor({ state: 'visible' });
    await page.getByRole('link').first().waitFor();
    expect(requested.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(requested.filter((path) => /\/assets\/(start|cmi5-reporter)-/.test(path))).toEqual([]);
    expect(await page.locator('.lms-notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('records status, score, one interaction per choice and resume data while playing to the ending', async () => {
    const { page, problems, close } = await cleanPage(browser);
    await page.goto(`${server.origin}/lms.html`);
    const frame = await appFrame(page);
    // A package launch opens the scenario's briefing.
    expect(frame.url()).toContain(`#/s/${SCENARIO}`);

    const mid = await playToEnding(frame, { stopAfter: 2 });
    let cmi = await recorded(page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.suspend_data).toMatch(new RegExp(`^r1\\|${SCENARIO}\\|\\d+\\|[0-9a-z]+\\|[^,]+,[^,]+$`));
    expect(Object.keys(cmi.interactions)).toHaveLength(mid);

    const turns = mid + (await playToEnding(frame, { start: false }));
    cmi = await recorded(page);
    console.log('SCORM recorded:', JSON.stringify({ core: cmi.core, suspend_data: cmi.suspend_data, interactions: cmi.interactions }));
    expect(['completed', 'passed']).toContain(cmi.core.lesson_status);
    const score = Number(cmi.core.score.raw);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    const interactions = Object.values(cmi.interactions);
    expect(interactions).toHaveLength(turns);
    for (const [n, interaction] of interactions.entries()) {
      expect(interaction.id).toMatch(new RegExp(`^t${n + 1}-[A-Za-z0-9_.-]+--[a-z.-]+$`));
      expect(interaction.type).toBe('choice');
      expect(interaction.student_response).toMatch(/^[a-z0-9]$/);
      expect(Object.keys(interaction.objectives).length).toBeGreaterThan(0);
    }
    // Ours to check: scorm-again accepts more than SCORM 1.2's 4,096 characters.
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(cmi.suspend_data).toBe('');
    expect(await page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated())).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('continues the conversation the LMS kept', async () => {
    const { page, problems, close } = await cleanPage(browser);
    // First launch: two choices, then the learner closes the LMS window.
    await page.goto(`${server.origin}/lms.html`);
    let frame = await appFrame(page);
    await playToEnding(frame, { stopAfter: 2 });
    const kept = (await recorded(page)).suspend_data;
    // Second launch in a fresh browser: only the LMS has the conversation.
    const second = await cleanPage(browser);
    await second.page.goto(`${server.origin}/lms.html?resume=${encodeURIComponent(kept)}`);
    frame = await appFrame(second.page);
    await expect.poll(() => frame.url()).toContain(`#/s/${SCENARIO}/play`);
    await expect.poll(() => frame.locator('main').innerText()).toContain('beurt 3');
    expect([...problems, ...second.problems]).toEqual([]);
    await second.close();
    await close();
  });

  it('an LMS whose calls fail: one notice, play goes on to the ending, the attempt is kept in the browser', async () => {
    const { page, problems, close } = await cleanPage(browser);
    await page.goto(`${server.origin}/failing-lms.html`);
    const frame = await appFrame(page);
    await playToEnding(frame);
    const notices = frame.getByRole('status').filter({ hasText: 'Uw leeromgeving ontvangt uw voortgang nu niet.' });
    await expect.poll(() => notices.count()).toBe(1);
    const kept = await frame.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ruimte.attempts.')));
    expect(kept).toEqual([`ruimte.attempts.${SCENARIO}`]);
    await expect.poll(() => notices.isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'failing LMS notice');
    await screenshot(page, 'lms-scorm-failing-notice');
    expect(problems).toEqual([]);
    await close();
  });
});
