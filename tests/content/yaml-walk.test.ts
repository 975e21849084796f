/** The checker's own walk and data conversion must agree exactly with the yaml library's. */
import { readFileSync } from 'node:fs';
import { yamlFiles } from '../helpers/scenarios.ts';
import { describe, expect, it } from 'vitest';
import { parseDocument, visit, type Node } from 'yaml';
import { plainData, walkYaml } from '../../src/content/yaml-walk.ts';

const files = yamlFiles();

const parse = (text: string) => parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
// A file with syntax errors never reaches plainData (the checker reports the errors instead).
const parsable = files.filter((file) => parse(readFileSync(file, 'utf8')).errors.length === 0);

describe('plainData', () => {
  it.each(parsable)('%s: the same data as doc.toJS()', (file) => {
    const doc = parse(readFileSync(file, 'utf8'));
    const data = plainData(doc);
    if (data !== undefined) expect(data).toStrictEqual(doc.toJS());
    else expect(data).toBeUndefined(); // not plain: the caller falls back to doc.toJS()
  });

  it('the awkward keys and values toJS knows: null, numbers, booleans, __proto__, empty keys', () => {
    const doc = parse(
      'a: 1\n2: two\ntrue: yes\nnull: ~\n__proto__: { x: 1 }\n? \n: empty\nlist: [1, "2", null, { b: c }]\nnested:\n  - - deep\n',
    );
    const data = plainData(doc) as Record<string, unknown>;
    expect(data).toStrictEqual(doc.toJS());
    expect(Object.keys(data)).toEqual(Object.keys(doc.toJS() as object));
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('leaves aliases and collection keys to the library', () => {
    expect(plainData(parse('a: &x 1\nb: *x\n'))).toBeUndefined();
    expect(plainData(parse('? [a, b]\n: c\n'))).toBeUndefined();
  });
});

describe('walkYaml', () => {
  it.each(files)('%s: the nodes of visit(), in the same order, with the same parents', (file) => {
    const doc = parse(readFileSync(file, 'utf8'));
    const ours: [Node, boolean, unknown][] = [];
    walkYaml(doc, { node: (node) => ours.push([node, false, null]) });
    const scalars: [Node, boolean, unknown][] = [];
    walkYaml(doc, { scalar: (node, isKey, parent) => scalars.push([node, isKey, parent]) });
    const theirs: Node[] = [];
    const theirScalars: [Node, boolean, unknown][] = [];
    visit(doc, {
      Node(_key, node) {
        theirs.push(node);
      },
    });
    visit(doc, {
      Scalar(key, node, path) {
        theirScalars.push([node, key === 'key', path[path.length - 1]]);
      },
    });
    // Compared by identity (the same node objects), not deeply: a deep compare of every node is slow.
    expect(ours.length).toBe(theirs.length);
    expect(ours.findIndex(([node], i) => node !== theirs[i])).toBe(-1);
    expect(scalars.length).toBe(theirScalars.length);
    const differs = scalars.findIndex(
      ([node, isKey, parent], i) => node !== theirScalars[i]![0] || isKey !== theirScalars[i]![1] || parent !== theirScalars[i]![2],
    );
    expect(differs).toBe(-1);
  });
});
