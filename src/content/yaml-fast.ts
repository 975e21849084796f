/**
 * The checker's fast way from text to a YAML document: the yaml library's own lexer and parser (its concrete
 * syntax tree, from a copy without generators: yaml-cst.ts) and its own scalar resolution (`CST.resolveAsScalar`,
 * the schema's tags), then one walk that builds the document's nodes and the plain data together. The library's
 * composer does the same and more (comments, anchors, tags, directives, every error check), which on a large
 * scenario costs a third of the parse and a pile of garbage.
 *
 * Only the plain files scenarios are made of take this way: one document of block mappings and lists,
 * single-line `[a, b]` lists, plain or quoted or block texts, comments. Anything else (anchors, aliases,
 * tags, directives, `---`, flow mappings, tabs, any syntax error or anything the composer would report)
 * returns null, and the caller parses with `parseDocument` as before, so every message stays the same.
 * The nodes carry no comments and no source tokens (nothing in the checker reads them); values, types and
 * ranges are the composer's, which tests/content/yaml-fast.test.ts checks on every shipped scenario, its
 * translation and every fixture.
 */
import {
  Composer,
  CST,
  Document,
  LineCounter,
  Pair,
  Scalar,
  YAMLMap,
  YAMLParseError,
  YAMLSeq,
  type DocumentOptions,
  type ParseOptions,
  type ScalarTag,
  type Schema,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import { Parser } from './yaml-cst.ts';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type Options = ParseOptions & DocumentOptions & SchemaOptions;

export interface FastParsed {
  doc: Document.Parsed;
  /** The document as plain data (as `plainData` or `doc.toJS()` would give it). */
  data: unknown;
}

/** Thrown inside the walk when the composer's way is needed; made once, so throwing costs no stack trace. */
const FALLBACK = new Error('needs the composer');
const fallback = (): never => {
  throw FALLBACK;
};

const SCALAR_TAG = Symbol.for('yaml.scalar');
const NODE_TYPE = Symbol.for('yaml.node.type');

/*
 * The nodes built here are the library's kinds (their prototypes: `isScalar`, `isMap`, `instanceof`, `get` and
 * `getIn` all work) without the library's constructors, which mark every node with `Object.defineProperty`, a
 * slow call that on a large scenario costs about a quarter of this walk. The mark sits once on each prototype
 * instead. The collections carry no schema of their own: the checker reads them and never adds to them.
 */
class LeanScalar {
  value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}
class LeanMap {
  items: Pair[] = [];
}
class LeanSeq {
  items: unknown[] = [];
}
class LeanPair {
  constructor(
    public key: unknown,
    public value: unknown,
  ) {}
}
function adopt(lean: { prototype: object }, kind: { prototype: object }, type: string): void {
  Object.setPrototypeOf(lean.prototype, kind.prototype);
  Object.defineProperty(lean.prototype, NODE_TYPE, { value: Symbol.for(`yaml.${type}`) });
}
adopt(LeanScalar, Scalar, 'scalar');
adopt(LeanMap, YAMLMap, 'map');
adopt(LeanSeq, YAMLSeq, 'seq');
adopt(LeanPair, Pair, 'pair');
const newMap = () => new LeanMap() as unknown as YAMLMap;
const newSeq = () => new LeanSeq() as unknown as YAMLSeq;
const newPair = (key: unknown, value: unknown) => new LeanPair(key, value) as unknown as Pair;

/**
 * The concrete syntax tree of `text`, lines added to `onNewLine`: the library's lexer and parser without their
 * generators (yaml-cst.ts), token for token what the library's `Parser` yields.
 */
export function parseTokens(text: string, onNewLine?: (offset: number) => void): CST.Token[] {
  return (new Parser(onNewLine) as { parse(source: string): CST.Token[] }).parse(text);
}

/** Where a token's text ends. */
const endOf = (token: SourceToken) => token.offset + token.source.length;

/**
 * The fast way stepped aside. `tokens` is every token of the file when the library's parser read it to the end
 * (the lines are then all in `lineCounter`): the composer can take them as they are (composeTokens), instead of
 * reading the whole file again. Null when the parser itself stopped (a stack overflow).
 */
export interface FastFallback {
  doc: null;
  tokens: CST.Token[] | null;
  /** Where in the document the walk stepped aside (composeFromFailure); empty when it did not start. */
  trail: readonly TrailStep[];
}

/**
 * One block mapping or list on the way from the document's root to the place the walk stepped aside: the item
 * it was at, the offset the composer's own loop has reached there (the end of the item before), and whether
 * every item before it was an ordinary one (an item of comments only sets state the composer reads later).
 */
export interface TrailStep {
  index: number;
  offset: number;
  plain: boolean;
}

/**
 * The document and data of `text`, with its lines added to `lineCounter`; or, when the file needs the library's
 * composer, its tokens for composeTokens (or none: then `lineCounter` may hold some lines already, so the
 * library's parseDocument needs a fresh one).
 */
export function fastParse(text: string, lineCounter: LineCounter, options: Options): FastParsed | FastFallback {
  let tokens: CST.Token[] | null = null;
  let walk: Walk | null = null;
  try {
    tokens = parseTokens(text, lineCounter.addNewLine);
    let document: CST.Document | null = null;
    let plain = true;
    for (const token of tokens) {
      if (token.type === 'document' && document === null) document = token;
      else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') plain = false;
    }
    if (document === null || !plain) return { doc: null, tokens, trail: [] };
    walk = new Walk(options);
    return walk.document(document);
  } catch (error) {
    if (error === FALLBACK) return { doc: null, tokens, trail: walk?.trail ?? [] };
    // A stack overflow too (in the parser or the walk): the composer's way reports it as the file nesting too
    // deep, reading the file afresh.
    if (error instanceof RangeError) return { doc: null, tokens: null, trail: [] };
    throw error;
  }
}

/**
 * What the library's `parseDocument` does after its parser, on tokens already read: compose the first document
 * (a second one is an error), then add line, column and the line itself to every error and warning. The
 * library does not export that last step (`prettifyError`, yaml 2.x errors.js), so it is written out here;
 * tests/content/yaml-fast.test.ts compares the result with parseDocument's, message by message.
 */
export function composeTokens(text: string, tokens: readonly CST.Token[], lineCounter: LineCounter, options: Options): Document.Parsed {
  const composer = new Composer(options);
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  // compose(…, true) always ends with a document.
  if (options.prettyErrors !== false) {
    for (const error of doc!.errors) prettify(text, lineCounter, error);
    for (const warning of doc!.warnings) prettify(text, lineCounter, warning);
  }
  return doc!;
}

/**
 * The composer's errors for a file the walk stepped aside from, composing only what the walk had not read yet:
 * on each block mapping or list of the trail, the items from the one it stopped at to the end. Everything the
 * walk read before that place is plain YAML the composer reports nothing for, so leaving it out changes no
 * error; the composer's loop starts where it would have stood (the end of the item before), so every position
 * and message is the same. A typing slip near the end of a large file is then found without composing the
 * whole file again. Null when nothing could be left out, or when the rest has no error (the walk stepped aside
 * from something valid it does not handle, such as an anchor): then the whole file is composed as before.
 */
export function composeFromFailure(
  text: string,
  tokens: readonly CST.Token[],
  trail: readonly TrailStep[],
  lineCounter: LineCounter,
  options: Options,
): Document.Parsed | null {
  const at = tokens.findIndex((token) => token.type === 'document');
  const document = tokens[at] as CST.Document | undefined;
  if (!document?.value || trail.length === 0) return null;
  const value = rest(document.value, trail, 0);
  if (value === document.value) return null;
  const shortened = [...tokens];
  shortened[at] = { ...document, value };
  const partial = composeTokens(text, shortened, lineCounter, options);
  return partial.errors.length > 0 ? partial : null;
}

/** The block collection `token` from the trail's item at `depth` on (and so on down the trail). */
function rest(token: Token, trail: readonly TrailStep[], depth: number): Token {
  const step = trail[depth];
  if (!step || (token.type !== 'block-map' && token.type !== 'block-seq')) return token;
  const from = step.plain ? step.index : 0;
  const items: (CST.BlockMap['items'][number] | CST.BlockSequence['items'][number])[] = token.items.slice(from);
  const failing = items[step.index - from];
  if (failing?.value) {
    const deeper = rest(failing.value, trail, depth + 1);
    if (deeper !== failing.value) items[step.index - from] = { ...failing, value: deeper };
  }
  if (from === 0 && items[step.index - from] === token.items[step.index]) return token;
  return { ...token, offset: from === 0 ? token.offset : step.offset, items } as Token;
}

/** The library's prettifyError: " at line L, column C" and the line with a pointer under the place. */
function prettify(src: string, lc: LineCounter, error: YAMLError): void {
  if (error.pos[0] === -1) return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos)) as YAMLError['linePos'];
  const { line, col } = error.linePos![0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1]!, lc.lineStarts[line]).replace(/[\n\r]+$/, '');
  // Trim to max 80 chars, keeping col position near the middle
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = '…' + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + '…';
  // Include previous line in context if pointing at line start
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2]!, lc.lineStarts[line - 1]);
    if (prev.length > 80) prev = prev.substring(0, 79) + '…\n';
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos![1];
    if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
    const pointer = ' '.repeat(ci) + '^'.repeat(count);
    error.message += `:\n\n${lineStr}\n${pointer}\n`;
  }
}

