/**
 * The file-system side of the content pipeline (node only): find scenario files, pair each with its
 * English table, read them safely, and run the pure checker from src/content on the contents.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkScenarioSource, type CheckResult, type SourceFile } from '../../src/content/check.ts';
import { issue, type ContentIssue } from '../../src/content/issues.ts';
import { translationPathFor } from '../../src/content/translation.ts';
import { MAX_FILE_BYTES } from '../../src/content/yaml-source.ts';

export const DEFAULT_SCENARIO_DIR = 'scenarios';

export interface LoadedScenario extends CheckResult {
  /** Relative to the current directory, as printed in messages. */
  path: string;
  /** Where the top-level `id:` value is written, for messages about the id (line 1 when not found). */
  idAt: { line: number; column: number };
  /** The paired English table, when it exists. */
  translationPath: string | null;
}

/** `x.en.yaml` (any two-letter language) is a translation table, not a scenario. */
export function isTranslationFile(path: string): boolean {
  return /\.[a-z]{2}\.ya?ml$/i.test(path);
}

export function isScenarioFile(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !isTranslationFile(name) && !/\.schema\./i.test(name) && !name.startsWith('.');
}

/** The scenario a translation table belongs to (`x.en.yaml` → `x.yaml`). */
export function scenarioPathFor(translationPath: string): string {
  return translationPath.replace(/\.[a-z]{2}\.(ya?ml)$/i, '.$1');
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return (rel === '' || rel.startsWith('..') ? resolve(path) : rel).split('\\').join('/');
}

/** Scenario files in `dir`, sorted by name (translations and schema files left out). */
export function listScenarioFiles(dir = DEFAULT_SCENARIO_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isScenarioFile(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => displayPath(resolve(dir, name)));
}

type Read = { ok: true; file: SourceFile } | { ok: false; issue: ContentIssue };

/** Read a file without trusting it: refuse what is not a regular file or too big before reading it. */
function readSource(path: string): Read {
  const shown = displayPath(path);
  const start = { line: 1, column: 1 };
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return {
      ok: false,
      issue: issue(shown, start, 'error', 'file-not-found', {
        en: 'there is no file with this name; check the spelling and the folder (scenarios live in scenarios/)',
        nl: "er is geen bestand met deze naam; controleer de spelling en de map (scenario's staan in scenarios/)",
      }),
    };
  }
  if (!stats.isFile()) {
    return {
      ok: false,
      issue: issue(shown, start, 'error', 'file-not-found', {
        en: 'this is not a file (perhaps a folder); name a .yaml scenario file',
        nl: 'dit is geen bestand (misschien een map); noem een .yaml-scenariobestand',
      }),
    };
  }
  if (stats.size > MAX_FILE_BYTES) {
    const mb = (stats.size / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      issue: issue(
        shown,
        start,
        'error',
        'file-too-large',
        `the file is ${mb} MB, but a scenario file may be at most 2 MB; check that this is the right file, or split the scenario into smaller ones`,
      ),
    };
  }
  try {
    return { ok: true, file: { path: shown, bytes: new Uint8Array(readFileSync(path)) } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: issue(
        shown,
        start,
        'error',
        'file-not-found',
        `the file cannot be read (${why}); check that it is not open elsewhere and that you may read it`,
      ),
    };
  }
}

/** Check one scenario file and its `.en.yaml` beside it. Never throws. */
export function loadScenarioFile(path: string): LoadedScenario {
  const shown = displayPath(path);
  const enPath = translationPathFor(path);
  const hasTranslation = existsSync(enPath);
  const translationPath = hasTranslation ? displayPath(enPath) : null;
  const read = readSource(path);
  const start = { line: 1, column: 1 };
  if (!read.ok) return { path: shown, translationPath, idAt: start, scenario: null, issues: [read.issue], header: {} };

  let translation: SourceFile | null = null;
  const extra: ContentIssue[] = [];
  if (hasTranslation) {
    const t = readSource(enPath);
    if (t.ok) translation = t.file;
    else extra.push(t.issue);
  }
  const result = checkScenarioSource({ ...read.file, translation: hasTranslation && !translation ? undefined : translation });
  const idAt = idPosition(read.file.bytes ?? read.file.text ?? '');
  const id = result.header.id;
  const name = fileStem(shown);
  if (typeof id === 'string' && id !== '' && id !== name) {
    const message = {
      en: `the file is called ${name}.yaml, but the scenario's id is "${id}"; rename the file to ${id}.yaml (with its .en.yaml), or change the id to "${name}" if the scenario is not in use yet (saved progress refers to the id)`,
      nl: `het bestand heet ${name}.yaml, maar de id van het scenario is "${id}"; hernoem het bestand naar ${id}.yaml (met zijn .en.yaml), of verander de id in "${name}" als het scenario nog niet gebruikt wordt (bewaarde voortgang verwijst naar de id)`,
    };
    extra.push(issue(shown, idAt, 'warning', 'file-name-mismatch', message));
  }
  return { path: shown, translationPath, idAt, ...result, issues: [...result.issues, ...extra] };
}

/** `scenarios/x.yaml` → `x` */
export function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.ya?ml$/i, '');
}

/** Line and column of the top-level `id:` value. */
function idPosition(contents: Uint8Array | string): { line: number; column: number } {
  const text = typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
  const match = /^id:[ \t]*/m.exec(text);
  if (!match) return { line: 1, column: 1 };
  const line = text.slice(0, match.index).split('\n').length;
  return { line, column: match[0].length + 1 };
}

/**
 * Two files with the same scenario id: the library, saved progress and translations could not tell them
 * apart. The first file (by name) keeps the id; every later one gets an error at its id.
 */
export function duplicateScenarioIssues(loaded: readonly LoadedScenario[]): Map<string, ContentIssue> {
  const owners = new Map<string, string>();
  const clashes = new Map<string, ContentIssue>();
  for (const entry of loaded) {
    const id = entry.header.id;
    if (typeof id !== 'string' || id === '') continue;
    const owner = owners.get(id);
    if (owner === undefined) {
      owners.set(id, entry.path);
      continue;
    }
    const message = {
      en: `${owner} already has the id "${id}", and two scenarios cannot share an id (the library and saved progress would mix them up); give this scenario another id and rename the file to match`,
      nl: `${owner} heeft al de id "${id}", en twee scenario's kunnen geen id delen (de bibliotheek en bewaarde voortgang zouden ze door elkaar halen); geef dit scenario een andere id en hernoem het bestand mee`,
    };
    clashes.set(entry.path, issue(entry.path, entry.idAt, 'error', 'duplicate-scenario', message));
  }
  return clashes;
}

/** Check every scenario in `dir`. */
export function loadAllScenarios(dir = DEFAULT_SCENARIO_DIR): LoadedScenario[] {
  return listScenarioFiles(dir).map(loadScenarioFile);
}
