/**
 * The shape check: zod `safeParse` of the authoring schema, with every issue turned into one located,
 * plain-English ContentIssue (unknown field with "did you mean", missing field with what to add, wrong
 * type with what was found, …). The meaning checks live in semantics.ts and run only on a valid shape.
 */
import type { z } from 'zod';
import { issue, MAX_ISSUES_PER_FILE, type ContentIssue, type IssueCode } from './issues.ts';
import { locate, type DataPath, type Focus } from './locate.ts';
import { scenarioSchema, translationSchema, type ScenarioSource, type TranslationSource } from './schema.ts';
import {
  allowedKeys,
  boundsOf,
  dataKind,
  describeRange,
  descriptionOf,
  expectation,
  kindOf,
  schemaAt,
  unwrap,
} from './schema-info.ts';
import { fractionAdvice, fractionIssues, isFractionOnScale } from './fractions.ts';
import { semanticIssues } from './semantics.ts';
import { closest, didYouMean, excerpt, listOr } from './suggest.ts';
import { fieldLabel, hasKey, ITEM_NOUNS, ownerLabel, valueAt } from './where.ts';
import type { YamlSource } from './yaml-source.ts';

type Schema = z.core.$ZodType;
type ZodIssue = z.core.$ZodIssue;

interface Context {
  source: YamlSource;
  schema: Schema;
  /** How the root is called in messages. */
  root: string;
  out: ContentIssue[];
  /** Paths of missing fields an unknown field is probably a typo of ("opties" → "options"): reported once. */
  typoFor: Set<string>;
  /** Problems left out after MAX_ISSUES_PER_FILE. */
  skipped: number;
  /** Missing fields per parent path, reported together at the end. */
  missing: Map<string, { at: { line: number; column: number }; fields: string[]; issues: ContentIssue[] }>;
}

export function validateScenario(source: YamlSource): { scenario: ScenarioSource | null; issues: ContentIssue[] } {
  const result = scenarioSchema.safeParse(source.data);
  if (!result.success) return { scenario: null, issues: schemaIssues(source, scenarioSchema, result.error.issues, 'the scenario') };
  const issues = [...fractionIssues(source, scenarioSchema), ...semanticIssues(source, result.data)];
  return { scenario: issues.some((i) => i.severity === 'error') ? null : result.data, issues };
}

export function validateTranslationShape(source: YamlSource): { translation: TranslationSource | null; issues: ContentIssue[] } {
  const result = translationSchema.safeParse(source.data);
  if (!result.success) return { translation: null, issues: schemaIssues(source, translationSchema, result.error.issues, 'the translation') };
  return { translation: result.data, issues: [] };
}

/** More missing fields than this in one place means "not a scenario yet": one message instead of a list. */
const MAX_MISSING_LISTED = 4;

export function schemaIssues(source: YamlSource, schema: Schema, zodIssues: readonly ZodIssue[], root: string): ContentIssue[] {
  const ctx: Context = { source, schema, root, out: [], skipped: 0, typoFor: new Set(), missing: new Map() };
  collectTypos(ctx, zodIssues, []);
  const produced = () => ctx.out.length + [...ctx.missing.values()].reduce((n, g) => n + Math.min(g.issues.length, MAX_MISSING_LISTED + 1), 0);
  for (const zi of zodIssues) {
    if (produced() >= MAX_ISSUES_PER_FILE) ctx.skipped += 1;
    else explain(ctx, zi, []);
  }
  for (const [key, group] of ctx.missing) {
    if (group.fields.length > MAX_MISSING_LISTED) {
      const owner = ownerLabel(JSON.parse(key) as DataPath, source.data, root);
      const message = `${owner} is missing ${group.fields.length} fields: ${group.fields.join(', ')}; add them (copy an existing scenario to see how they are written)`;
      ctx.out.push(issue(source.file, group.at, 'error', 'missing-field', message));
    } else {
      ctx.out.push(...group.issues);
    }
  }
  if (ctx.skipped > 0) {
    const last = ctx.out.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.column > a.column) ? b : a));
    ctx.out.push(issue(source.file, last, 'warning', 'too-many-issues', `${ctx.skipped} more problems were found after this one; fix the ones above first, then check again`));
  }
  return ctx.out;
}

