/**
 * Vite plugin: scenarios are checked and compiled at build time (and on every change in dev), so the
 * browser gets plain JSON and never the YAML parser or zod.
 *
 *   import { catalogue, loadScenario } from 'virtual:ruimte-scenarios';
 *
 * `catalogue` has one entry per scenario file, broken ones included (with their issues), so a broken file
 * never breaks the build or hides the others. Two files with the same id do break the build: one of them
 * would silently be left out. `loadScenario(id)` imports `virtual:ruimte-scenario/<id>`,
 * one chunk per scenario, loaded on demand.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkToCatalogueEntry } from '../src/content/check.ts';
import type { CatalogueEntry } from '../src/content/catalogue.ts';
import { formatIssue } from '../src/content/issues.ts';
import type { CompiledScenario } from '../src/engine/scenario.types.ts';
import { duplicateScenarioIssues, isScenarioFile, isTranslationFile, loadAllScenarios } from './lib/scenario-files.ts';

export const CATALOGUE_MODULE = 'virtual:ruimte-scenarios';
export const SCENARIO_MODULE_PREFIX = 'virtual:ruimte-scenario/';
const RESOLVED_CATALOGUE = `\0${CATALOGUE_MODULE}`;
const RESOLVED_SCENARIO_PREFIX = `\0${SCENARIO_MODULE_PREFIX}`;

export interface ScenariosPluginOptions {
  /** Folder with the scenario YAML files, relative to the Vite root. Default `scenarios`. */
  dir?: string;
}

interface Compiled {
  catalogue: CatalogueEntry[];
  scenarios: Map<string, CompiledScenario>;
  files: string[];
}

/** Check every scenario; the first file with an id wins, later ones with the same id get an error. */
export function compileScenarioFolder(dir: string): Compiled {
  const catalogue: CatalogueEntry[] = [];
  const scenarios = new Map<string, CompiledScenario>();
  const files: string[] = [];
  const all = loadAllScenarios(dir);
  const clashes = duplicateScenarioIssues(all);
  for (const loaded of all) {
    files.push(resolve(loaded.path));
    if (loaded.translationPath) files.push(resolve(loaded.translationPath));
    const entry = checkToCatalogueEntry(loaded.path, loaded);
    const clash = clashes.get(loaded.path);
    if (clash) {
      catalogue.push({ ...entry, ok: false, errors: entry.errors + 1, issues: [clash, ...entry.issues] });
      continue;
    }
    catalogue.push(entry);
    if (loaded.scenario && entry.ok) scenarios.set(entry.id, loaded.scenario);
  }
  return { catalogue, scenarios, files };
}

/** The code of `virtual:ruimte-scenarios`: data plus one lazy import per playable scenario. */
export function catalogueModuleCode(compiled: Compiled): string {
  const loaders = [...compiled.scenarios.keys()].map(
    (id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(SCENARIO_MODULE_PREFIX + id)}),`,
  );
  return [
    `export const catalogue = ${JSON.stringify(compiled.catalogue)};`,
    'const loaders = {',
    ...loaders,
    '};',
    'export function loadScenario(id) {',
    '  const load = Object.prototype.hasOwnProperty.call(loaders, id) ? loaders[id] : undefined;',
    '  if (!load) return Promise.reject(new Error(`Scenario "${id}" does not exist or has errors; run npm run scenarios:check.`));',
    '  return load().then((m) => m.default);',
    '}',
    '',
  ].join('\n');
}

export function ruimteScenarios(options: ScenariosPluginOptions = {}): Plugin {
  let dir = resolve(options.dir ?? 'scenarios');
  let cache: Compiled | null = null;
  let building = false;
  const compile = (): Compiled => (cache ??= compileScenarioFolder(dir));
  const isOurs = (file: string) => dirname(resolve(file)) === dir && (isScenarioFile(file) || isTranslationFile(file));

  function loadVirtual(
    this: { addWatchFile(file: string): void; warn(message: string): void; error(message: string): never },
    id: string,
  ): string {
    const compiled = compile();
    // Rebuild (build --watch) and dev invalidation when a scenario or its translation changes.
    for (const file of compiled.files) this.addWatchFile(file);
    if (id === RESOLVED_CATALOGUE) {
      const clashes = compiled.catalogue.flatMap((e) => e.issues.filter((i) => i.code === 'duplicate-scenario'));
      // Two files with one id: a build would silently ship only one of them. In dev the library shows it.
      if (building && clashes.length > 0)
        this.error(
          `${clashes.map(formatIssue).join('\n')}\nTwo scenario files share an id; give each scenario its own id (npm run scenarios:check lists every problem).`,
        );
      const errors = compiled.catalogue.flatMap((e) => e.issues.filter((i) => i.severity === 'error'));
      // Shown in the build log; never fatal: the library shows broken scenarios as unavailable.
      for (const e of errors.slice(0, 20)) this.warn(formatIssue(e));
      return catalogueModuleCode(compiled);
    }
    const scenarioId = id.slice(RESOLVED_SCENARIO_PREFIX.length);
    const scenario = compiled.scenarios.get(scenarioId);
    if (!scenario)
      return `throw new Error(${JSON.stringify(`Scenario "${scenarioId}" does not exist or has errors; run npm run scenarios:check.`)});`;
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenario))});`;
  }

  return {
    name: 'ruimte-scenarios',
    configResolved(config) {
      building = config.command === 'build';
      dir = resolve(config.root, options.dir ?? 'scenarios');
    },
    buildStart() {
      cache = null;
    },
    resolveId: {
      // Filters let the bundler skip this plugin for every other module without calling into JS.
      filter: { id: /^virtual:ruimte-scenario/ },
      handler(id) {
        if (id === CATALOGUE_MODULE) return RESOLVED_CATALOGUE;
        if (id.startsWith(SCENARIO_MODULE_PREFIX)) return `\0${id}`;
        return undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:ruimte-scenario/ },
      handler(id) {
        if (id !== RESOLVED_CATALOGUE && !id.startsWith(RESOLVED_SCENARIO_PREFIX)) return undefined;
        return loadVirtual.call(this, id);
      },
    },
    hotUpdate({ file }) {
      if (!isOurs(file)) return undefined;
      // Any scenario change can change the catalogue (titles, ids, issues): recompile, reload the page.
      cache = null;
      const graph = this.environment.moduleGraph;
      for (const mod of graph.idToModuleMap.values()) {
        if (mod.id === RESOLVED_CATALOGUE || mod.id?.startsWith(RESOLVED_SCENARIO_PREFIX)) graph.invalidateModule(mod);
      }
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
