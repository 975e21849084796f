/**
 * Path (keys and indices, as zod and the semantic checks report them) → the nearest YAML node's position.
 * The walk stops at the deepest node that exists, so a problem under a missing or aliased part still points
 * somewhere sensible instead of line 1.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { positionAt, type Position, type YamlSource } from './yaml-source.ts';

export type DataPath = readonly PropertyKey[];

/**
 * - `value`: the value at the path (a wrong type, a dangling id); its key when the value is empty.
 * - `key`: the key of the last step (an unknown field); for a list item, the item.
 * - `parent`: the mapping that holds the last step (a missing field).
 */
export type Focus = 'value' | 'key' | 'parent';

interface Found {
  node: Node | null;
  /** The key node of the last mapping step, when the walk ended on one. */
  key: Node | null;
  /** Offset of the deepest thing found. */
  offset: number;
  complete: boolean;
}

function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function start(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}

function walk(source: YamlSource, path: DataPath): Found {
  let node = source.doc.contents as Node | null;
  let key: Node | null = null;
  let offset = start(node) ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const name = String(step);
      const pair = node.items.find((p) => keyText(p) === name);
      if (!pair) return { node, key, offset, complete: false };
      key = pair.key as Node;
      node = pair.value as Node | null;
      offset = start(node) ?? start(key) ?? offset;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      key = null;
      node = node.items[step] as Node | null;
      offset = start(node) ?? offset;
    } else {
      return { node, key, offset, complete: false };
    }
  }
  return { node, key, offset, complete: true };
}

export function locate(source: YamlSource, path: DataPath, focus: Focus = 'value'): Position {
  if (focus === 'parent') return positionAt(source.lineCounter, walk(source, path.slice(0, -1)).offset);
  const found = walk(source, path);
  if (!found.complete) return positionAt(source.lineCounter, found.offset);
  if (focus === 'key' && found.key) return positionAt(source.lineCounter, start(found.key) ?? found.offset);
  if (found.node === null || (isScalar(found.node) && found.node.value === null && found.key)) {
    // `reply:` with nothing after it: point at the key the author wrote.
    return positionAt(source.lineCounter, start(found.key) ?? found.offset);
  }
  return positionAt(source.lineCounter, found.offset);
}

/** Whether the path exists in the document (a key present, even with an empty value). */
export function exists(source: YamlSource, path: DataPath): boolean {
  return walk(source, path).complete;
}
