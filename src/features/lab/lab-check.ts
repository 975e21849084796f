/**
 * What the Lab needs to know about the text in the editor, from one pure function: the same checker as
 * `npm run scenarios:check` (issues with line and column, smells included), the compiled scenario when it
 * compiles, and where each moment, option and ending starts in the text (for "jump to line" from the graph).
 * Runs in a Web Worker in the browser and directly in tests.
 */
import { parse } from 'yaml';
import { analyseScenario, type ScenarioAnalysis } from '../../content/analyse.ts';
import { peekIdLine } from '../../content/catalogue.ts';
import { checkScenarioSource } from '../../content/check.ts';
import type { ContentIssue } from '../../content/issues.ts';
import { locate } from '../../content/locate.ts';
import { buildTranslationFile } from '../../content/translation-file.ts';
import { parseYamlSource, type Position, type YamlSource } from '../../content/yaml-source.ts';
import type { CompiledScenario } from '../../engine/index.ts';
import { LAB_FILE, LAB_TRANSLATION_FILE } from './lab.view.ts';
import { recentMemo } from './recent.ts';
import { sameData } from './same-data.ts';
import type { CheckAnswer } from './check-answer.ts';

export interface LabCheck {
  issues: ContentIssue[];
  /** Null when the text has errors. */
  scenario: CompiledScenario | null;
  /** The scenario id as written (even when the file does not compile), if it is a valid id. */
  id: string | null;
  /** Where each moment, option and ending id is written: `{ welkom: {line, column}, … }`. */
  places: Record<string, Position>;
  /**
   * The English table as `npm run scenarios:translate` would write it for this text (keeping what the opened
   * table translates), with the number of lines still to translate; null when the scenario has errors.
   */
  translationFile: { text: string; missing: number; stale: number; orphans: number } | null;
}

/** `translation`: the English table's text, when the author opened one. */
export function labCheck(text: string, translation?: string | null): LabCheck {
  const result = checkScenarioSource({
    path: LAB_FILE,
    text,
    ...(typeof translation === 'string' ? { translation: { path: LAB_TRANSLATION_FILE, text: translation } } : {}),
  });
  return {
    issues: result.issues,
    scenario: result.scenario,
    // Also while YAML cannot read the text (a typing slip): the save button keeps the file's name.
    id: result.header.id ?? peekIdLine(text) ?? null,
    // The checker's own parse of this text (its `library` holds it whenever the scenario compiles): parsing
    // an 80 KB file a second time for the places cost as much as checking it.
    places: result.scenario ? placesOf(result.library?.yaml ?? parsedAgain(text)) : {},
    translationFile: result.scenario ? translationFileFor(result.scenario, translation ?? null) : null,
  };
}

function translationFileFor(scenario: CompiledScenario, translation: string | null): LabCheck['translationFile'] {
  let lines: Record<string, string | null> = {};
  if (translation !== null) {
    try {
      const data = parse(translation) as { lines?: Record<string, unknown> } | null;
      lines = Object.fromEntries(Object.entries(data?.lines ?? {}).map(([id, v]) => [id, typeof v === 'string' ? v : null]));
    } catch {
      // An unreadable table: start from the scenario alone (the checker reports the table's problem).
    }
  }
  const update = buildTranslationFile(scenario, translation === null ? null : { text: translation, lines });
  return { text: update.text, missing: update.missing.length, stale: update.stale.length, orphans: update.orphans.length };
}

type Item = { id?: unknown; options?: unknown };

function parsedAgain(text: string): YamlSource | null {
  const parsed = parseYamlSource(LAB_FILE, text);
  return parsed.ok ? parsed.source : null;
}

/** Where each moment, option and ending id is written in a parsed file. */
export function placesOf(source: YamlSource | null): Record<string, Position> {
  if (!source) return {};
  const places: Record<string, Position> = {};
  const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
  const put = (id: unknown, path: PropertyKey[]) => {
    if (typeof id === 'string' && !(id in places)) places[id] = locate(source, path);
  };
  list(source.data.moments).forEach((moment, m) => {
    put(moment?.id, ['moments', m, 'id']);
    list(moment?.options).forEach((option, o) => put(option?.id, ['moments', m, 'options', o, 'id']));
  });
  list(source.data.endings).forEach((ending, e) => put(ending?.id, ['endings', e, 'id']));
  return places;
}

/**
 * `labCheck` with a memory: the last few results, keyed by the exact text (and English table). Undo, redo,
 * and typing a character then deleting it again give back a text that was checked a moment ago; its
 * result comes back at once instead of after a full check. Results are never changed after they are made,
 * so sharing them is safe.
 */
export function createLabChecker(keep = 8): (text: string, translation?: string | null) => LabCheck {
  const remember = recentMemo<LabCheck>(keep);
  return (text, translation) => {
    const key = `${translation === null || translation === undefined ? -1 : translation.length}:${translation ?? ''}\u0000${text}`;
    return remember(key, () => labCheck(text, translation));
  };
}

/** The worker's side: one per worker, answers in the order asked. */
export function createCheckSession(keep = 8): (text: string, translation: string | null) => CheckAnswer {
  const check = createLabChecker(keep);
  let sent: CompiledScenario | null = null;
  return (text, translation) => {
    const result = check(text, translation);
    const same = result.scenario !== null && sent !== null && sameData(result.scenario, sent);
    if (result.scenario) sent = result.scenario;
    return same ? { result: { ...result, scenario: null }, sameScenario: true } : { result, sameScenario: false };
  };
}

/**
 * Check a copy of the text with a typing slip at its end, and drop the result. While a file reads, the checker
 * takes its fast way and the YAML library's own composer (which finds and words YAML errors) never runs; the
 * first slip the author makes would then run all of it for the first time, unoptimised: a few times slower
 * than each slip after it. The worker does this once, while it waits, after its first answer. Never throws
 * (nobody waits for it).
 */
export function warmUpSlips(text: string): void {
  try {
    labCheck(withSlip(text), null);
  } catch {
    // Only a warm-up: the real check of a text reports its own problems.
  }
}

/** The text with a bare word on a new last line, where a key and its value belong: not valid YAML there. */
export function withSlip(text: string): string {
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}x\n`;
}

/** The analysis as the Lab runs it: quick (coarsest bands) and within a small budget, so it stays responsive. */
export const LAB_STATE_LIMIT = 60_000;

export function labAnalyse(scenario: CompiledScenario): ScenarioAnalysis {
  return analyseScenario(scenario, { stateLimit: LAB_STATE_LIMIT });
}