function collectTypos(ctx: Context, zodIssues: readonly ZodIssue[], prefix: DataPath): void {
  for (const zi of zodIssues) {
    const path = [...prefix, ...zi.path];
    if (zi.code === 'invalid_union') for (const branch of zi.errors) collectTypos(ctx, branch, path);
    if (zi.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeys(schemaAt(ctx.schema, path, ctx.source.data), valueAt(ctx.source.data, path));
    const present = presentKeys(valueAt(ctx.source.data, path));
    for (const key of zi.keys.slice(0, MAX_ISSUES_PER_FILE)) {
      const match = closest(key, allowed, present);
      if (match !== undefined) ctx.typoFor.add(JSON.stringify([...path, match]));
    }
  }
}

function add(ctx: Context, path: DataPath, focus: Focus, code: IssueCode, message: string): void {
  ctx.out.push(issue(ctx.source.file, locate(ctx.source, path, focus), 'error', code, message));
}

/** What the author wrote, in words: `text ("veertig")`, `the number 5`, `a list`, … */
function found(value: unknown): string {
  switch (dataKind(value)) {
    case 'string':
      return `text ("${excerpt(value as string)}")`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `${String(value)} (a yes/no value)`;
    case 'array':
      return 'a list';
    case 'object':
      return 'a map of fields';
    case 'null':
      return 'empty';
    default:
      return 'something else';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstSentence(text: string): string {
  return text.split(/\.(\s|$)/)[0]!.trim();
}

/** `with one of engaging, …`, `with a text (the ground truth, shown in …)` */
function whatToAdd(schema: Schema | undefined): string {
  if (!schema) return '';
  const expected = expectation(schema);
  const kind = kindOf(schema);
  const description = descriptionOf(schema) ?? descriptionOf(unwrap(schema));
  if (kind === 'enum' || kind === 'literal' || !description) return expected;
  return `${expected} (${lowerFirst(firstSentence(description))})`;
}

function explain(ctx: Context, zi: ZodIssue, prefix: DataPath): void {
  const path: DataPath = [...prefix, ...zi.path];
  const data = ctx.source.data;
  const value = valueAt(data, path);
  const schema = schemaAt(ctx.schema, path, data);
  const label = fieldLabel(path, data, ctx.root);
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const isCodes = last === 'codes' && parentPath[parentPath.length - 2] === 'options';

  // A required field that is not there at all, whatever zod's code for it.
  if (path.length > 0 && typeof last === 'string' && !hasKey(data, path) && zi.code !== 'unrecognized_keys') {
    if (ctx.typoFor.has(JSON.stringify(path))) return;
    const owner = ownerLabel(parentPath, data, ctx.root);
    const at = locate(ctx.source, path, 'parent');
    const message = isCodes
      ? `${owner} has no codes; add "codes:" with at least one code, such as [question-open], so the client can react to it`
      : `${owner} has no "${last}"; add "${last}:" with ${whatToAdd(schema)}`;
    const key = JSON.stringify(parentPath);
    const group = ctx.missing.get(key) ?? { at, fields: [], issues: [] };
    group.fields.push(last);
    group.issues.push(issue(ctx.source.file, at, 'error', isCodes ? 'no-codes' : 'missing-field', message));
    ctx.missing.set(key, group);
    return;
  }

  switch (zi.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, value);
      const owner = ownerLabel(path, data, ctx.root);
      const where = owner === ctx.root ? `at the top level of ${ctx.root}` : `in ${owner}`;
      for (const key of zi.keys) {
        if (ctx.out.length >= MAX_ISSUES_PER_FILE) {
          ctx.skipped += 1;
          continue;
        }
        const present = presentKeys(value);
        const twin = closest(key, allowed);
        const already = twin !== undefined && present.has(twin) ? `; it looks like "${twin}", which ${owner} already has: remove one of the two` : '';
        const hint = didYouMean(key, allowed, present) || already || wrongLevel(ctx, path, key);
        const free = allowed.filter((k) => !present.has(k));
        const advice = hint || (free.length > 0 ? `; remove it, or use one of ${free.join(', ')}` : '; remove it');
        add(ctx, [...path, key], 'key', 'unknown-field', `unknown field "${key}" ${where}${advice}`);
      }
      return;
    }
    case 'invalid_union': {
      // Report the branch the author clearly meant (text vs. map vs. list); if none fits, one plain message.
      const fitting = zi.errors.filter((branch) => !branch.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (fitting.length > 0) {
        for (const e of fitting[0]!) explain(ctx, e, path);
        return;
      }
      const expected = schema ? expectation(schema) : 'something else';
      const listHint = dataKind(value) === 'array' && expected.includes('"default"') ? '; to give alternatives, put the list under "default:"' : '';
      wrongType(ctx, path, label, expected, value, listHint);
      return;
    }
    case 'invalid_type': {
      const expected = schema ? expectation(schema) : zi.expected;
      wrongType(ctx, path, label, expected, value, '');
      return;
    }
    case 'invalid_value': {
      const allowed = zi.values.map(String);
      if (allowed.length === 1) {
        add(ctx, path, 'value', 'invalid-value', `${label} must be ${allowed[0]}, but it is ${found(value)}; write ${String(last)}: ${allowed[0]}`);
        return;
      }
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      const shown = typeof value === 'string' ? `"${excerpt(value)}"` : found(value);
      add(ctx, path, 'value', 'invalid-value', `${label} must be one of ${listOr(allowed)}, but it is ${shown}${hint || '; pick one of these'}`);
      return;
    }
    case 'invalid_format': {
      if (zi.format === 'regex' && typeof value === 'string') {
        const slug = value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
        const taken = idsIn(ctx.source.data);
        const suggestion = slug && slug !== value && !taken.has(slug) && /^[a-z0-9]/.test(slug) ? `; did you mean "${slug}"?` : '';
        add(ctx, path, 'value', 'invalid-id', `${label} is "${excerpt(value)}", which is not a valid id: ${zi.message}${suggestion}`);
        return;
      }
      add(ctx, path, 'value', 'invalid-value', `${label} is not written correctly: ${zi.message}`);
      return;
    }
    case 'too_small':
    case 'too_big': {
      sizeIssue(ctx, zi, path, label, value, schema, isCodes);
      return;
    }
    default:
      add(ctx, path, 'value', 'schema', `${label}: ${zi.message}; check this value`);
  }
}

/** The keys already written in a mapping: suggesting one of them would make a duplicate key. */
function presentKeys(value: unknown): Set<string> {
  return new Set(value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
}

/** Every `id` written anywhere in the data (valid or not). */
function idsIn(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) idsIn(item, into);
  else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (typeof record.id === 'string') into.add(record.id);
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') idsIn(value, into);
  }
  return into;
}

/**
 * An unknown field that is a known field one level up or down: indented one level too far or not far
 * enough (an option's `next` under the moment, a moment's `client` under an option).
 */
function wrongLevel(ctx: Context, path: DataPath, key: string): string {
  const data = ctx.source.data;
  // One level up: the object that holds the list (or field) this object sits in.
  const upPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -2) : path.slice(0, -1);
  if (path.length > 0 && allowedKeys(schemaAt(ctx.schema, upPath, data), valueAt(data, upPath)).includes(key)) {
    const owner = ownerLabel(upPath, data, ctx.root);
    return `; "${key}" is a field of ${owner}, one level up: if it belongs there, indent it less, to line up with the other fields of ${owner}`;
  }
  // One level down: the items of a list of objects in this object.
  const here = schemaAt(ctx.schema, path, data);
  for (const field of allowedKeys(here, valueAt(data, path))) {
    const list = valueAt(data, [...path, field]);
    if (!Array.isArray(list) || list.length === 0) continue;
    const itemPath = [...path, field, list.length - 1];
    if (allowedKeys(schemaAt(ctx.schema, itemPath, data), list[list.length - 1]).includes(key)) {
      const item = ownerLabel(itemPath, data, ctx.root);
      return `; "${key}" is a field of each item under "${field}": if it belongs to ${item} above it, indent it further, to line up with the fields of ${item}`;
    }
  }
  return '';
}

