/**
 * Self-study: the warm-up played to the end shows up in the library with its outcome; the attempts move to a
 * fresh profile by export and import; a bad file changes nothing; the debrief and the certificate print.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/browser.ts';
import { expectNoAxeViolations, screenshot, SCREENSHOT_DIR, useHarness } from './harness.ts';
import { openDebriefByKeyboard, playByKeys, SCENARIO, startByKeyboard, text } from './flows.ts';

const app = useHarness();
const OUT = join(ROOT, 'test-results', 'selfstudy');

const card = (page: Page, id = SCENARIO) => page.locator('main article').filter({ has: page.locator(`a[href="#/s/${id}"]`) });
const importInput = (page: Page) => page.getByLabel(text('nl', 'library', 'transfer.import'));
const storageSnapshot = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

describe('self-study', () => {
  it('play the warm-up, see it in the library, export it, import it in a fresh profile; a bad file changes nothing', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page } = await app().open('#/');

    // The warm-up comes first and is marked as the place to start.
    const first = page.locator('main section').first();
    await expect.poll(() => first.getByRole('heading', { level: 2 }).textContent()).toBe('Begin hier');
    await expect.poll(() => card(page).textContent()).toContain('Nog niet gespeeld');

    await startByKeyboard(page, 'nl');
    await playByKeys(page, 'nl', { pick: () => 1 });
    await openDebriefByKeyboard(page, 'nl');

    // What next, and printing.
    const next = page.getByRole('region', { name: 'Wat nu?' });
    await next.waitFor();
    expect(await next.getByRole('link').count()).toBe(1);
    await expectNoAxeViolations(page, 'debrief with what next');

    // The certificate button prints only the certificate: record what the page held when print() was called.
    await page.evaluate(() => {
      window.print = () => {
        const root = document.documentElement;
        root.dataset.printedClass = root.className;
        root.dataset.printedCertificate = document.querySelector('.debrief > .certificate')?.outerHTML ?? '';
      };
    });
    await page.getByRole('button', { name: text('nl', 'debrief', 'print.certificate') }).click();
    const printed = await page.evaluate(() => ({
      className: document.documentElement.dataset.printedClass ?? '',
      html: document.documentElement.dataset.printedCertificate ?? '',
    }));
    expect(printed.className).toContain('print-certificate');
    expect(printed.html).toContain(text('nl', 'debrief', 'certificate.title'));
    expect(await page.locator('.certificate').count()).toBe(0);
    // On paper (A4 is 794 CSS pixels wide): the summary first, no buttons, no header.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const firstHeading = await page.evaluate(
      () => [...document.querySelectorAll('main h2')].find((h) => (h as HTMLElement).offsetParent !== null)?.textContent,
    );
    expect(firstHeading).toBe(text('nl', 'debrief', 'summary.heading'));
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'selfstudy-debrief-print');
    await page.screenshot({
      path: join(SCREENSHOT_DIR, 'selfstudy-debrief-print-page1.png'),
      clip: { x: 0, y: 0, width: 794, height: 1123 },
    });
    await page.pdf({ path: join(OUT, 'debrief.pdf'), format: 'A4', printBackground: true });
    // The certificate as it was printed, put back for the picture.
    await page.evaluate((html) => {
      document.querySelector('.debrief')!.insertAdjacentHTML('beforeend', html);
      document.documentElement.classList.add('print-certificate');
    }, printed.html);
    await screenshot(page, 'selfstudy-certificate-print');
    await page.pdf({ path: join(OUT, 'certificate.pdf'), format: 'A4', printBackground: true });
    await page.evaluate(() => {
      document.querySelector('.debrief > .certificate')?.remove();
      document.documentElement.classList.remove('print-certificate');
    });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Back in the library: played, with its best outcome and a way to the attempts.
    await page.getByRole('link', { name: text('nl', 'debrief', 'actions.library') }).click();
    await expect.poll(() => card(page).textContent()).toContain('1 keer gespeeld');
    const played = (await card(page).textContent())!;
    expect(played).toMatch(/Beste afloop tot nu toe: .+, op /);
    await expectNoAxeViolations(page, 'library with progress');
    await screenshot(page, 'selfstudy-library-progress');

    // Export.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: text('nl', 'library', 'transfer.export') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ruimte-pogingen-\d{4}-\d\d-\d\d\.json$/);
    const file = join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; attempts: { scenarioId: string }[] };
    expect(exported).toMatchObject({ format: 'ruimte-attempts', version: 1 });
    expect(exported.attempts.map((a) => a.scenarioId)).toEqual([SCENARIO]);

    // Import in a fresh profile (a new browser context: empty storage).
    const fresh = (await app().open('#/')).page;
    await expect.poll(() => card(fresh).textContent()).toContain('Nog niet gespeeld');
    await importInput(fresh).setInputFiles(file);
    await expect.poll(() => fresh.getByRole('status').filter({ hasText: 'ingelezen' }).textContent()).toContain('1 poging ingelezen.');
    await expect.poll(() => card(fresh).textContent()).toContain('1 keer gespeeld');
    expect(await card(fresh).textContent()).toBe(played);
    await expectNoAxeViolations(fresh, 'library after import');

    // A bad file: a clear message, and storage exactly as it was.
    const before = await storageSnapshot(fresh);
    const bad = join(OUT, 'niet-van-ruimte.json');
    writeFileSync(bad, JSON.stringify({ hello: 'world' }));
    await importInput(fresh).setInputFiles(bad);
    await expect.poll(() => fresh.getByRole('status').filter({ hasText: 'Niet gelukt' }).textContent()).toContain('Er is niets veranderd.');
    expect(await storageSnapshot(fresh)).toEqual(before);
    await expectNoAxeViolations(fresh, 'library after a bad file');
    await screenshot(fresh, 'selfstudy-library-bad-file');

    // The attempts overview, reached from the library, shows the imported attempt.
    await card(fresh)
      .getByRole('link', { name: /Uw pogingen bij/ })
      .click();
    await fresh.getByRole('heading', { level: 1, name: 'Uw pogingen' }).waitFor();
    expect(await fresh.locator('main .attempt-card').count()).toBe(1);
  });
});
