/**
 * Small CompiledScenario fixtures written inline in tests: moments as a map of option specs, with the
 * boilerplate (texts, endings, persona) filled in. Targets are moment ids, ending ids or `end`.
 */
import {
  NO_FEATURES,
  type Code,
  type CompiledMoment,
  type CompiledOption,
  type CompiledScenario,
  type Features,
  type Mode,
} from '../../src/engine/index.ts';
import type { CompiledEnding } from '../../src/engine/scenario.types.ts';

export interface OptionSpec {
  codes: Code[];
  /** A moment id, an ending id, 'end', or a map by mode (with `default`). */
  next: string | (Partial<Record<Mode, string>> & { default: string });
  features?: Partial<Features>;
  asks?: string[];
  agrees?: string[];
}

export interface ScenarioSpec {
  /** Moment id → option id → option; the first moment is the start. */
  moments: Record<string, Record<string, OptionSpec>>;
  maxTurns?: number;
  trust?: number;
  chronicLoad?: number;
  /** Fact id → sensitivity. */
  facts?: Record<string, number>;
  agreements?: string[];
}

/** Endings: `weggelopen` (walk-out), `goed` (open or opening), `anders` (the fallback). */
export function buildScenario(spec: ScenarioSpec): CompiledScenario {
  const momentIds = new Set(Object.keys(spec.moments));
  const endings: CompiledEnding[] = [
    { id: 'weggelopen', title: 'Weggelopen', text: 'x', walkOut: true, when: null },
    { id: 'goed', title: 'Goed', text: 'x', walkOut: false, when: { modes: ['open', 'opening'] } },
    { id: 'anders', title: 'Anders', text: 'x', walkOut: false, when: null },
  ];
  const target = (id: string) =>
    id === 'end' ? ({ kind: 'end' } as const) : momentIds.has(id) ? ({ kind: 'moment', id } as const) : ({ kind: 'ending', id } as const);
  const option = (id: string, o: OptionSpec): CompiledOption => ({
    id,
    text: `${id}.text`,
    codes: o.codes,
    features: { ...NO_FEATURES, ...o.features },
    asks: o.asks ?? [],
    agrees: o.agrees ?? [],
    reply: { default: [`${id}.reply`] },
    thought: null,
    note: null,
    next:
      typeof o.next === 'string'
        ? { default: target(o.next) }
        : (Object.fromEntries(Object.entries(o.next).map(([mode, id]) => [mode, target(id!)])) as CompiledOption['next']),
  });
  const moments: CompiledMoment[] = Object.entries(spec.moments).map(([id, options]) => ({
    id,
    phase: 'engaging',
    client: null,
    thought: null,
    options: Object.entries(options).map(([oid, o]) => option(oid, o)),
  }));
  return {
    formatVersion: 1,
    id: 'fixture',
    version: 1,
    title: 'Fixture',
    summary: 'x',
    domain: 'overig',
    level: 'basis',
    durationMinutes: 5,
    learningGoals: [],
    changeGoal: null,
    randomness: true,
    maxTurns: spec.maxTurns ?? 30,
    persona: {
      name: 'Test',
      age: 40,
      situation: 'x',
      caseFile: 'x',
      chronicLoad: spec.chronicLoad ?? 50,
      trust: spec.trust ?? 30,
      trait: 'flight',
      arrivalStress: 0,
      tuning: {},
      facts: Object.entries(spec.facts ?? {}).map(([id, sensitivity]) => ({
        id,
        topic: id,
        truth: id,
        sensitivity,
        answers: { accurate: `${id}.a`, vague: `${id}.v`, omitted: `${id}.o`, wrong: `${id}.w` },
      })),
      agreements: (spec.agreements ?? []).map((id) => ({ id, text: id })),
    },
    start: Object.keys(spec.moments)[0]!,
    moments,
    endings,
    lines: { 'x.text': { nl: 'x', en: 'x' }, 'y.text': { nl: 'y' } },
  };
}
