/**
 * The Scenario Lab in Chromium, on the production build under its CSP: open a broken file and find the error
 * at its line, fix it and see the graph, play from a chosen moment to the debrief, and save the exact bytes.
 * The harness fails a test on any console error (a CSP violation by the editor would be one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/vite-compile-hints-plugin.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';
import { distDir, expectNoAxeViolations, screenshot, useHarness } from './harness.ts';

const app = useHarness();

const BROKEN = TEMPLATE_YAML.replace('        asks: [huur]\n        next: zorgen\n', '        asks: [huur]\n        next: zorgenn\n');
const BROKEN_LINE = BROKEN.split('\n').findIndex((line) => line.includes('next: zorgenn')) + 1;

async function openLab(): Promise<Page> {
  const { page } = await app().open('#/lab');
  await page.locator('.cm-content').waitFor();
  return page;
}

async function openFile(page: Page, name: string, content: string | Buffer) {
  await page
    .getByTestId('lab-file-input')
    .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

const status = (page: Page) => page.locator('.lab-issues__status');
/** The editor's whole document (not only the lines drawn), via CodeMirror's DOM back-reference (`cmTile`). */
const editorText = (page: Page) =>
  page.locator('.cm-content').evaluate((el) => {
    type View = { state: { sliceDoc(): string } };
    const node = el as unknown as { cmTile?: { root?: { view?: View } }; cmView?: { view?: View } };
    const view = node.cmTile?.root?.view ?? node.cmView?.view;
    if (!view) throw new Error('no CodeMirror view on .cm-content');
    return view.state.sliceDoc();
  });

async function activeLine(page: Page): Promise<number> {
  return Number(await page.locator('.cm-activeLineGutter').first().innerText());
}

