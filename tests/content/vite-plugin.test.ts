/**
 * The Vite plugin: scenarios compiled at build time into a catalogue plus one lazy chunk per scenario; broken
 * files listed with their issues; the YAML parser and zod stay out of the browser bundle.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogueModuleCode, compileScenarioFolder, ruimteScenarios } from '../../scripts/vite-scenarios-plugin.ts';
import type { CatalogueEntry } from '../../src/content/catalogue.ts';

let root: string;
let dir: string;

function copyTo(from: string, name: string): void {
  copyFileSync(from, join(dir, name));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ruimte-vite-'));
  dir = join(root, 'scenarios');
  mkdirSync(dir);
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
  writeFileSync(
    join(root, 'main.js'),
    "import { catalogue, loadScenario } from 'virtual:ruimte-scenarios';\nwindow.go = () => loadScenario(catalogue[0].id);\n",
  );
  copyTo('tests/content/fixtures/valid/kort-gesprek.yaml', 'kort-gesprek.yaml');
  copyTo('tests/content/fixtures/valid/kort-gesprek.en.yaml', 'kort-gesprek.en.yaml');
  copyTo('tests/content/fixtures/broken/unreachable-moment.yaml', 'basis.yaml');
  copyTo('tests/content/fixtures/broken/dangling-next.yaml', 'kapot.yaml');
  writeFileSync(join(dir, 'notities.txt'), 'not a scenario\n');
  // Same id as kort-gesprek.yaml, later in the alphabet: the first file keeps the id.
  writeFileSync(
    join(dir, 'welkom-kopie.yaml'),
    readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8').replace('version: 2', 'version: 3'),
  );
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('compileScenarioFolder', () => {
  it('lists every scenario file, broken ones included, and compiles the playable ones', () => {
    const { catalogue, scenarios } = compileScenarioFolder(dir);
    const byFile = Object.fromEntries(catalogue.map((e) => [e.file.split('/').pop(), e]));
    expect(Object.keys(byFile).sort()).toEqual(['basis.yaml', 'kapot.yaml', 'kort-gesprek.yaml', 'welkom-kopie.yaml']);
    expect(byFile['basis.yaml']).toMatchObject({
      id: 'basis',
      ok: true,
      errors: 0,
      warnings: 2,
      title: 'Basis',
      personaName: 'Sam',
      personaAge: 40,
    });
    expect(byFile['kapot.yaml']).toMatchObject({ id: 'basis', ok: false, errors: 2, title: 'Basis' });
    expect(byFile['kort-gesprek.yaml']).toMatchObject({
      ok: true,
      title: 'Een kort gesprek',
      titleEn: 'A short conversation',
      summaryEn: expect.any(String),
      domain: 'schuldhulp',
      durationMinutes: 5,
    });
    // Same id as kort-gesprek.yaml, later in the alphabet: the first file keeps the id. listed, not playable.
    expect(byFile['welkom-kopie.yaml']).toMatchObject({ id: 'kort-gesprek', ok: false, errors: 1 });
    expect(byFile['welkom-kopie.yaml']!.issues[0]).toMatchObject({ code: 'duplicate-scenario' });
    expect([...scenarios.keys()].sort()).toEqual(['basis', 'kort-gesprek']);
  });

  it('the catalogue module works on its own and rejects unknown or broken ids', async () => {
    const file = join(root, 'catalogue.mjs');
    writeFileSync(file, catalogueModuleCode(compileScenarioFolder(dir)));
    const mod = (await import(pathToFileURL(file).href)) as { catalogue: CatalogueEntry[]; loadScenario: (id: string) => Promise<unknown> };
    expect(mod.catalogue).toHaveLength(4);
    await expect(mod.loadScenario('bestaat-niet')).rejects.toThrow('does not exist or has errors');
    await expect(mod.loadScenario('__proto__')).rejects.toThrow();
  });
});

describe('vite build', { timeout: 30_000 }, () => {
  it('fails when two scenario files share an id, instead of shipping only one', async () => {
    await expect(
      build({ root, configFile: false, logLevel: 'silent', plugins: [ruimteScenarios()], build: { write: false } }),
    ).rejects.toThrow(/already has the id "kort-gesprek"/);
  });

  it('emits one chunk per playable scenario and no YAML parser or zod in the browser code', async () => {
    // Without the files that share an id (the build refuses those, see above).
    rmSync(join(dir, 'welkom-kopie.yaml'));
    rmSync(join(dir, 'kapot.yaml'));
    const result = await build({ root, configFile: false, logLevel: 'silent', plugins: [ruimteScenarios()], build: { write: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    expect(chunks).toHaveLength(3);
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).toContain('Een kort gesprek');
    expect(entry.code).not.toContain('Ik heb twaalfhonderd euro schuld');
    const scenarioChunks = chunks.filter((c) => !c.isEntry);
    expect(scenarioChunks.some((c) => c.code.includes('Ik heb twaalfhonderd euro schuld bij Eneco'))).toBe(true);
    for (const chunk of chunks) expect(chunk.code).not.toMatch(/LineCounter|YAMLParseError|safeParse|toJSONSchema/);
  });
});

describe('dev updates', () => {
  it('a changed scenario invalidates the virtual modules and reloads the page', () => {
    const plugin = ruimteScenarios({ dir });
    const resolved = '\0virtual:ruimte-scenarios';
    const mod = { id: resolved };
    const invalidateModule = vi.fn();
    const send = vi.fn();
    const context = {
      environment: {
        moduleGraph: {
          idToModuleMap: new Map([
            [resolved, mod],
            ['/src/x.ts', { id: '/src/x.ts' }],
          ]),
          invalidateModule,
        },
        hot: { send },
      },
    };
    const hook = plugin.hotUpdate as unknown as (this: unknown, options: { file: string }) => unknown;
    expect(hook.call(context, { file: join(dir, 'kort-gesprek.en.yaml') })).toEqual([]);
    expect(invalidateModule).toHaveBeenCalledWith(mod);
    expect(invalidateModule).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
    expect(hook.call(context, { file: join(root, 'main.js') })).toBeUndefined();
  });
});
