/** The Scenario Lab's pure parts: draft storage, file bytes, issue positions, the check and the graph. */
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from '../../src/app/route.ts';
import { issueRange, offsetAt } from '../../src/features/lab/editor-position.ts';
import { buildGraph, edgePath, END_NODE, nodeMarks, shortLabel } from '../../src/features/lab/graph.view.ts';
import { reachableMoments } from '../../src/content/moment-graph.ts';
import { labCheck } from '../../src/features/lab/lab-check.ts';
import {
  decodeFile,
  downloadName,
  DRAFT_KEY,
  editorText,
  encodeText,
  lineSeparatorOf,
  readDraft,
  smellsOf,
  storeDraft,
} from '../../src/features/lab/lab.view.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';

function memoryStorage(fail = false) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (fail) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('lab route', () => {
  it('is #/lab both ways', () => {
    expect(parseHash('#/lab')).toEqual({ screen: 'lab' });
    expect(parseHash('#/lab/')).toEqual({ screen: 'lab' });
    expect(hashFor({ screen: 'lab' })).toBe('#/lab');
    expect(parseHash('#/labx')).toEqual({ screen: 'library' });
  });
});

describe('draft and files', () => {
  it('keeps the draft under ruimte.lab.draft, and says when storage refuses', () => {
    const storage = memoryStorage();
    expect(readDraft(storage)).toBeNull();
    expect(storeDraft(storage, 'id: x')).toBe(true);
    expect(storage.data.get(DRAFT_KEY)).toBe('id: x');
    expect(readDraft(storage)).toBe('id: x');
    expect(storeDraft(memoryStorage(true), 'id: x')).toBe(false);
    expect(storeDraft(null, 'x')).toBe(false);
    expect(readDraft(null)).toBeNull();
    expect(
      readDraft({
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {},
        removeItem: () => {},
      }),
    ).toBeNull();
  });

  it('names the download after a valid id only', () => {
    expect(downloadName('mijn-scenario')).toBe('mijn-scenario.yaml');
    expect(downloadName(null)).toBe('scenario.yaml');
    expect(downloadName('../etc/passwd')).toBe('scenario.yaml');
  });

  it('turns bytes into text and back without losing a BOM, CRLF or accents', () => {
    const bytes = encodeText('\uFEFFtitle: Çelik\r\nid: x\r\n');
    const text = decodeFile(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(encodeText(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes CRLF only when every line break in the file is CRLF', () => {
    expect(lineSeparatorOf('a\r\nb\r\n')).toBe('\r\n');
    expect(lineSeparatorOf('a\nb\n')).toBe('\n');
    expect(lineSeparatorOf('a\r\nb\n')).toBe('\n');
    expect(lineSeparatorOf('')).toBe('\n');
    // Old-Mac (CR-only) lines, alone or among CRLF: the editor gets LF lines, as the checker counts them.
    expect(lineSeparatorOf('a\rb\r')).toBe('\n');
    expect(lineSeparatorOf('a\r\nb\rc\r\n')).toBe('\n');
    expect(editorText('a\rb\r\nc\n')).toBe('a\nb\nc\n');
    expect(editorText('a\r\nb\r\n')).toBe('a\r\nb\r\n');
  });
});

describe('issue positions in the editor', () => {
  const doc = Text.of(['id: x', '  next: zorgenn', '', 'end']);
  it('finds line and column, clamped into the document', () => {
    expect(offsetAt(doc, 2, 9)).toBe(doc.line(2).from + 8);
    expect(offsetAt(doc, 99, 1)).toBe(doc.line(4).from);
    expect(offsetAt(doc, 1, 99)).toBe(doc.line(1).to);
    expect(offsetAt(doc, 0, 0)).toBe(0);
  });
  it('underlines the word at the column, or the whole line', () => {
    const range = issueRange(doc, 2, 9);
    expect(doc.sliceString(range.from, range.to)).toBe('zorgenn');
    const end = issueRange(doc, 1, 99);
    expect(doc.sliceString(end.from, end.to)).toBe('id: x');
    const empty = issueRange(doc, 3, 1);
    expect(empty.from).toBe(empty.to);
  });
});

describe('labCheck', () => {
  it('compiles the template without a single issue, with every id placed at its line', () => {
    const check = labCheck(TEMPLATE_YAML);
    expect(check.issues).toEqual([]);
    expect(check.scenario?.moments).toHaveLength(5);
    expect(check.id).toBe('mijn-scenario');
    const lines = TEMPLATE_YAML.split('\n');
    for (const id of ['welkom', 'zorgen', 'opschrijven', 'einde-goed']) {
      expect(lines[check.places[id]!.line - 1]).toContain(`id: ${id}`);
    }
  });

  it('reports a broken reference at its line and column and does not compile', () => {
    const broken = TEMPLATE_YAML.replace('        asks: [huur]\n        next: zorgen\n', '        asks: [huur]\n        next: zorgenn\n');
    const check = labCheck(broken);
    expect(check.scenario).toBeNull();
    const [error] = check.issues.filter((i) => i.severity === 'error');
    expect(broken.split('\n')[error!.line - 1]!.slice(error!.column - 1)).toBe('zorgenn');
    expect(check.id).toBe('mijn-scenario');
  });

  it('checks an English table opened beside it', () => {
    const english = 'formatVersion: 1\nscenario: mijn-scenario\nlanguage: en\nlines:\n  meta.title: My first scenario\n';
    const check = labCheck(TEMPLATE_YAML, english);
    expect(check.scenario?.lines['meta.title']?.en).toBe('My first scenario');
    expect(check.issues.some((i) => i.file === 'scenario.en.yaml' || i.code === 'missing-translation')).toBe(true);
  });

  it('keeps the smells apart from the other issues', () => {
    const long = TEMPLATE_YAML.replace(
      'text: Niet betalen heeft gevolgen. Dat zijn de regels.',
      `text: ${'Niet betalen heeft gevolgen, en die gevolgen kunnen groot zijn voor u. '.repeat(2)}`,
    );
    const smells = smellsOf(labCheck(long).issues);
    expect(smells.map((s) => s.code)).toContain('giveaway-length');
    expect(smellsOf(labCheck(TEMPLATE_YAML).issues)).toEqual([]);
  });
});

describe('graph', () => {
  const scenario = labCheck(TEMPLATE_YAML).scenario!;

  it('lays out every moment and ending plus the end node, with real coordinates', () => {
    const graph = buildGraph(scenario);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      [...scenario.moments.map((m) => m.id), ...scenario.endings.map((e) => e.id), END_NODE].sort(),
    );
    expect(graph.width).toBeGreaterThan(0);
    for (const n of graph.nodes) expect(n.x > 0 && n.y > 0).toBe(true);
    const first = graph.nodes.find((n) => n.id === 'welkom')!;
    const last = graph.nodes.find((n) => n.id === 'afspraak')!;
    expect(first.y).toBeLessThan(last.y);
    for (const e of graph.edges) expect(e.points.length).toBeGreaterThan(1);
  });

  it('groups options per arrow and dashes the mode-dependent ones', () => {
    const graph = buildGraph(scenario);
    const welkom = graph.edges.find((e) => e.from === 'welkom' && e.to === 'verhaal')!;
    expect(welkom.options).toEqual(['open-welkom', 'papieren']);
    expect(welkom.conditional).toBe(false);
    expect(graph.edges.find((e) => e.from === 'afspraak' && e.to === 'einde-gewoon')!.conditional).toBe(true);
    expect(
      graph.edges
        .filter((e) => e.from === END_NODE)
        .map((e) => e.to)
        .sort(),
    ).toEqual(['einde-gewoon', 'einde-goed']);
  });

  it('marks start, endings, the walk-out, unreachable moments and dead ends', () => {
    const marks = (g: ReturnType<typeof buildGraph>, id: string) => nodeMarks(g.nodes.find((n) => n.id === id)!);
    const plain = buildGraph(scenario);
    expect(marks(plain, 'welkom')).toEqual(['start']);
    expect(marks(plain, 'verhaal')).toEqual([]);
    expect(marks(plain, 'einde-goed')).toEqual(['ending']);
    expect(marks(plain, 'einde-weg')).toEqual(['walkOut']);
    expect(marks(plain, END_NODE)).toEqual(['end']);

    const text = TEMPLATE_YAML.replace(/next: plan/g, 'next: SKIP')
      .replace(/next: afspraak/g, 'next: plan')
      .replace(/next: SKIP/g, 'next: afspraak');
    const looped = labCheck(text).scenario!;
    expect(reachableMoments(looped).has('plan')).toBe(false);
    const graph = buildGraph(looped);
    expect(marks(graph, 'plan')).toEqual(['unreachable', 'deadEnd']);
    expect(marks(graph, 'afspraak')).toEqual([]);
  });

  it('adds what the analysis found', () => {
    const graph = buildGraph(scenario, { unreachable: ['zorgen'], deadEnds: ['plan'], endingsReached: ['einde-weg', 'einde-goed'] });
    const marks = (id: string) => nodeMarks(graph.nodes.find((n) => n.id === id)!);
    expect(marks('zorgen')).toEqual(['unreachable']);
    expect(marks('plan')).toEqual(['deadEnd']);
    expect(marks('einde-gewoon')).toEqual(['ending', 'unreachable']);
    expect(marks('einde-weg')).toEqual(['walkOut']);
  });

  it('draws paths and shortens long labels', () => {
    expect(
      edgePath([
        { x: 1, y: 2 },
        { x: 3.25, y: 4 },
      ]),
    ).toBe('M1.0,2.0 L3.3,4.0');
    expect(shortLabel('kort')).toBe('kort');
    expect(shortLabel('een-heel-lang-moment-id-dat-niet-past', 10)).toBe('een-heel-…');
  });
});
