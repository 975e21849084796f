/**
 * Read the zod authoring schema the way an error message needs it: which schema sits at a path (choosing
 * union branches by the data found there), which keys an object allows, and what a field expects, in
 * words. zod 4 exposes definitions on `_zod.def`; only the kinds the scenario schema uses are handled.
 */
import type { z } from 'zod';
import { listOr } from './suggest.ts';

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  valueType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  value?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
}

function def(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** Strip optional/nullable/default/readonly wrappers. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (
    let d = def(s);
    d.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(d.type);
    d = def(s)
  ) {
    s = d.innerType;
  }
  return s;
}

export function kindOf(schema: Schema): string {
  return def(unwrap(schema)).type;
}

export function isOptional(schema: Schema): boolean {
  return def(schema).type === 'optional';
}

/** The kind of a plain data value, in the schema's terms. */
export function dataKind(value: unknown): 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'undefined' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'object' || t === 'undefined') return t;
  return 'other';
}

function accepts(schema: Schema, value: unknown): boolean {
  const kind = kindOf(schema);
  const data = dataKind(value);
  if (kind === 'union') return (def(unwrap(schema)).options ?? []).some((o) => accepts(o, value));
  if (kind === 'enum' || kind === 'literal') return data === 'string' || data === 'number' || data === 'boolean';
  if (kind === 'record') return data === 'object';
  return kind === data;
}

/** Pick the union branch that matches the kind of data (a map → the object branch, text → the text branch). */
export function branchFor(schema: Schema, value: unknown): Schema {
  const s = unwrap(schema);
  if (kindOf(s) !== 'union') return s;
  const options = def(s).options ?? [];
  return unwrap(options.find((o) => accepts(o, value)) ?? options[0] ?? s);
}

/** The schema at `path`, or undefined when the path leaves the schema. */
export function schemaAt(root: Schema, path: readonly PropertyKey[], data: unknown): Schema | undefined {
  let schema: Schema | undefined = root;
  let value = data;
  for (const step of path) {
    if (!schema) return undefined;
    const s = branchFor(schema, value);
    const d = def(s);
    if (d.type === 'object') schema = d.shape?.[String(step)];
    else if (d.type === 'array') schema = d.element;
    else if (d.type === 'record') schema = d.valueType;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
  }
  return schema;
}

/** The keys an object schema allows (after choosing the branch for `value`). */
export function allowedKeys(schema: Schema | undefined, value: unknown): string[] {
  if (!schema) return [];
  const s = branchFor(schema, value);
  const shape = def(s).shape;
  return shape ? Object.keys(shape) : [];
}

export function enumValues(schema: Schema): string[] | undefined {
  const d = def(unwrap(schema));
  if (d.type === 'enum') return Object.values(d.entries ?? {}).map(String);
  if (d.type === 'literal') return (d.values ?? []).map(String);
  return undefined;
}

export interface Bounds {
  min?: number;
  max?: number;
}

/** Length bounds of a text or list, or value bounds of a number (the safe-integer defaults are left out). */
export function boundsOf(schema: Schema): Bounds {
  const bounds: Bounds = {};
  for (const check of def(unwrap(schema)).checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' || c.check === 'min_length') bounds.min = c.value ?? c.minimum;
    if (c.check === 'less_than' || c.check === 'max_length') bounds.max = c.value ?? c.maximum;
  }
  if (bounds.max !== undefined && bounds.max >= Number.MAX_SAFE_INTEGER) delete bounds.max;
  return bounds;
}

export function isInteger(schema: Schema): boolean {
  const d = def(unwrap(schema));
  return d.type === 'number' && (d.format === 'safeint' || d.format === 'int32' || d.format === 'uint32');
}

export function descriptionOf(schema: Schema): string | undefined {
  const meta = (schema as { meta?: () => { description?: string } | undefined }).meta?.();
  return meta?.description;
}