function wrongType(ctx: Context, path: DataPath, label: string, expected: string, value: unknown, extra: string): void {
  const kind = dataKind(value);
  const schema = schemaAt(ctx.schema, path, ctx.source.data);
  let advice = extra;
  if (!advice) {
    if (kind === 'null') advice = '';
    else if (expected.startsWith('a text') && (kind === 'number' || kind === 'boolean')) advice = `; put it in quotes: "${String(value)}"`;
    else if (expected.startsWith('a text') && kind === 'object') advice = '; if the text contains ": " (a colon and a space), put the whole text in quotes';
    else if (/number/.test(expected) && kind === 'string') advice = '; write it as digits, for example 42';
    else if (kind === 'number' && isFractionOnScale(value as number, schema)) advice = `; ${fractionAdvice(value as number, schema ? boundsOf(schema).max : undefined)}`;
    else if (expected.startsWith('a list') && kind !== 'array') advice = '; write each item on its own line starting with "- "';
    else if (expected.startsWith('a map of fields')) advice = '; write its fields on the lines below, indented by two more spaces';
  }
  if (kind === 'null') {
    add(ctx, path, 'value', 'wrong-type', `${label} is empty; write ${expected} after the colon, or remove the line if it is optional`);
    return;
  }
  add(ctx, path, 'value', 'wrong-type', `${label} must be ${expected}, but it is ${found(value)}${advice}`);
}

