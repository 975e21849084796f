/**
 * A small memory of the last few results by key, the least recently used going first: the Lab keeps recent
 * checks (undo gives back a text checked a moment ago) and recent graph layouts this way.
 */
export function recentMemo<V>(keep: number): (key: string, make: () => V) => V {
  const recent = new Map<string, V>();
  return (key, make) => {
    const value = recent.has(key) ? recent.get(key)! : make();
    recent.delete(key);
    recent.set(key, value);
    if (recent.size > keep) recent.delete(recent.keys().next().value!);
    return value;
  };
}
