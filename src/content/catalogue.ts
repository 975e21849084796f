/**
 * What the library screen knows about a scenario file without loading the scenario itself. A broken file
 * still gets an entry (with what could be read, and its issues) so the UI can show why it is unavailable.
 */
import type { CompiledScenario } from '../engine/scenario.types.ts';
import { lineText } from './compile.ts';
import { countIssues, type ContentIssue } from './issues.ts';

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

export function peekHeader(data: unknown): ScenarioHeader {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const persona = d.persona !== null && typeof d.persona === 'object' ? (d.persona as Record<string, unknown>) : {};
  const id = text(d.id);
  return {
    id: id && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : undefined,
    title: text(d.title),
    summary: text(d.summary),
    domain: text(d.domain),
    level: text(d.level),
    durationMinutes: num(d.durationMinutes),
    personaName: text(persona.name),
    personaAge: num(persona.age),
  };
}

export function catalogueEntry(file: string, scenario: CompiledScenario | null, header: ScenarioHeader, issues: ContentIssue[]): CatalogueEntry {
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
    };
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