describe('Scenario Lab', () => {
  it('opens from the library address with the template, clean under the CSP and for axe', async () => {
    const page = await openLab();
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten/);
    await expectNoAxeViolations(page, '#/lab');
    await screenshot(page, 'lab-template');
  });

  it('opens a file dropped anywhere on the Lab; keeps the last good graph while the text has errors; wraps long lines; CodeMirror speaks Dutch', async () => {
    const page = await openLab();
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten/);
    // Dropped on the page heading, far from the editor.
    await page.getByRole('heading', { level: 1 }).evaluate(
      (target, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'gesleept.yaml', { type: 'application/yaml' }));
        target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      TEMPLATE_YAML.replace('id: mijn-scenario', 'id: gesleept'),
    );
    await expect.poll(() => page.locator('.lab-notice').innerText()).toContain('gesleept.yaml');
    await expect.poll(() => editorText(page)).toContain('id: gesleept');
    // The dropped text itself checked (the save button takes its id), not the template before it.
    await page.getByRole('button', { name: 'Opslaan als gesleept.yaml' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten/);
    await page.locator('[data-node="zorgen"]').waitFor();
    const graphTop = () => page.locator('.lab-graph').evaluate((graph) => graph.getBoundingClientRect().top + window.scrollY);
    const topBefore = await graphTop();
    // Break it: a stray line at the end.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nkapot: [');
    await page.locator('button.lab-issue--error').first().waitFor({ timeout: 20_000 });
    // The graph of the template (the last version without errors) stays, marked as such.
    expect(await page.getByRole('tabpanel').innerText()).toMatch(/laatste versie zonder fouten/);
    // The notice takes the place of the diagram's intro line: the diagram does not jump while a slip comes and goes.
    expect(await graphTop()).toBe(topBefore);
    expect(await page.locator('.lab-node').count()).toBe(5 + 3 + 1);
    // The file keeps its name while YAML cannot read it.
    expect(await page.getByRole('button', { name: 'Opslaan als gesleept.yaml' }).count()).toBe(1);
    expect(await page.locator('.cm-content.cm-lineWrapping').count()).toBe(1);
    await page.keyboard.press('Control+f');
    const panel = page.locator('.cm-search');
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/alles vervangen/);
    await screenshot(page, 'lab-dropped-last-good');
  });

  it('shows the error of a broken file at its line, and the issue button moves the cursor there', async () => {
    expect(BROKEN_LINE).toBeGreaterThan(1);
    const page = await openLab();
    await openFile(page, 'kapot.yaml', BROKEN);
    const issue = page.locator('button.lab-issue--error');
    await issue.first().waitFor({ timeout: 20_000 });
    await expect.poll(() => issue.count()).toBe(1);
    expect(await issue.innerText()).toContain(`regel ${BROKEN_LINE}, kolom 15`);
    expect(await issue.innerText()).toContain('zorgenn');
    // The graph waits for a fix.
    expect(await page.getByRole('tabpanel').innerText()).toMatch(/nog fouten/);
    await issue.click();
    expect(await activeLine(page)).toBe(BROKEN_LINE);
    // There the editor underlines it too (CodeMirror draws only the lines in view).
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(
      await page
        .locator('.cm-content')
        .evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el),
    ).toBe(true);
    await screenshot(page, 'lab-broken');

    // Fix it where the cursor is: the end of "zorgenn" loses its extra n.
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten/);
    const node = page.locator('[data-node="zorgen"]');
    await node.waitFor();
    expect(await page.locator('.lab-node').count()).toBe(5 + 3 + 1);
    expect(await page.locator('[data-node="welkom"] .lab-node__marks').textContent()).toBe('start');
    await page.getByRole('button', { name: 'welkom start' }).waitFor();

    // A node by keyboard: Enter selects it, shows its text and moves the editor's cursor to its line.
    await node.focus();
    await page.keyboard.press('Enter');
    await page.locator('.lab-details').getByText('Ik lig er wakker van').waitFor();
    const zorgenLine = BROKEN.split('\n').findIndex((line) => line.includes('- id: zorgen')) + 1;
    expect(await activeLine(page)).toBe(zorgenLine);
    await screenshot(page, 'lab-fixed-graph');
  });

  it('marks an unreachable moment and a dead end in the graph, in words', async () => {
    const page = await openLab();
    // "zorgen" now skips "plan" and goes to "afspraak"; "plan", reached by nothing, only leads to itself.
    const text = TEMPLATE_YAML.replace(/next: plan/g, 'next: SKIP')
      .replace(/next: afspraak/g, 'next: plan')
      .replace(/next: SKIP/g, 'next: afspraak');
    await openFile(page, 'lus.yaml', text);
    await page.getByText('Opened: lus.yaml').or(page.getByText('Geopend: lus.yaml')).waitFor();
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/2 waarschuwingen|1 waarschuwing/);
    const marks = (id: string) => page.locator(`[data-node="${id}"] .lab-node__marks`).textContent();
    expect(await marks('plan')).toBe('onbereikbaar · doodlopend');
    expect(await page.locator('[data-node="afspraak"] .lab-node__marks').count()).toBe(0);
    expect(await page.locator('[data-node="plan"] desc').textContent()).toBe('moment plan, 2 opties, onbereikbaar, doodlopend');
    // The warning is in the list as well, as a button to its line.
    await page.locator('button.lab-issue--warning', { hasText: 'Onbereikbaar moment' }).first().waitFor();
    await screenshot(page, 'lab-unreachable');
  });

  it('plays from a chosen moment with a chosen mode, through the ending to the debrief', async () => {
    const page = await openLab();
    await page.getByRole('button', { name: 'Beginnen met een voorbeeld' }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten/);
    await page.getByRole('tab', { name: 'Spelen' }).click();
    await page.getByLabel('Beginnen bij moment').selectOption('plan');
    await page.getByLabel('Zelf kiezen').check();
    await page.getByLabel('Modus').selectOption('open');
    expect(await page.locator('.lab-play__summary').innerText()).toMatch(/begint open/);
    await page.getByRole('button', { name: 'Spelen vanaf plan' }).click();

    // The normal player: the conversation starts at "plan" with its client line.
    await page.getByText('Wat moet ik nu doen?').first().waitFor();
    await page.locator('button.option').first().click();
    await page.getByText('Wat spreken we af?').first().waitFor();
    await page.locator('button.option').first().click();
    await page
      .getByRole('button', { name: 'Naar de nabespreking' })
      .or(page.getByRole('link', { name: /nabespreking/i }))
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nabespreking' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'lab-debrief');

    // And back to the editor, which kept its text.
    await page.getByRole('button', { name: 'Stoppen en terug naar de editor' }).click();
    expect(await editorText(page)).toBe(TEMPLATE_YAML);
  });

  it('analyses a shipped scenario with its English table in a worker: best and worst paths, coverage, smells', async () => {
    const page = await openLab();
    const files = ['voorbeeld-bijstand.yaml', 'voorbeeld-bijstand.en.yaml'].map((name) => ({
      name,
      mimeType: 'application/yaml',
      buffer: readFileSync(new URL(`../../scenarios/${name}`, import.meta.url)),
    }));
    await page.getByTestId('lab-file-input').setInputFiles(files);
    await page.getByText('Engelse vertaling geopend: voorbeeld-bijstand.en.yaml').waitFor();
    await page.locator('.lab-node').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'lab-shipped-graph');
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByRole('button', { name: 'Analyse starten' }).click();
    await page.getByText(/Analyse klaar|Analyse gedeeltelijk/).waitFor({ timeout: 60_000 });
    const best = page.getByRole('region', { name: 'Beste uitkomst' });
    const worst = page.getByRole('region', { name: 'Slechtste uitkomst' });
    expect(await best.locator('li').count()).toBeGreaterThan(1);
    expect(await worst.locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByText(/\d+% van de teksten heeft een Engelse vertaling/).innerText()).not.toMatch(/^0%/);
    await screenshot(page, 'lab-analysis');
  });

  it('saves the exact bytes it opened (BOM, CRLF, accents), and keeps the draft over a reload', async () => {
    const page = await openLab();
    const original = Buffer.from(`\uFEFF${TEMPLATE_YAML.replace('Sanne Jansen', 'Sanne Jansen-Çelik')}`.replace(/\n/g, '\r\n'), 'utf8');
    await openFile(page, 'mijn-scenario.yaml', original);
    await expect.poll(() => status(page).innerText(), { timeout: 20_000 }).toMatch(/Geen fouten|waarschuwing/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan als mijn-scenario.yaml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mijn-scenario.yaml');
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(original)).toBe(true);

    // An edit is kept across a reload (localStorage), with the Windows line ends intact.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# nog te doen');
    await page.waitForTimeout(1_000); // the draft is written after typing stops; no assertion on timing
    await page.reload();
    await page.locator('.cm-content').waitFor();
    await expect.poll(() => editorText(page)).toContain('# nog te doen');
    expect((await editorText(page)).split('\r\n').length).toBeGreaterThan(100);
  });
});

describe("the Lab's chunk in the build", () => {
  it('carries the compile hint on its first line, and the first download does not', () => {
    const assets = join(distDir(), 'assets');
    const firstLine = (file: string) => readFileSync(join(assets, file), 'utf8').split('\n', 1)[0];
    const lab = readdirSync(assets).filter((file) => /^lab-page-[\w-]+\.js$/.test(file));
    expect(lab).toHaveLength(1);
    expect(firstLine(lab[0]!)).toBe(COMPILE_HINT);
    const initial = [...readFileSync(join(distDir(), 'index.html'), 'utf8').matchAll(/<script\b[^>]*src="\.\/assets\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) expect(firstLine(file), file).not.toBe(COMPILE_HINT);
  });
});
