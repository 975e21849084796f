/**
 * What the library screen knows about a scenario file without loading the scenario itself. A broken file
 * still gets an entry (with what could be read, and its issues) so the UI can show why it is unavailable.
 */
import type { CompiledScenario } from '../engine/scenario.types.ts';
import type { ChecklistItem } from '../engine/scoring.ts';
import { lineText } from './compile.ts';
import { countIssues, type ContentIssue } from './issues.ts';

/** An ending as the library needs it to name and rank a saved outcome (endings are listed best first). */
export interface CatalogueEnding {
  id: string;
  walkOut: boolean;
  title: string;
  titleEn?: string;
}

export interface CatalogueEntry {
  /** The scenario id, or the file name without `.yaml` when the id cannot be read. */
  id: string;
  file: string;
  /** Playable: the scenario compiled (translation problems do not count). */
  ok: boolean;
  title: string;
  summary: string;
  domain: string;
  level: string;
  durationMinutes: number;
  personaName: string;
  personaAge: number;
  titleEn?: string;
  summaryEn?: string;
  errors: number;
  warnings: number;
  issues: ContentIssue[];
  /** The scenario's version (playable ones): saved attempts of another version do not replay. */
  version?: number;
  /** Marked by the author as the place to start. */
  startHere?: boolean;
  /** The checklist habits the scenario trains (for "what next" after a debrief). */
  trains?: ChecklistItem[];
  /** Playable ones: the endings in the file's order, so progress can rank and name a saved outcome. */
  endings?: CatalogueEnding[];
}

/** The library fields, read leniently from raw (possibly invalid) data. */
export interface ScenarioHeader {
  id?: string;
  title?: string;
  summary?: string;
  domain?: string;
  level?: string;
  durationMinutes?: number;
  personaName?: string;
  personaAge?: number;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const VALID_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The scenario id from its own line (`id: …` at the left margin, quoted or not, a comment after it allowed),
 * for a text that YAML cannot read: one typing slip elsewhere in the file does not make its id unknown (the
 * Lab names the file it saves by it). Only a valid id; undefined when there is none.
 */
export function peekIdLine(source: string): string | undefined {
  const found = /^id:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#"'][^\s#]*))[ \t]*(?:#[^\n]*)?\r?$/m.exec(source);
  const id = found ? (found[1] ?? found[2] ?? found[3]) : undefined;
  return id !== undefined && VALID_ID.test(id) ? id : undefined;
}

export function peekHeader(data: unknown): ScenarioHeader {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const persona = d.persona !== null && typeof d.persona === 'object' ? (d.persona as Record<string, unknown>) : {};
  const id = text(d.id);
  return {
    id: id && VALID_ID.test(id) ? id : undefined,
    title: text(d.title),
    summary: text(d.summary),
    domain: text(d.domain),
    level: text(d.level),
    durationMinutes: num(d.durationMinutes),
    personaName: text(persona.name),
    personaAge: num(persona.age),
  };
}

export function catalogueEntry(
  file: string,
  scenario: CompiledScenario | null,
  header: ScenarioHeader,
  issues: ContentIssue[],
): CatalogueEntry {
  const { errors, warnings } = countIssues(issues);
  const fallbackId = (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
  if (scenario) {
    const entry: CatalogueEntry = {
      id: scenario.id,
      file,
      ok: true,
      title: lineText(scenario, scenario.title) ?? scenario.id,
      summary: lineText(scenario, scenario.summary) ?? '',
      domain: scenario.domain,
      level: scenario.level,
      durationMinutes: scenario.durationMinutes,
      personaName: scenario.persona.name,
      personaAge: scenario.persona.age,
      errors,
      warnings,
      issues,
      version: scenario.version,
      endings: scenario.endings.map((e) => {
        const ending: CatalogueEnding = { id: e.id, walkOut: e.walkOut, title: lineText(scenario, e.title) ?? e.id };
        const en = scenario.lines[e.title]?.en;
        if (en !== undefined) ending.titleEn = en;
        return ending;
      }),
    };
    if (scenario.startHere) entry.startHere = true;
    if (scenario.trains) entry.trains = [...scenario.trains];
    const titleEn = scenario.lines[scenario.title]?.en;
    const summaryEn = scenario.lines[scenario.summary]?.en;
    if (titleEn !== undefined) entry.titleEn = titleEn;
    if (summaryEn !== undefined) entry.summaryEn = summaryEn;
    return entry;
  }
  return {
    id: header.id ?? fallbackId,
    file,
    ok: false,
    title: header.title ?? fallbackId,
    summary: header.summary ?? '',
    domain: header.domain ?? 'overig',
    level: header.level ?? '',
    durationMinutes: header.durationMinutes ?? 0,
    personaName: header.personaName ?? '',
    personaAge: header.personaAge ?? 0,
    errors,
    warnings,
    issues,
  };
}
