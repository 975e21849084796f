/**
 * The meaning checks, run once the shape is valid: ids, references, endings, options that say nothing, and
 * the conversation graph (unreachable moments, loops with no way out). Each issue points at the exact node.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { issue, MAX_ISSUES_PER_FILE, type ContentIssue, type IssueCode, type Severity } from './issues.ts';
import { locate, type DataPath, type Focus } from './locate.ts';
import { DEFAULT_MAX_TURNS } from './compile.ts';
import type { NextSource, ScenarioSource } from './schema.ts';
import { didYouMean, levenshtein, listAnd, quoted } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

export type IdKind = 'moment' | 'option' | 'fact' | 'agreement' | 'ending';

/** `end` is the "let the state choose" target; `meta` and `persona` prefix the scenario's own line ids. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['end', 'meta', 'persona']);

interface IdEntry {
  id: string;
  kind: IdKind;
  path: DataPath;
  line: number;
  column: number;
}

/** The message is built only when the issue is kept: "did you mean" over thousands of ids is not free. */
interface Report {
  (path: DataPath, focus: Focus, severity: Severity, code: IssueCode, message: string | (() => string)): void;
}

export function semanticIssues(source: YamlSource, s: ScenarioSource): ContentIssue[] {
  const out: ContentIssue[] = [];
  let skipped = 0;
  const report: Report = (path, focus, severity, code, message) => {
    if (out.length >= MAX_ISSUES_PER_FILE) {
      skipped += 1;
      return;
    }
    out.push(issue(source.file, locate(source, path, focus), severity, code, typeof message === 'string' ? message : message()));
  };

  const ids = collectIds(source, s);
  checkIds(ids, report);
  const kindOf = new Map<string, IdKind>();
  for (const entry of ids) if (!kindOf.has(entry.id)) kindOf.set(entry.id, entry.kind);
  const idsOf = (kind: IdKind) => ids.filter((e) => e.kind === kind).map((e) => e.id);

  const before = out.length;
  checkReferences(s, kindOf, idsOf, report);
  const referencesOk = out.length === before;
  checkEndings(s, ids, report);
  checkOptions(s, report);
  checkMisplacedFields(source, s, report);
  checkUse(s, report);
  // A graph with dangling edges would report loops that are really typos; fix the references first.
  if (referencesOk) checkGraph(s, kindOf, report);
  if (skipped > 0) {
    const last = out[out.length - 1]!;
    out.push(issue(source.file, last, 'warning', 'too-many-issues', `${skipped} more problems were found after this one; fix the ones above first, then check again`));
  }
  return out;
}