/** What the composer's `resolveProps` finds in a list of small tokens, for the token kinds allowed here. */
interface Props {
  found: SourceToken | null;
  /** The end of the last token, or the offset given when there are none. */
  end: number;
  comment: boolean;
  hasNewline: boolean;
  comma: SourceToken | null;
}

class Walk {
  private readonly doc: Document.Parsed;
  private readonly schema: Schema;
  private readonly tags: ScalarTag[];
  private readonly stringTag: ScalarTag;
  private readonly options: Options;
  /** The plain data of the node last built. */
  private data: unknown = null;
  /** The block collections being read, outermost first: where the walk is (left as it is when it steps aside). */
  readonly trail: TrailStep[] = [];

  constructor(options: Options) {
    this.doc = new Document(undefined, options) as unknown as Document.Parsed;
    this.options = this.doc.options as Options;
    this.schema = this.doc.schema;
    this.tags = this.schema.tags.filter((tag): tag is ScalarTag => !tag.collection);
    this.stringTag = (this.schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG]!;
  }

  document({ offset, start, value, end }: CST.Document): FastParsed {
    const props = this.props(start, 'doc-start', offset, true, false);
    if (props.found || value?.type !== 'block-map') return fallback();
    const contents = this.blockMap(value);
    const data = this.data;
    const contentEnd = contents.range![2];
    // The nodes are the composer's kinds with the composer's ranges: what Document.Parsed promises.
    this.doc.contents = contents as unknown as Document.Parsed['contents'];
    this.doc.range = [offset, contentEnd, this.end(end, contentEnd, false)];
    return { doc: this.doc, data };
  }

