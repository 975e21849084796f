/**
 * A plain depth-first walk over a parsed YAML document, in the order of the yaml library's `visit` (a pair's
 * key before its value, items in order). `visit` freezes a copy of the ancestor path at every node, which on a
 * large scenario costs more than the parse itself; the checks here only need a node and its direct parent.
 */
import { isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Where a node sits: the key or the value of a pair, an item of a list, or the document's root. */
export type Parent = Pair | YAMLSeq | Document.Parsed;

export interface Walker {
  scalar?(node: Scalar, isKey: boolean, parent: Parent): void;
  map?(node: YAMLMap): void;
  alias?(node: Alias): void;
  /** Every node (scalar, map, list, alias), before the specific callback. */
  node?(node: Node): void;
}

const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR = Symbol.for('yaml.scalar');
const ALIAS = Symbol.for('yaml.alias');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');

export function walkYaml(doc: Document.Parsed, walker: Walker): void {
  // The kind is read once per node (what isScalar, isAlias, isMap and isSeq each read again), and the
  // callbacks once per walk: on a large scenario the walk itself otherwise costs more than the checks in it.
  const { node: each, scalar, map, alias } = walker;
  const visit = (node: unknown, isKey: boolean, parent: Parent): void => {
    if (node === null || typeof node !== 'object') return;
    each?.(node as Node);
    switch ((node as Record<symbol, unknown>)[NODE_TYPE]) {
      case SCALAR:
        scalar?.(node as Scalar, isKey, parent);
        break;
      case ALIAS:
        alias?.(node as Alias);
        break;
      case MAP:
        map?.(node as YAMLMap);
        for (const pair of (node as YAMLMap).items as Pair[]) {
          visit(pair.key, true, pair);
          visit(pair.value, false, pair);
        }
        break;
      case SEQ:
        for (const item of (node as YAMLSeq).items) visit(item, false, node as YAMLSeq);
        break;
    }
  };
  visit(doc.contents, false, doc);
}

/** Thrown inside plainData when a document needs the library's own conversion. */
const NOT_PLAIN = new Error('not plain'); // made once: throwing it costs no stack trace per node

/**
 * `doc.toJS()` for the documents scenarios are made of (no aliases, only plain keys): the same data, built in
 * one pass without the library's per-node conversion context, which on a large file costs a third of the
 * parse. Returns undefined for anything else (aliases, collections as keys, values that are not plain JSON
 * values), and the caller falls back to `doc.toJS()`.
 */
export function plainData(doc: Document.Parsed): unknown {
  const convert = (node: unknown): unknown => {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'object' && value !== null) throw NOT_PLAIN;
      return typeof value === 'bigint' ? Number(value) : value;
    }
    if (isMap(node)) {
      const map: Record<string, unknown> = {};
      for (const pair of node.items as Pair[]) {
        const key = pair.key;
        if (key !== null && !isScalar(key)) throw NOT_PLAIN;
        const raw = key === null ? null : key.value;
        if (typeof raw === 'object' && raw !== null) throw NOT_PLAIN;
        const name = raw === null ? '' : String(raw as string | number | boolean | bigint | undefined);
        const value = convert(pair.value);
        // As the library does: a name the object already has ("__proto__", "constructor") becomes an own field.
        if (name in map) Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
        else map[name] = value;
      }
      return map;
    }
    if (isSeq(node)) return node.items.map(convert);
    throw NOT_PLAIN;
  };
  try {
    return convert(doc.contents);
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
