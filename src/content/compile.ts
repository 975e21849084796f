/**
 * A validated ScenarioSource (+ optional English table) → the engine's CompiledScenario. Every text becomes
 * a line id into `lines`, so the engine, saved games and transcripts never hold prose, and translations are
 * a plain id → text table beside the scenario.
 *
 * Line-id scheme (stable: derived only from ids the author chose, never from positions of moments):
 *   meta.title, meta.summary, meta.goal.1 … meta.goal.N (1-based), meta.changeGoal
 *   persona.situation, persona.caseFile                      (the persona's name is not translated)
 *   <factId>.topic, <factId>.truth, <factId>.accurate|vague|omitted|wrong
 *   <agreementId>.text
 *   <momentId>.client              default text of the moment
 *   <momentId>.client.<key>        text for a mode or reaction key (open, guarded, fight, …)
 *   <momentId>.thought[.<key>]     the same for the inner thought
 *   <momentId>.discuss             the trainer's questions for the group (workshop mode)
 *   <optionId>.text, <optionId>.reply[.<key>], <optionId>.thought[.<key>], <optionId>.note
 *   <endingId>.title, <endingId>.text
 *   source.<sourceId>.title, source.<sourceId>.note
 *                                  (sources have ids of their own; no other line id has three parts ending in
 *                                  .title or .note, so these never collide)
 * When a value is a list of alternatives, the first keeps the id above and later ones get `.2`, `.3`, …
 * (`welkom.client.guarded.2`). Ids are unique across the whole scenario and `meta`/`persona`/`end` are
 * reserved (see semantics.ts), so no two texts can share a line id.
 */
import { NO_FEATURES } from '../engine/codes.ts';
import type { ModelParams } from '../engine/params.ts';
import {
  FIDELITIES,
  VARIANT_KEYS,
  type CompiledOption,
  type CompiledScenario,
  type Lang,
  type NextRule,
  type Target,
  type VariantTable,
} from '../engine/scenario.types.ts';
import type { NextSource, OptionSource, ScenarioSource, SourceRef, TranslationSource, VaryingText } from './schema.ts';

export const DEFAULT_MAX_TURNS = 60;

type Lines = CompiledScenario['lines'];

class LineTable {
  readonly lines: Lines = {};
  constructor(private readonly english: Readonly<Record<string, string | null>>) {}

  put(id: string, nl: string): string {
    // An empty line in the English table is one still to translate.
    const en = Object.prototype.hasOwnProperty.call(this.english, id) ? this.english[id] : undefined;
    this.lines[id] = en === undefined || en === null ? { nl } : { nl, en };
    return id;
  }

  variants(base: string, value: VaryingText | undefined): VariantTable | null {
    if (value === undefined) return null;
    if (typeof value === 'string') return { default: [this.put(base, value)] };
    const table: VariantTable = { default: [] };
    for (const key of VARIANT_KEYS) {
      const v = value[key];
      if (v === undefined) continue;
      const prefix = key === 'default' ? base : `${base}.${key}`;
      const list = typeof v === 'string' ? [v] : v;
      table[key] = list.map((text, n) => this.put(n === 0 ? prefix : `${prefix}.${n + 1}`, text));
    }
    return table;
  }
}

/** `source: pw-17` or `source: [pw-17, awb-4-8]` → `{ sources: [...] }`, or nothing when absent. */
function cites(ref: SourceRef | undefined): { sources?: string[] } {
  if (ref === undefined) return {};
  return { sources: typeof ref === 'string' ? [ref] : [...ref] };
}

