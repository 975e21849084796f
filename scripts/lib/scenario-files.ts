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
    return { ok: false, issue: issue(shown, start, 'error', 'file-not-found', 'there is no file with this name; check the spelling and the folder (scenarios live in scenarios/)') };
  }
  if (!stats.isFile()) {
    return { ok: false, issue: issue(shown, start, 'error', 'file-not-found', 'this is not a file (perhaps a folder); name a .yaml scenario file') };
  }
  if (stats.size > MAX_FILE_BYTES) {
    const mb = (stats.size / (1024 * 1024)).toFixed(1);
    return { ok: false, issue: issue(shown, start, 'error', 'file-too-large', `the file is ${mb} MB, but a scenario file may be at most 2 MB; check that this is the right file, or split the scenario into smaller ones`) };
  }
  try {
    return { ok: true, file: { path: shown, bytes: new Uint8Array(readFileSync(path)) } };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: issue(shown, start, 'error', 'file-not-found', `the file cannot be read (${why}); check that it is not open elsewhere and that you may read it`) };
  }
}

/** Check one scenario file and its `.en.yaml` beside it. Never throws. */
export function loadScenarioFile(path: string): LoadedScenario {
  const shown = displayPath(path);
  const enPath = translationPathFor(path);
  const hasTranslation = existsSync(enPath);
  const translationPath = hasTranslation ? displayPath(enPath) : null;
  const read = readSource(path);
  if (!read.ok) return { path: shown, translationPath, scenario: null, issues: [read.issue], header: {} };

  let translation: SourceFile | null = null;
  const extra: ContentIssue[] = [];
  if (hasTranslation) {
    const t = readSource(enPath);
    if (t.ok) translation = t.file;
    else extra.push(t.issue);
  }
  const result = checkScenarioSource({ ...read.file, translation: hasTranslation && !translation ? undefined : translation });
  return { path: shown, translationPath, ...result, issues: [...result.issues, ...extra] };
}

/** Check every scenario in `dir`. */
export function loadAllScenarios(dir = DEFAULT_SCENARIO_DIR): LoadedScenario[] {
  return listScenarioFiles(dir).map(loadScenarioFile);
}
