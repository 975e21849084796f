/**
 * The Lab's worker answers from memory when it can (the last few results by exact text, and "same scenario
 * as before" instead of sending it again): after random edits to every shipped scenario, what the page gets
 * back must equal a check of that text from scratch, and the places must equal those of a fresh parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCheckReceiver } from '../../src/features/lab/check-answer.ts';
import { buildGraph } from '../../src/features/lab/graph.view.ts';
import { createCheckSession, labCheck, placesOf } from '../../src/features/lab/lab-check.ts';
import { LAB_FILE } from '../../src/features/lab/lab.view.ts';
import { sameData } from '../../src/features/lab/same-data.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';
import { parseYamlSource } from '../../src/content/yaml-source.ts';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios');
const SCENARIOS = readdirSync(DIR).filter((name) => /^[^.]+\.yaml$/.test(name));
const STEPS = 8;

/** mulberry32: a small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARACTERS = ['x', 'é', ' ', ':', '-', '#', '"', "'", '\n', '  ', '1', '{', '*'];

/** One random edit: a character or a line in or out somewhere, or back to an earlier text (undo). */
function edit(text: string, history: readonly string[], next: () => number): { text: string; kind: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const at = Math.floor(next() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (pick(['insert', 'insert', 'delete', 'delete', 'insertLine', 'deleteLine', 'undo'] as const)) {
    case 'insert':
      return { text: text.slice(0, at) + pick(CHARACTERS) + text.slice(at), kind: `insert at ${at}` };
    case 'delete':
      return { text: text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3)), kind: `delete at ${at}` };
    case 'insertLine':
      return { text: [...lines.slice(0, line), pick(lines), ...lines.slice(line)].join('\n'), kind: `insert line ${line + 1}` };
    case 'deleteLine':
      return { text: [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n'), kind: `delete line ${line + 1}` };
    case 'undo':
      return { text: pick(history), kind: 'undo' };
  }
}

function seedOf(name: string): number {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

describe('the Lab check from memory equals a check from scratch', () => {
  for (const name of SCENARIOS) {
    it(name, { timeout: 300_000 }, () => {
      const original = readFileSync(join(DIR, name), 'utf8');
      // One scenario also with its English table, so the translation path is covered as well.
      const translationFile = join(DIR, name.replace(/\.yaml$/, '.en.yaml'));
      const translation = name === SCENARIOS[0] ? readFileSync(translationFile, 'utf8') : null;
      const next = random(seedOf(name));
      const ask = createCheckSession(4);
      const receive = createCheckReceiver();
      const history = [original];
      let text = original;
      let previous = null as ReturnType<typeof labCheck> | null;
      for (let step = 0; step <= STEPS; step++) {
        let kind = 'the file itself';
        // Half the edits start from the file itself: errors pile up otherwise, and the compiling paths matter.
        if (step > 0) ({ text, kind } = edit(next() < 0.5 ? original : text, history, next));
        history.push(text);
        const got = receive(ask(text, translation));
        const want = labCheck(text, translation);
        expect(got, `${name}, step ${step} (${kind})`).toEqual(want);
        const parsed = parseYamlSource(LAB_FILE, text);
        expect(got.places, `${name}, step ${step}: places`).toEqual(want.scenario && parsed.ok ? placesOf(parsed.source) : {});
        // The same scenario comes back as the very same object, so the page keeps what belongs to it.
        if (previous?.scenario && got.scenario && sameData(previous.scenario, got.scenario)) expect(got.scenario).toBe(previous.scenario);
        if (got.scenario) previous = got;
      }
    });
  }
});

describe('sameData', () => {
  it('compares plain data in full', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(0, -0)).toBe(false);
  });
});

describe('the graph layout from memory', () => {
  it('gives the layout of the graph asked for, as a fresh copy', () => {
    const scenario = labCheck(TEMPLATE_YAML).scenario!;
    const text = TEMPLATE_YAML.replace(/next: plan/g, 'next: SKIP')
      .replace(/next: afspraak/g, 'next: plan')
      .replace(/next: SKIP/g, 'next: afspraak');
    const looped = labCheck(text).scenario!;
    const first = buildGraph(scenario);
    const copy = structuredClone(first);
    const other = buildGraph(looped);
    expect(other.edges.map((e) => `${e.from}>${e.to}`)).not.toEqual(first.edges.map((e) => `${e.from}>${e.to}`));
    first.nodes[0]!.x = -1;
    first.edges[0]!.points[0]!.x = -1;
    expect(buildGraph(scenario)).toEqual(copy);
    // Only the marks change with the analysis; the boxes stay where they were.
    const analysed = buildGraph(scenario, { unreachable: ['zorgen'], deadEnds: [], endingsReached: [] });
    expect(analysed.nodes.map((n) => [n.id, n.x, n.y])).toEqual(copy.nodes.map((n) => [n.id, n.x, n.y]));
  });
});