export function compileScenario(source: ScenarioSource, translation?: TranslationSource | null): CompiledScenario {
  const t = new LineTable(translation?.lines ?? {});
  const momentIds = new Set(source.moments.map((m) => m.id));

  const target = (id: string): Target => {
    if (id === 'end') return { kind: 'end' };
    return momentIds.has(id) ? { kind: 'moment', id } : { kind: 'ending', id };
  };
  const nextRule = (next: NextSource): NextRule => {
    if (typeof next === 'string') return { default: target(next) };
    const rule: NextRule = { default: target(next.default) };
    for (const mode of ['closed', 'guarded', 'opening', 'open'] as const) {
      const id = next[mode];
      if (id !== undefined) rule[mode] = target(id);
    }
    return rule;
  };
  const option = (o: OptionSource): CompiledOption => {
    const compiled: CompiledOption = {
      id: o.id,
      text: t.put(`${o.id}.text`, o.text),
      codes: [...o.codes],
      features: { ...NO_FEATURES, ...o.features },
      asks: [...(o.asks ?? [])],
      agrees: [...(o.agrees ?? [])],
      reply: t.variants(`${o.id}.reply`, o.reply),
      thought: t.variants(`${o.id}.thought`, o.thought),
      note: o.note === undefined ? null : t.put(`${o.id}.note`, typeof o.note === 'string' ? o.note : o.note.text),
      next: nextRule(o.next),
    };
    if (o.impulse) compiled.impulse = { ...o.impulse };
    if (typeof o.note === 'object') compiled.noteModes = [...o.note.modes];
    return { ...compiled, ...cites(o.source) };
  };

  const p = source.persona;
  return {
    formatVersion: source.formatVersion,
    id: source.id,
    version: source.version,
    title: t.put('meta.title', source.title),
    summary: t.put('meta.summary', source.summary),
    domain: source.domain,
    level: source.level,
    durationMinutes: source.durationMinutes,
    learningGoals: source.learningGoals.map((goal, i) => t.put(`meta.goal.${i + 1}`, goal)),
    changeGoal: source.changeGoal === undefined ? null : t.put('meta.changeGoal', source.changeGoal),
    ...(source.startHere ? { startHere: true } : {}),
    ...(source.trains ? { trains: [...new Set(source.trains)] } : {}),
    ...(source.sources
      ? {
          sources: source.sources.map((src) => ({
            id: src.id,
            title: t.put(`source.${src.id}.title`, src.title),
            url: src.url,
            note: src.note === undefined ? null : t.put(`source.${src.id}.note`, src.note),
          })),
        }
      : {}),
    randomness: source.randomness ?? true,
    shuffleOptions: source.shuffleOptions ?? true,
    maxTurns: source.maxTurns ?? DEFAULT_MAX_TURNS,
    persona: {
      name: p.name,
      age: p.age,
      situation: t.put('persona.situation', p.situation),
      caseFile: t.put('persona.caseFile', p.caseFile),
      chronicLoad: p.chronicLoad,
      trust: p.trust,
      trait: p.trait,
      arrivalStress: p.arrivalStress ?? 0,
      appearance: { ...(p.appearance ?? {}) },
      // The schema allows only PERSONA_TUNABLE keys, each within its range.
      tuning: { ...(p.tuning ?? {}) } as Partial<ModelParams>,
      facts: p.facts.map((f) => ({
        id: f.id,
        topic: t.put(`${f.id}.topic`, f.topic),
        truth: t.put(`${f.id}.truth`, f.truth),
        sensitivity: f.sensitivity,
        answers: Object.fromEntries(
          FIDELITIES.map((fidelity) => [fidelity, t.put(`${f.id}.${fidelity}`, f.answers[fidelity])]),
        ) as CompiledScenario['persona']['facts'][number]['answers'],
        ...cites(f.source),
      })),
      agreements: p.agreements.map((a) => ({ id: a.id, text: t.put(`${a.id}.text`, a.text) })),
    },
    start: source.start,
    moments: source.moments.map((m) => ({
      id: m.id,
      phase: m.phase,
      client: t.variants(`${m.id}.client`, m.client),
      thought: t.variants(`${m.id}.thought`, m.thought),
      options: m.options.map(option),
      ...(m.discuss === undefined ? {} : { discuss: t.put(`${m.id}.discuss`, m.discuss) }),
      ...cites(m.source),
    })),
    endings: source.endings.map((e) => ({
      id: e.id,
      title: t.put(`${e.id}.title`, e.title),
      text: t.put(`${e.id}.text`, e.text),
      walkOut: e.walkOut ?? false,
      when: e.when ? { ...e.when } : null,
    })),
    lines: t.lines,
  };
}

/** Share of line ids with a text, per language (Dutch is the source, so always 1). */
export function translationCoverage(compiled: CompiledScenario): Record<Lang, number> {
  const all = Object.values(compiled.lines);
  const en = all.filter((l) => l.en !== undefined).length;
  return { nl: 1, en: all.length === 0 ? 0 : en / all.length };
}

/** The text of a line in `lang`, falling back to Dutch. */
export function lineText(compiled: CompiledScenario, lineId: string, lang: Lang = 'nl'): string | undefined {
  const line = compiled.lines[lineId];
  return line ? (line[lang] ?? line.nl) : undefined;
}
