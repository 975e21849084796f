/**
 * The moments as a graph: which moment can lead to which, following every possible `next`, whatever the
 * client's state. The one place for reachability over that graph: the checker (semantics.ts, on the YAML
 * source), the smells and the Lab's graph (on a compiled scenario) all use the functions below. What real
 * conversations reach, given the client's state, is the play-through's business (smells-reach.ts, analyse.ts).
 */
import type { CompiledScenario } from '../engine/index.ts';

/** Edges between node indices: `edges[i]` lists the nodes node `i` can lead to (duplicates allowed). */
export type Edges = readonly (readonly number[])[];

/** Nodes reachable from `start` by following the edges (none when there is no start). */
export function reachableFrom(edges: Edges, start: number | undefined): Set<number> {
  const reachable = new Set<number>();
  const stack = start === undefined ? [] : [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (reachable.has(i)) continue;
    reachable.add(i);
    for (const to of edges[i]!) if (!reachable.has(to)) stack.push(to);
  }
  return reachable;
}

/** Nodes from which some path reaches an exit (walking the edges backwards from the exits). */
export function canReachExit(edges: Edges, exits: readonly boolean[]): Set<number> {
  const incoming: number[][] = edges.map(() => []);
  edges.forEach((tos, from) => tos.forEach((to) => incoming[to]!.push(from)));
  const canEnd = new Set<number>();
  const queue = exits.flatMap((exit, i) => (exit ? [i] : []));
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (canEnd.has(i)) continue;
    canEnd.add(i);
    for (const from of incoming[i]!) if (!canEnd.has(from)) queue.push(from);
  }
  return canEnd;
}

/** Steps from `start` to each node along the shortest way (breadth first); -1 when unreachable. */
export function stepsFrom(edges: Edges, start: number | undefined): number[] {
  const dist = edges.map(() => -1);
  if (start === undefined) return dist;
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

/** A compiled scenario's moments as node indices (in file order), with the moments whose options can end. */
export interface MomentGraph {
  edges: number[][];
  /** A moment with an option that leads to an ending or to `end`. */
  exits: boolean[];
  start: number | undefined;
}

export function momentGraph(scenario: CompiledScenario): MomentGraph {
  const index = new Map(scenario.moments.map((m, i) => [m.id, i]));
  const edges: number[][] = scenario.moments.map(() => []);
  const exits = scenario.moments.map(() => false);
  scenario.moments.forEach((m, i) => {
    for (const o of m.options) {
      for (const t of Object.values(o.next)) {
        if (!t) continue;
        if (t.kind !== 'moment') exits[i] = true;
        else if (index.has(t.id)) edges[i]!.push(index.get(t.id)!);
      }
    }
  });
  return { edges, exits, start: index.get(scenario.start) };
}

/** Moment ids reachable from the start by following the arrows. */
export function reachableMoments(scenario: CompiledScenario): Set<string> {
  const graph = momentGraph(scenario);
  return idsOf(scenario, reachableFrom(graph.edges, graph.start));
}

/** Moment ids from which some path of arrows leads out of the conversation (to an ending). */
export function momentsThatCanEnd(scenario: CompiledScenario): Set<string> {
  const graph = momentGraph(scenario);
  return idsOf(scenario, canReachExit(graph.edges, graph.exits));
}

function idsOf(scenario: CompiledScenario, nodes: ReadonlySet<number>): Set<string> {
  return new Set(scenario.moments.flatMap((m, i) => (nodes.has(i) ? [m.id] : [])));
}

/** Moment ids each moment's options can lead to (in any mode). */
export function successors(scenario: CompiledScenario): Map<string, string[]> {
  const ids = new Set(scenario.moments.map((m) => m.id));
  return new Map(
    scenario.moments.map((m) => {
      const to = new Set<string>();
      for (const o of m.options) for (const t of Object.values(o.next)) if (t?.kind === 'moment' && ids.has(t.id)) to.add(t.id);
      return [m.id, [...to]];
    }),
  );
}

/**
 * The most turns a conversation can still take from each moment before it ends by its own path: 1 for a
 * moment whose options all end, Infinity for a moment in or leading into a loop.
 */
export function longestPaths(scenario: CompiledScenario): Map<string, number> {
  const next = successors(scenario);
  const longest = new Map<string, number>();
  const onStack = new Set<string>();
  // Iterative post-order DFS: scenarios may have thousands of moments in a chain.
  for (const root of next.keys()) {
    if (longest.has(root)) continue;
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
    onStack.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const children = next.get(top.id)!;
      if (top.i < children.length) {
        const child = children[top.i]!;
        top.i += 1;
        if (onStack.has(child)) longest.set(top.id, Infinity);
        else if (!longest.has(child)) {
          stack.push({ id: child, i: 0 });
          onStack.add(child);
        }
        continue;
      }
      stack.pop();
      onStack.delete(top.id);
      const viaChildren = Math.max(0, ...children.map((c) => longest.get(c) ?? Infinity));
      longest.set(top.id, Math.max(longest.get(top.id) ?? 0, 1 + viaChildren));
    }
  }
  return longest;
}

/**
 * For each moment, the fact ids that the options of this moment or of any moment after it can still ask.
 * A fact outside this set is settled: nothing later in the conversation can change what is known about it.
 */
export function askableFacts(scenario: CompiledScenario): Map<string, Set<string>> {
  const next = successors(scenario);
  const askable = new Map(scenario.moments.map((m) => [m.id, new Set(m.options.flatMap((o) => o.asks))]));
  // Fixed point over the graph: loops are fine, each set only grows.
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, set] of askable) {
      for (const to of next.get(id)!) {
        for (const fact of askable.get(to)!) {
          if (!set.has(fact)) {
            set.add(fact);
            changed = true;
          }
        }
      }
    }
  }
  return askable;
}