function sizeIssue(
  ctx: Context,
  zi: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>,
  path: DataPath,
  label: string,
  value: unknown,
  schema: Schema | undefined,
  isCodes: boolean,
): void {
  const bounds = schema ? boundsOf(schema) : {};
  const range = describeRange(bounds);
  const small = zi.code === 'too_small';
  if (zi.origin === 'string' && typeof value === 'string') {
    if (small) {
      add(ctx, path, 'value', 'too-short', `${label} is empty; write the text, or remove the line if the field is optional`);
    } else {
      add(ctx, path, 'value', 'too-long', `${label} is too long (${value.length} characters, at most ${bounds.max ?? String(zi.maximum)}); shorten it`);
    }
    return;
  }
  if (zi.origin === 'array' && Array.isArray(value)) {
    const listKey = String(path[path.length - 1]);
    const noun = ITEM_NOUNS[listKey] ?? 'item';
    const count = `${value.length} ${value.length === 1 ? noun : `${noun}s`}`;
    if (isCodes && small) {
      add(ctx, path, 'value', 'no-codes', `${ownerLabel(path.slice(0, -1), ctx.source.data, ctx.root)} has no codes; add at least one code, such as question-open, so the client can react to it`);
      return;
    }
    const todo = small ? `add ${value.length === 0 ? `a ${noun}` : `another ${noun}`}` : `remove ${noun}s or split them up`;
    add(ctx, path, 'value', small ? 'too-short' : 'too-long', `${label} has ${count}, but needs ${range.replace(/^from /, '')}; ${todo}`);
    return;
  }
  const shown = typeof value === 'number' ? String(value) : found(value);
  add(ctx, path, 'value', 'out-of-range', `${label} must be ${range || (small ? `at least ${String(zi.minimum)}` : `at most ${String(zi.maximum)}`)}, but it is ${shown}; change the number`);
}
