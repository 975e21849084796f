/** The moments as a graph: which moment can lead to which, following every possible `next`. */
import type { CompiledScenario } from '../engine/index.ts';

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
  for (let changed = true; changed; ) {
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