/** Every field name anywhere in the schema (object keys of all nested objects, union branches included). */
export function fieldNames(root: Schema): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Schema>();
  const walk = (schema: Schema | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const s = unwrap(schema);
    const d = def(s);
    if (d.shape)
      for (const [key, child] of Object.entries(d.shape)) {
        names.add(key);
        walk(child);
      }
    if (d.type === 'union') for (const option of d.options ?? []) walk(option);
    if (d.element) walk(d.element);
    if (d.valueType) walk(d.valueType);
  };
  walk(root);
  return names;
}

/** The words of expectation() in each language; the logic is the same for both. */
const PHRASES = {
  en: {
    range: (min: number, max: number) => `from ${min} to ${max}`,
    atLeast: (min: number) => `at least ${min}`,
    atMost: (max: number) => `at most ${max}`,
    text: 'a text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    texts: 'a list of texts',
    list: 'a list',
    variants: 'a map with "default"',
    fields: 'a map of fields',
    lines: 'a map of line ids to texts',
    oneOf: (values: string[]) => `one of ${listOr(values)}`,
    or: ' or ',
    other: 'something else',
  },
  nl: {
    range: (min: number, max: number) => `van ${min} tot ${max}`,
    atLeast: (min: number) => `minstens ${min}`,
    atMost: (max: number) => `hooguit ${max}`,
    text: 'een tekst',
    integer: 'een heel getal',
    number: 'een getal',
    boolean: 'true of false',
    texts: 'een lijst teksten',
    list: 'een lijst',
    variants: 'een blok met "default"',
    fields: 'een blok velden',
    lines: 'een blok regel-ids met teksten',
    oneOf: (values: string[]) => `een van ${values.slice(0, -1).join(', ')} of ${values[values.length - 1]}`,
    or: ' of ',
    other: 'iets anders',
  },
} as const;

function rangeIn(lang: 'en' | 'nl', { min, max }: Bounds): string {
  const w = PHRASES[lang];
  if (min !== undefined && max !== undefined) return w.range(min, max);
  if (min !== undefined) return w.atLeast(min);
  if (max !== undefined) return w.atMost(max);
  return '';
}

function expectationIn(lang: 'en' | 'nl', schema: Schema): string {
  const w = PHRASES[lang];
  const s = unwrap(schema);
  const d = def(s);
  switch (d.type) {
    case 'string':
      return w.text;
    case 'number': {
      const range = rangeIn(lang, boundsOf(s));
      return `${isInteger(s) ? w.integer : w.number}${range ? ` ${range}` : ''}`;
    }
    case 'boolean':
      return w.boolean;
    case 'array':
      return (d.element ? kindOf(d.element) : 'unknown') === 'string' ? w.texts : w.list;
    case 'object':
      return d.shape && 'default' in d.shape ? w.variants : w.fields;
    case 'record':
      return w.lines;
    case 'enum':
    case 'literal': {
      const values = enumValues(s) ?? [];
      return values.length === 1 ? values[0]! : w.oneOf(values);
    }
    case 'union':
      return [...new Set((d.options ?? []).map((o) => expectationIn(lang, o)))].join(w.or);
    default:
      return w.other;
  }
}

/** `from 0 to 100`, `at least 1`, `at most 5`. */
export const describeRange = (bounds: Bounds): string => rangeIn('en', bounds);
/** `van 0 tot 100`, `minstens 1`, `hooguit 5`. */
export const bereik = (bounds: Bounds): string => rangeIn('nl', bounds);
/** What a schema expects, in words: `a whole number from 0 to 100`, `one of a, b or c`, `a text or a map with "default"`. */
export const expectation = (schema: Schema): string => expectationIn('en', schema);
/** expectation() in Dutch: `een heel getal van 0 tot 100`, `een van a, b of c`, `een tekst of een blok met "default"`. */
export const verwachting = (schema: Schema): string => expectationIn('nl', schema);