  /**
   * `resolveProps` for the tokens that may stand before a node, a key or a value here (spaces, newlines,
   * comments, one indicator, commas in a list); anything it would report, or anything else, falls back.
   */
  private props(tokens: readonly SourceToken[], indicator: string, offset: number, startOnNewline: boolean, flow: boolean): Props {
    let hasSpace = startOnNewline;
    let comment = false;
    let hasNewline = false;
    let found: SourceToken | null = null;
    let comma: SourceToken | null = null;
    for (const token of tokens) {
      switch (token.type) {
        case 'space':
          // Tabs in indentation are errors in some places and not in others: the composer decides.
          if (!flow && token.source.includes('\t')) return fallback();
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) return fallback();
          comment = true;
          break;
        case 'newline':
          if (flow) return fallback();
          hasNewline = true;
          hasSpace = true;
          break;
        case 'comma':
          if (!flow || comma) return fallback();
          comma = token;
          hasSpace = false;
          break;
        default:
          if (token.type !== indicator || indicator === 'doc-start' || indicator === 'explicit-key-ind' || found) return fallback();
          found = token;
          hasSpace = false;
      }
    }
    const last = tokens[tokens.length - 1];
    return { found, end: last ? endOf(last) : offset, comment, hasNewline, comma };
  }

  /** `resolveEnd`: the offset after the spaces, newlines and comments that end a node. */
  private end(tokens: readonly SourceToken[] | undefined, offset: number, reqSpace: boolean): number {
    let hasSpace = false;
    for (const token of tokens ?? []) {
      if (token.type === 'space' || token.type === 'newline') hasSpace = true;
      else if (token.type !== 'comment' || (reqSpace && !hasSpace)) return fallback();
      offset += token.source.length;
    }
    return offset;
  }

  private node(token: Token, atKey: boolean): Scalar | YAMLMap | YAMLSeq {
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, atKey);
      case 'block-map':
        return this.blockMap(token);
      case 'block-seq':
        return this.blockSeq(token);
      case 'flow-collection':
        return this.flow(token);
      default:
        return fallback();
    }
  }

  /** `composeScalar` without tags: the library resolves the text, its schema the type. */
  private scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): Scalar {
    const { value, type, range } = this.oneLine(token) ?? CST.resolveAsScalar(token, this.options.strict, fallback)!;
    let tag = this.stringTag;
    // Only a plain text can be a number, a boolean or null, and only one that starts with one of these (the
    // core schema's patterns); every other plain text is a string, without trying each pattern.
    if (token.type === 'scalar' && !/^[a-eg-mo-su-zA-EG-MO-SU-Z]/.test(value)) {
      tag = this.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value)) ?? this.stringTag;
    }
    const res = tag.resolve(value, fallback, this.options) as unknown;
    const scalar = res instanceof Scalar ? res : (new LeanScalar(res) as unknown as Scalar);
    scalar.range = range;
    scalar.source = value;
    if (type) scalar.type = type;
    if (tag.format) scalar.format = tag.format;
    this.data = scalar.value;
    return scalar;
  }

  /**
   * What `CST.resolveAsScalar` makes of a one-line plain text, or a one-line double-quoted text without escapes:
   * the text as written (without its quotes), and its range up to the end of the spaces and comment after it.
   * The library builds a double-quoted text a character at a time, a string per character; a scenario is mostly
   * such texts. Null for any other text, which the library resolves.
   */
  private oneLine(token: CST.FlowScalar | CST.BlockScalar): { value: string; type: Scalar.Type; range: [number, number, number] } | null {
    const { source, offset } = token;
    let value: string;
    let type: Scalar.Type;
    if (token.type === 'scalar') {
      // The characters a plain text may not start with (the library reports them).
      if (source.includes('\n') || /^[\t,%|>@`]/.test(source)) return null;
      value = source;
      type = Scalar.PLAIN;
    } else if (token.type === 'double-quoted-scalar') {
      if (source.length < 2 || source[source.length - 1] !== '"' || /[\\\n\r]/.test(source)) return null;
      value = source.slice(1, -1);
      type = Scalar.QUOTE_DOUBLE;
    } else return null;
    const valueEnd = offset + source.length;
    return { value, type, range: [offset, valueEnd, this.end(token.end, valueEnd, this.options.strict !== false)] };
  }

  /** `composeEmptyNode`: the null of `key:` or `-` with nothing after it. */
  private empty(offset: number, before: readonly SourceToken[], props: Props): Scalar {
    const token: CST.FlowScalar = { type: 'scalar', offset: emptyScalarPosition(offset, before), indent: -1, source: '' };
    const scalar = this.scalar(token, false);
    if (props.comment) scalar.range![2] = props.end;
    return scalar;
  }

  private blockMap(bm: CST.BlockMap): YAMLMap {
    const map = newMap();
    const data: Record<string, unknown> = {};
    let offset = bm.offset;
    let commentEnd: number | null = null;
    const step: TrailStep = { index: 0, offset, plain: true };
    this.trail.push(step);
    for (const { start, key, sep, value } of bm.items) {
      step.offset = offset;
      const keyProps = this.props(start, 'explicit-key-ind', offset, true, false);
      if (!sep) {
        // A line of comments only; the composer drops an item without a separator, here it falls back.
        if (key || value) return fallback();
        commentEnd = keyProps.end;
        step.plain = false;
        step.index++;
        continue;
      }
      if (!key || !isFlowScalar(key) || key.indent !== bm.indent || containsNewline(key)) return fallback();
      const keyNode = this.scalar(key, true);
      const raw = this.data;
      const valueProps = this.props(sep, 'map-value-ind', keyNode.range![2], false, false);
      if (!valueProps.found || keyProps.end < valueProps.found.offset - 1024) return fallback();
      if (value?.type === 'block-map' && !valueProps.hasNewline) return fallback();
      offset = valueProps.end;
      const valueNode = value ? this.node(value, false) : this.empty(offset, sep, valueProps);
      offset = valueNode.range![2];
      map.items.push(newPair(keyNode, valueNode));
      this.put(data, raw, this.data);
      step.index++;
    }
    step.offset = offset;
    if (commentEnd && commentEnd < offset) return fallback();
    map.range = [bm.offset, offset, commentEnd ?? offset];
    this.data = data;
    this.trail.pop();
    return map;
  }

  private blockSeq(bs: CST.BlockSequence): YAMLSeq {
    const seq = newSeq();
    const data: unknown[] = [];
    let offset = bs.offset;
    let commentEnd: number | null = null;
    const step: TrailStep = { index: 0, offset, plain: true };
    this.trail.push(step);
    for (const { start, value } of bs.items) {
      step.offset = offset;
      const props = this.props(start, 'seq-item-ind', offset, true, false);
      if (!props.found) {
        if (value) return fallback();
        commentEnd = props.end;
        step.plain = false;
        step.index++;
        continue;
      }
      const node = value ? this.node(value, false) : this.empty(props.end, start, props);
      offset = node.range![2];
      seq.items.push(node);
      data.push(this.data);
      step.index++;
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    this.data = data;
    this.trail.pop();
    return seq;
  }

  /** A `[a, b]` list or a `{ a: 1, b: 2 }` mapping on one line, of texts only. */
  private flow(fc: CST.FlowCollection): YAMLSeq | YAMLMap {
    const isMap = fc.start.source === '{';
    const coll = isMap ? newMap() : newSeq();
    coll.flow = true;
    // Only what this kind needs, and a plain loop: a scenario has thousands of `[a, b]` lists.
    const list: unknown[] | null = isMap ? null : [];
    const map: Record<string, unknown> | null = isMap ? {} : null;
    const { items } = fc;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < items.length; i++) {
      const { start, key, sep, value } = items[i]!;
      const props = this.props(start, 'explicit-key-ind', offset, false, true);
      if (props.comment) return fallback();
      if (!key && !sep && !value) {
        // Only a trailing comma may leave an empty item (the composer reports any other).
        if ((i === 0 && props.comma) || i < items.length - 1) return fallback();
        offset = props.end;
        continue;
      }
      if ((i === 0) === (props.comma !== null)) return fallback();
      if (list) {
        if (key || sep || !value) return fallback();
        const node = this.inFlow(value);
        coll.items.push(node as never);
        list.push(this.data);
        offset = node.range![2];
        continue;
      }
      if (!key || !sep || !isFlowScalar(key)) return fallback();
      const keyNode = this.scalar(key, true);
      const raw = this.data;
      const valueProps = this.props(sep, 'map-value-ind', keyNode.range![2], false, true);
      if (!valueProps.found || valueProps.comma || valueProps.comment) return fallback();
      const valueNode = value ? this.inFlow(value) : this.empty(valueProps.end, sep, valueProps);
      coll.items.push(newPair(keyNode, valueNode) as never);
      this.put(map!, raw, this.data);
      offset = valueNode.range![2];
    }
    const close = fc.end[0];
    if (close?.source !== (isMap ? '}' : ']')) return fallback();
    const closeEnd = endOf(close);
    coll.range = [fc.offset, closeEnd, fc.end.length > 1 ? this.end(fc.end.slice(1), closeEnd, this.options.strict !== false) : closeEnd];
    this.data = list ?? map;
    return coll;
  }

  /** A text or a collection inside brackets (a block collection there is an error). */
  private inFlow(token: Token): Scalar | YAMLMap | YAMLSeq {
    if (token.type === 'flow-collection') return this.flow(token);
    return isFlowScalar(token) ? this.scalar(token, false) : fallback();
  }

  /**
   * One field into the data, as plainData and the library's toJS do it: a name the object already has
   * ("__proto__") becomes an own field. A key written twice in one mapping (as the checker's duplicateKeys
   * compares them: by its text) falls back, so that check reports it; a file that passes here needs no second
   * look. A null key (`~:`, an empty key) falls back too: its field is named "" but compared as "null". Without
   * one, every key is its field's name, so the data's own fields are the keys written so far (no set of names).
   */
  private put(data: Record<string, unknown>, raw: unknown, value: unknown): void {
    if (raw === null) return fallback();
    const name = String(raw as string | number | boolean);
    if (Object.hasOwn(data, name)) return fallback();
    if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
    else data[name] = value;
  }
}

function isFlowScalar(token: Token): token is CST.FlowScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
}

/** The composer's test for an implicit key that runs over more than one line. */
function containsNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end ?? []).some((token) => token.type === 'newline');
}

/** The library's `emptyScalarPosition` (not exported): after the last real token and the spaces after it. */
function emptyScalarPosition(offset: number, before: readonly SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    let token = before[i]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      offset -= token.source.length;
      continue;
    }
    token = before[++i]!;
    while (token?.type === 'space') {
      offset += token.source.length;
      token = before[++i]!;
    }
    break;
  }
  return offset;
}