function collectIds(source: YamlSource, s: ScenarioSource): IdEntry[] {
  const entries: IdEntry[] = [];
  const add = (id: string, kind: IdKind, path: DataPath) => {
    const at = locate(source, [...path, 'id']);
    entries.push({ id, kind, path, line: at.line, column: at.column });
  };
  s.persona.facts.forEach((f, i) => add(f.id, 'fact', ['persona', 'facts', i]));
  s.persona.agreements.forEach((a, i) => add(a.id, 'agreement', ['persona', 'agreements', i]));
  s.moments.forEach((m, i) => {
    add(m.id, 'moment', ['moments', i]);
    m.options.forEach((o, j) => add(o.id, 'option', ['moments', i, 'options', j]));
  });
  s.endings.forEach((e, i) => add(e.id, 'ending', ['endings', i]));
  // File order, so "already used" always points up to the first one the author wrote.
  return entries.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkIds(ids: IdEntry[], report: Report): void {
  const first = new Map<string, IdEntry>();
  for (const entry of ids) {
    if (RESERVED_IDS.has(entry.id)) {
      const why = entry.id === 'end' ? '"end" means "let the client\'s state choose the ending"' : `"${entry.id}" is used for the scenario's own texts`;
      report([...entry.path, 'id'], 'value', 'error', 'reserved-id', `the id "${entry.id}" is reserved (${why}); give this ${entry.kind} another id`);
      continue;
    }
    const earlier = first.get(entry.id);
    if (earlier) {
      report(
        [...entry.path, 'id'],
        'value',
        'error',
        'duplicate-id',
        `the id "${entry.id}" is already used by ${earlier.kind} "${earlier.id}" on line ${earlier.line}; every moment, option, fact, agreement and ending needs its own id, so rename this ${entry.kind}`,
      );
    } else {
      first.set(entry.id, entry);
    }
  }
}

function targets(next: NextSource): [DataPath, string][] {
  if (typeof next === 'string') return [[[], next]];
  return Object.entries(next).flatMap(([key, target]) => (typeof target === 'string' ? [[[key], target] as [DataPath, string]] : []));
}

function checkReferences(s: ScenarioSource, kindOf: Map<string, IdKind>, idsOf: (kind: IdKind) => string[], report: Report): void {
  const moments = idsOf('moment');
  const startKind = kindOf.get(s.start);
  if (startKind !== 'moment') {
    const message = startKind
      ? `"start" names ${startKind} "${s.start}", but the conversation must start at a moment; write the id of the first moment`
      : `"start" names "${s.start}", but there is no moment with that id${didYouMean(s.start, moments) || '; write the id of the first moment'}`;
    report(['start'], 'value', 'error', startKind ? 'wrong-reference' : 'unknown-reference', message);
  }

  const destinations = ['end', ...moments, ...idsOf('ending')];
  const facts = idsOf('fact');
  const agreements = idsOf('agreement');
  s.moments.forEach((m, i) =>
    m.options.forEach((o, j) => {
      const at: DataPath = ['moments', i, 'options', j];
      for (const [sub, target] of targets(o.next)) {
        if (target === 'end') continue;
        const kind = kindOf.get(target);
        if (kind === 'moment' || kind === 'ending') continue;
        const message = () =>
          kind
            ? `"next" of option "${o.id}" names ${kind} "${target}", but it must name a moment, an ending, or "end"; point it at the moment that follows`
            : `"next" of option "${o.id}" names "${target}", which does not exist${didYouMean(target, destinations, new Set([m.id])) || '; write the id of a moment or an ending, or "end"'}`;
        report([...at, 'next', ...sub], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      }
      (o.asks ?? []).forEach((id, k) => {
        const kind = kindOf.get(id);
        if (kind === 'fact') return;
        const message = () =>
          kind === 'agreement'
            ? `option "${o.id}" asks about "${id}", which is an agreement, not a fact; move it to "agrees"`
            : kind
              ? `option "${o.id}" asks about "${id}", which is ${kind === 'option' ? 'an' : 'a'} ${kind}, not a fact; write the id of a fact from persona → facts`
              : `option "${o.id}" asks about "${id}", but there is no fact with that id${didYouMean(id, facts, new Set(o.asks)) || '; add the fact under persona → facts, or correct the id'}`;
        report([...at, 'asks', k], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      });
      (o.agrees ?? []).forEach((id, k) => {
        const kind = kindOf.get(id);
        if (kind === 'agreement') return;
        const message = () =>
          kind === 'fact'
            ? `option "${o.id}" agrees on "${id}", which is a fact, not an agreement; move it to "asks"`
            : kind
              ? `option "${o.id}" agrees on "${id}", which is ${kind === 'option' ? 'an' : 'a'} ${kind}, not an agreement; write the id of an agreement from persona → agreements`
              : `option "${o.id}" agrees on "${id}", but there is no agreement with that id${didYouMean(id, agreements, new Set(o.agrees)) || '; add it under persona → agreements, or correct the id'}`;
        report([...at, 'agrees', k], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      });
    }),
  );
}

function checkEndings(s: ScenarioSource, ids: IdEntry[], report: Report): void {
  const lineOf = (id: string) => ids.find((e) => e.kind === 'ending' && e.id === id)?.line ?? 0;
  const walkOuts = s.endings.flatMap((e, i) => (e.walkOut ? [{ e, i }] : []));
  if (walkOuts.length === 0) {
    report(['endings'], 'value', 'error', 'walk-out-ending', 'none of the endings has "walkOut: true"; add it to the ending used when the client walks out');
  }
  for (const { e, i } of walkOuts.slice(1)) {
    const firstId = walkOuts[0]!.e.id;
    report(['endings', i, 'walkOut'], 'key', 'error', 'walk-out-ending', `ending "${e.id}" also has "walkOut: true", but only one ending may have it (ending "${firstId}" on line ${lineOf(firstId)} does); remove it from one of them`);
  }
  for (const { e, i } of walkOuts) {
    if (e.when) report(['endings', i, 'when'], 'key', 'warning', 'ignored-condition', `ending "${e.id}" is the walk-out ending, so its "when" is never used; remove the "when"`);
  }

  const plain = s.endings.flatMap((e, i) => (e.walkOut ? [] : [{ e, i }]));
  if (plain.length === 0) {
    report(['endings'], 'value', 'error', 'fallback-ending', 'every ending is a walk-out ending; add an ending without "walkOut" and without "when", used when the conversation ends normally');
    return;
  }
  // `end` (and the turn limit) takes the first ending whose "when" fits, so it never passes the first ending
  // without a "when": the fallback. Endings below it are reached only when an option names them in "next".
  const direct = directEndings(s);
  const fallback = plain.find(({ e }) => !e.when);
  if (!fallback) {
    // Endings that only "next" leads to may have a "when" (it is not used then); the others need a fallback.
    const chosen = plain.filter(({ e }) => !direct.has(e.id));
    const last = chosen[chosen.length - 1] ?? plain[plain.length - 1]!;
    report(
      ['endings', last.i, 'when'],
      'key',
      'error',
      'fallback-ending',
      `the last ending that "end" can choose, "${last.e.id}", has a "when", so "end" may find no ending that fits; remove this "when" (the ending without "when" is the fallback), or add an ending without "when" below it`,
    );
    return;
  }
  for (const { e, i } of plain.filter(({ i }) => i > fallback.i)) {
    if (direct.has(e.id)) {
      if (e.when) {
        report(
          ['endings', i, 'when'],
          'key',
          'warning',
          'ignored-condition',
          `ending "${e.id}" comes below "${fallback.e.id}", the first ending without "when", so "end" never chooses it and it is reached only through "next", where its "when" is not used; remove the "when", or move the ending above "${fallback.e.id}" if "end" should choose it too`,
        );
      }
      continue;
    }
    const why = e.when
      ? `it comes below "${fallback.e.id}", which has no "when", so "end" always stops at "${fallback.e.id}" first`
      : `"${fallback.e.id}" above it has no "when" either, so "end" always stops at "${fallback.e.id}"`;
    const fix = direct.has(fallback.e.id)
      ? `an option leads to "${fallback.e.id}" through "next": if that is what it is for, move "${fallback.e.id}" to the bottom of the endings (endings that only "next" leads to belong below the fallback); otherwise give "${fallback.e.id}" a "when"`
      : e.when
      ? `move "${e.id}" above "${fallback.e.id}", or let an option lead to it with "next: ${e.id}"`
      : `give one of the two a "when" (the ending without "when" is the fallback, below the others that "end" chooses from), or let an option lead to "${e.id}" with "next: ${e.id}"`;
    report(['endings', i], 'value', 'error', 'fallback-ending', `ending "${e.id}" is never used: ${why}, and no option leads to "${e.id}" directly; ${fix}`);
  }
}

/** Ending ids some option names in its "next" (in any mode). */
function directEndings(s: ScenarioSource): Set<string> {
  const endings = new Set(s.endings.map((e) => e.id));
  const found = new Set<string>();
  for (const m of s.moments) for (const o of m.options) for (const [, target] of targets(o.next)) if (endings.has(target)) found.add(target);
  return found;
}

function checkOptions(s: ScenarioSource, report: Report): void {
  s.moments.forEach((m, i) =>
    m.options.forEach((o, j) => {
      if (o.reply === undefined && (o.asks ?? []).length === 0) {
        report(['moments', i, 'options', j], 'value', 'error', 'no-reply', `option "${o.id}" has no reply and asks no facts, so the client would say nothing; add a "reply"`);
      }
      const twin = m.options.slice(0, j).find((earlier) => sameText(earlier.text, o.text));
      if (twin) {
        const how = twin.text === o.text ? 'the same text as' : 'almost the same text as';
        report(
          ['moments', i, 'options', j, 'text'],
          'value',
          'warning',
          'duplicate-option-text',
          `option "${o.id}" has ${how} option "${twin.id}" at moment "${m.id}", so the trainee sees two buttons that say the same; change the text of one of them (or remove one, if it was copied by mistake)`,
        );
      }
    }),
  );
}

/** Letters and digits only, lower case, accents removed: what the trainee reads, not the punctuation. */
function normalText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Identical, or differing only in punctuation, case or a slip of a few letters (under a tenth of the text). */
export function sameText(a: string, b: string): boolean {
  const x = normalText(a);
  const y = normalText(b);
  if (x === y) return true;
  const limit = Math.floor(Math.max(x.length, y.length) / 10);
  return limit >= 1 && levenshtein(x, y, limit) <= limit;
}

/** Fields a moment and an option both have: one indented a level off moves silently between the two. */
const SHARED_FIELDS = ['thought'] as const;

/**
 * A moment field written after the moment's options: the author almost always writes a moment's own fields
 * first, so `thought:` below the options is nearly always an option's thought that lost one level of
 * indentation and now silently belongs to the moment.
 */
function checkMisplacedFields(source: YamlSource, s: ScenarioSource, report: Report): void {
  const moments = source.doc.get('moments', true);
  if (!isSeq(moments)) return;
  moments.items.forEach((node, i) => {
    if (!isMap(node)) return;
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    const optionsAt = keys.indexOf('options');
    if (optionsAt === -1) return;
    const moment = s.moments[i];
    const last = moment?.options[moment.options.length - 1];
    if (!moment || !last) return;
    for (const field of SHARED_FIELDS) {
      if (keys.indexOf(field) <= optionsAt) continue;
      report(
        ['moments', i, field],
        'key',
        'warning',
        'misplaced-field',
        `"${field}" comes after the options of moment "${moment.id}", so it is the moment's ${field}, not that of option "${last.id}" above it; if it belongs to that option, indent it to line up with the option's other fields; if it is the moment's, move it above "options:"`,
      );
    }
  });
}

function checkUse(s: ScenarioSource, report: Report): void {
  const asked = new Set<string>();
  const agreed = new Set<string>();
  for (const m of s.moments) {
    for (const o of m.options) {
      for (const id of o.asks ?? []) asked.add(id);
      for (const id of o.agrees ?? []) agreed.add(id);
    }
  }
  s.persona.facts.forEach((f, i) => {
    if (!asked.has(f.id)) {
      report(['persona', 'facts', i], 'value', 'warning', 'unused-fact', `fact "${f.id}" is never asked: no option lists it under "asks", so the client can never tell it; add "asks: [${f.id}]" to an option, or remove the fact`);
    }
  });
  s.persona.agreements.forEach((a, i) => {
    if (!agreed.has(a.id)) {
      report(['persona', 'agreements', i], 'value', 'warning', 'unused-agreement', `agreement "${a.id}" is never made: no option lists it under "agrees"; add "agrees: [${a.id}]" to an option, or remove the agreement`);
    }
  });
}

function checkGraph(s: ScenarioSource, kindOf: Map<string, IdKind>, report: Report): void {
  const index = new Map(s.moments.map((m, i) => [m.id, i]));
  const edges: number[][] = s.moments.map(() => []);
  const exits: boolean[] = s.moments.map(() => false);
  s.moments.forEach((m, i) => {
    for (const o of m.options) {
      for (const [, target] of targets(o.next)) {
        if (target === 'end' || kindOf.get(target) === 'ending') exits[i] = true;
        const to = index.get(target);
        if (to !== undefined) edges[i]!.push(to);
      }
    }
  });

  // Reachable from the start, following every possible "next".
  const reachable = new Set<number>();
  const startIndex = index.get(s.start);
  const stack = startIndex === undefined ? [] : [startIndex];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (reachable.has(i)) continue;
    reachable.add(i);
    for (const to of edges[i]!) if (!reachable.has(to)) stack.push(to);
  }
  s.moments.forEach((m, i) => {
    if (!reachable.has(i)) {
      report(['moments', i], 'value', 'warning', 'unreachable-moment', `moment "${m.id}" can never be reached from the start moment "${s.start}"; let an option lead to it with "next: ${m.id}", or remove the moment`);
    }
  });

  // Moments from which some path reaches an ending (walking the edges backwards from the exits).
  const incoming: number[][] = s.moments.map(() => []);
  edges.forEach((tos, from) => tos.forEach((to) => incoming[to]!.push(from)));
  const canEnd = new Set<number>();
  const queue = exits.flatMap((exit, i) => (exit ? [i] : []));
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (canEnd.has(i)) continue;
    canEnd.add(i);
    for (const from of incoming[i]!) if (!canEnd.has(from)) queue.push(from);
  }

  checkTurns(s, edges, exits, reachable, report);

  // Report each closed loop once (a strongly connected group that nothing leads out of); moments that
  // merely lead into a loop are fixed by fixing the loop.
  const stuck = (i: number) => !canEnd.has(i) && reachable.has(i);
  for (const group of stronglyConnected(edges, stuck)) {
    const members = new Set(group);
    const closed = group.every((i) => edges[i]!.every((to) => members.has(to)));
    if (!closed) continue;
    const first = Math.min(...group);
    const names = group.sort((a, b) => a - b).map((i) => s.moments[i]!.id);
    const message =
      names.length === 1
        ? `moment "${names[0]}" is a dead end: all its options lead back to "${names[0]}", so the conversation can never end from here; let at least one option lead to another moment, an ending, or "end"`
        : `moments ${listAnd(quoted(names))} form a loop with no way out: their options only lead to each other, so the conversation can never end once it gets here; let at least one option lead to an ending, to "end", or to a moment outside the loop`;
    report(['moments', first], 'value', 'error', 'dead-end', message);
  }
}

/** Turns from the start to each moment along the shortest way (breadth first); -1 when unreachable. */
function distances(s: ScenarioSource, edges: number[][]): number[] {
  const dist = s.moments.map(() => -1);
  const start = s.moments.findIndex((m) => m.id === s.start);
  if (start === -1) return dist;
  dist[start] = 0;
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    for (const to of edges[i]!) {
      if (dist[to] !== -1) continue;
      dist[to] = dist[i]! + 1;
      queue.push(to);
    }
  }
  return dist;
}

/** A conversation needs at least this many moments before an `end` halfway through counts as early. */
const EARLY_END_MIN_DEPTH = 4;

function endsHere(next: NextSource): boolean {
  return (typeof next === 'string' ? next : next.default) === 'end';
}

/**
 * The turn limit against the shortest way to an ending, and `next: end` early in the conversation at a
 * moment where other options go on: a copied option whose `next` was never changed, more often than not.
 */
function checkTurns(s: ScenarioSource, edges: number[][], exits: boolean[], reachable: Set<number>, report: Report): void {
  const dist = distances(s, edges);
  const exitTurns = exits.flatMap((exit, i) => (exit && dist[i]! >= 0 ? [dist[i]! + 1] : []));
  const maxTurns = s.maxTurns ?? DEFAULT_MAX_TURNS;
  if (exitTurns.length > 0) {
    const shortest = Math.min(...exitTurns);
    if (shortest > maxTurns) {
      const at: DataPath = s.maxTurns === undefined ? ['start'] : ['maxTurns'];
      report(
        at,
        'value',
        'error',
        'max-turns-too-low',
        `the shortest way from the start to an ending takes ${shortest} turns, but "maxTurns" is ${maxTurns}, so every conversation is cut off before it can end; raise "maxTurns" to at least ${shortest} (and leave room for detours: ${shortest + Math.ceil(shortest / 2)} or more), or leave it out (the default is ${DEFAULT_MAX_TURNS})`,
      );
    }
  }

  const depth = Math.max(...dist);
  if (depth < EARLY_END_MIN_DEPTH) return;
  s.moments.forEach((m, i) => {
    if (!reachable.has(i) || dist[i]! + 1 > depth / 2) return;
    if (m.options.every((o) => endsHere(o.next))) return;
    m.options.forEach((o, j) => {
      if (!endsHere(o.next) || o.endsConversation) return;
      const path: DataPath = typeof o.next === 'string' ? ['moments', i, 'options', j, 'next'] : ['moments', i, 'options', j, 'next', 'default'];
      report(
        path,
        'value',
        'warning',
        'early-end',
        `option "${o.id}" ends the conversation ("end") at moment "${m.id}", ${dist[i]! + 1} ${dist[i] === 0 ? 'turn' : 'turns'} in, while the other options here go on and the conversation runs ${depth + 1} moments deep; if it may really end here, add "endsConversation: true" to this option; otherwise point "next" at the moment that should follow`,
      );
    });
  });
}

/** Tarjan's strongly connected components over the nodes that pass `include`, without recursion. */
function stronglyConnected(edges: number[][], include: (i: number) => boolean): number[][] {
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < edges.length; root++) {
    if (!include(root) || order.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      const tos = edges[node]!;
      if (edge < tos.length) {
        frame[1] += 1;
        const to = tos[edge]!;
        if (!include(to)) continue;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node)!, order.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === order.get(node)) {
        const group: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        groups.push(group);
      }
    }
  }
  return groups;
}
