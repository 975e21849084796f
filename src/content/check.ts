/**
 * The whole pipeline for one scenario file (and its English table): bytes → YAML → shape → meaning →
 * CompiledScenario, with every problem as a located ContentIssue. Runs in node (the check command, the
 * Vite plugin) and in the browser (the Scenario Lab), so it touches no file system: callers pass contents.
 */
import type { CompiledScenario } from '../engine/scenario.types.ts';
import { catalogueEntry, peekHeader, type CatalogueEntry, type ScenarioHeader } from './catalogue.ts';
import { compileScenario } from './compile.ts';
import { truncate } from './graphemes.ts';
import { issue, sortIssues, type ContentIssue } from './issues.ts';
import type { LibraryFile } from './library-smells.ts';
import { smellIssues } from './smells.ts';
import { readLineNotes, staleLines } from './translation-file.ts';
import { noTranslationIssue, translationIssues } from './translation.ts';
import { validateScenario, validateTranslationShape } from './validate.ts';
import { fieldNames } from './schema-info.ts';
import { scenarioSchema, translationSchema, type ScenarioSource, type TranslationSource } from './schema.ts';
import { yamlLintIssues } from './yaml-lint.ts';
import { parseYamlSource } from './yaml-source.ts';

const SCENARIO_KEYS = fieldNames(scenarioSchema);
const TRANSLATION_KEYS = fieldNames(translationSchema);

/** One file's contents, as bytes (preferred: the encoding is checked) or as already-decoded text. */
export type SourceFile = { path: string; bytes: Uint8Array; text?: undefined } | { path: string; text: string; bytes?: undefined };

export type CheckInput = SourceFile & {
  /**
   * The English table: its contents; `null` when the file does not exist (one warning says so);
   * left out when translations are not being checked at all.
   */
  translation?: SourceFile | null;
};

export interface CheckResult {
  /** The compiled scenario, or null when the scenario has errors (translation problems never block it). */
  scenario: CompiledScenario | null;
  /** Sorted by file and position. */
  issues: ContentIssue[];
  /** Library fields read leniently from the file, even when it does not compile. */
  header: ScenarioHeader;
  /** The parsed, valid file, for checks that compare several files (library-smells.ts); null with errors. */
  library?: LibraryFile | null;
}

/** Never throws: even a bug in the checker becomes a located `internal` issue naming the file. */
export function checkScenarioSource(input: CheckInput): CheckResult {
  try {
    return sorted(runCheck(input));
  } catch (error) {
    return { scenario: null, issues: [internalIssue(input.path, error)], header: {} };
  }
}

/** The catalogue entry for one checked file (the Vite plugin and the check command share it). */
export function checkToCatalogueEntry(file: string, result: CheckResult): CatalogueEntry {
  return catalogueEntry(file, result.scenario, result.header, result.issues);
}

function sorted(result: CheckResult): CheckResult {
  return { ...result, issues: sortIssues(result.issues) };
}

function contents(file: SourceFile): Uint8Array | string {
  return file.bytes ?? file.text ?? '';
}

function runCheck(input: CheckInput): CheckResult {
  const parsed = parseYamlSource(input.path, contents(input));
  if (!parsed.ok) return { scenario: null, issues: parsed.issues, header: {} };
  const issues = [...parsed.issues, ...yamlLintIssues(parsed.source, SCENARIO_KEYS)];
  const header = peekHeader(parsed.source.data);
  const validated = validateScenario(parsed.source);
  issues.push(...validated.issues);
  const source: ScenarioSource | null = validated.scenario;
  let scenario = source ? compileScenario(source) : null;
  if (source && scenario) issues.push(...smellIssues(parsed.source, source, scenario));

  if (input.translation === null) {
    if (scenario) issues.push(noTranslationIssue(input.path, scenario));
  } else if (input.translation !== undefined) {
    const checked = checkTranslation(input.translation, scenario, input.path);
    issues.push(...checked.issues);
    if (source && checked.translation) scenario = compileScenario(source, withoutStale(checked.translation, checked.stale));
  }
  return { scenario, issues, header, library: source && scenario ? { file: parsed.source.file, yaml: parsed.source, source } : null };
}

/** A stale line counts as not translated: players see the Dutch, the analysis counts it as missing. */
function withoutStale(translation: TranslationSource, stale: readonly string[]): TranslationSource {
  if (stale.length === 0) return translation;
  const lines = { ...translation.lines };
  for (const id of stale) delete lines[id];
  return { ...translation, lines };
}

function checkTranslation(
  file: SourceFile,
  scenario: CompiledScenario | null,
  scenarioPath: string,
): { translation: TranslationSource | null; issues: ContentIssue[]; stale: string[] } {
  try {
    const parsed = parseYamlSource(file.path, contents(file));
    if (!parsed.ok) return { translation: null, issues: parsed.issues, stale: [] };
    const shape = validateTranslationShape(parsed.source);
    if (!shape.translation || !scenario) return { translation: shape.translation, issues: [...parsed.issues, ...shape.issues], stale: [] };
    const lint = yamlLintIssues(parsed.source, TRANSLATION_KEYS);
    const stale = staleLines(scenario, shape.translation.lines, readLineNotes(parsed.source.text));
    return {
      translation: shape.translation,
      issues: [...parsed.issues, ...lint, ...translationIssues(parsed.source, shape.translation, scenario, scenarioPath)],
      stale,
    };
  } catch (error) {
    // A crash on the English table must not take the Dutch scenario down with it.
    return { translation: null, issues: [internalIssue(file.path, error)], stale: [] };
  }
}

function internalIssue(path: string, error: unknown): ContentIssue {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return issue(path, { line: 1, column: 1 }, 'error', 'internal', {
    en: `the checker failed on this file (${truncate(detail, 200)}); this is a bug in Ruimte, not in your scenario: please report it together with the file`,
    nl: `de controle liep vast op dit bestand (${truncate(detail, 200)}); dit is een fout in Ruimte, niet in uw scenario: meld het, met het bestand erbij`,
  });
}
