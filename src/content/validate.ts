/**
 * The shape check: zod `safeParse` of the authoring schema, with every issue turned into one located,
 * plain-English ContentIssue (unknown field with "did you mean", missing field with what to add, wrong
 * type with what was found, …). The meaning checks live in semantics.ts and run only on a valid shape.
 */
import type { z } from 'zod';
import { issue, MAX_ISSUES_PER_FILE, type ContentIssue, type IssueCode, type Message } from './issues.ts';
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
  verwachting,
  bereik,
} from './schema-info.ts';
import { fractionAdvice, fractionIssues, isFractionOnScale } from './fractions.ts';
import { semanticIssues } from './semantics.ts';
import { bedoeltU, closest, didYouMean, excerpt, lijstOf, listOr } from './suggest.ts';
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
  if (!result.success)
    return { translation: null, issues: schemaIssues(source, translationSchema, result.error.issues, 'the translation') };
  return { translation: result.data, issues: [] };
}

/** More missing fields than this in one place means "not a scenario yet": one message instead of a list. */
const MAX_MISSING_LISTED = 4;

export function schemaIssues(source: YamlSource, schema: Schema, zodIssues: readonly ZodIssue[], root: string): ContentIssue[] {
  const ctx: Context = { source, schema, root, out: [], skipped: 0, typoFor: new Set(), missing: new Map() };
  collectTypos(ctx, zodIssues, []);
  const produced = () =>
    ctx.out.length + [...ctx.missing.values()].reduce((n, g) => n + Math.min(g.issues.length, MAX_MISSING_LISTED + 1), 0);
  for (const zi of zodIssues) {
    if (produced() >= MAX_ISSUES_PER_FILE) ctx.skipped += 1;
    else explain(ctx, zi, []);
  }
  for (const [key, group] of ctx.missing) {
    if (group.fields.length > MAX_MISSING_LISTED) {
      const owner = ownerLabel(JSON.parse(key) as DataPath, source.data, root);
      const eigenaar = ownerLabel(JSON.parse(key) as DataPath, source.data, rootNl(root), 'nl');
      const message = {
        en: `${owner} is missing ${group.fields.length} fields: ${group.fields.join(', ')}; add them (copy an existing scenario to see how they are written)`,
        nl: `${eigenaar} mist ${group.fields.length} velden: ${group.fields.join(', ')}; voeg ze toe (kopieer een bestaand scenario om te zien hoe ze geschreven worden)`,
      };
      ctx.out.push(issue(source.file, group.at, 'error', 'missing-field', message));
    } else {
      ctx.out.push(...group.issues);
    }
  }
  if (ctx.skipped > 0) {
    const last = ctx.out.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.column > a.column) ? b : a));
    ctx.out.push(
      issue(source.file, last, 'warning', 'too-many-issues', {
        en: `${ctx.skipped} more problems were found after this one; fix the ones above first, then check again`,
        nl: `na deze zijn nog ${ctx.skipped} problemen gevonden; los eerst de bovenste op en controleer dan opnieuw`,
      }),
    );
  }
  return ctx.out;
}

/** The root's name in Dutch. */
function rootNl(root: string): string {
  return root === 'the translation' ? 'de vertaling' : 'het scenario';
}

/** found() in Dutch. */
function gevonden(value: unknown): string {
  switch (dataKind(value)) {
    case 'string':
      return `tekst ("${excerpt(value as string)}")`;
    case 'number':
      return `het getal ${String(value)}`;
    case 'boolean':
      return `${String(value)} (ja/nee)`;
    case 'array':
      return 'een lijst';
    case 'object':
      return 'een blok velden';
    case 'null':
      return 'leeg';
    default:
      return 'iets anders';
  }
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

function add(ctx: Context, path: DataPath, focus: Focus, code: IssueCode, message: string | Message): void {
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
  const naam = fieldLabel(path, data, rootNl(ctx.root), 'nl');
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const isCodes = last === 'codes' && parentPath[parentPath.length - 2] === 'options';

  // A required field that is not there at all, whatever zod's code for it.
  if (path.length > 0 && typeof last === 'string' && !hasKey(data, path) && zi.code !== 'unrecognized_keys') {
    if (ctx.typoFor.has(JSON.stringify(path))) return;
    const owner = ownerLabel(parentPath, data, ctx.root);
    const eigenaar = ownerLabel(parentPath, data, rootNl(ctx.root), 'nl');
    const at = locate(ctx.source, path, 'parent');
    const message: Message = isCodes
      ? {
          en: `${owner} has no codes; add "codes:" with at least one code, such as [question-open], so the client can react to it`,
          nl: `${eigenaar} heeft geen codes; voeg "codes:" toe met minstens één code, zoals [question-open], zodat de cliënt erop kan reageren`,
        }
      : {
          en: `${owner} has no "${last}"; add "${last}:" with ${whatToAdd(schema)}`,
          nl: `${eigenaar} heeft geen "${last}"; voeg "${last}:" toe met ${schema ? verwachting(schema) : 'een waarde'}`,
        };
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
      const eigenaar = ownerLabel(path, data, rootNl(ctx.root), 'nl');
      const where = owner === ctx.root ? `at the top level of ${ctx.root}` : `in ${owner}`;
      const waar = eigenaar === rootNl(ctx.root) ? `bovenaan ${eigenaar}` : `in ${eigenaar}`;
      for (const key of zi.keys) {
        if (ctx.out.length >= MAX_ISSUES_PER_FILE) {
          ctx.skipped += 1;
          continue;
        }
        const present = presentKeys(value);
        const twin = closest(key, allowed);
        const already =
          twin !== undefined && present.has(twin) ? `; it looks like "${twin}", which ${owner} already has: remove one of the two` : '';
        const hint = didYouMean(key, allowed, present) || already || wrongLevel(ctx, path, key);
        const free = allowed.filter((k) => !present.has(k));
        const advice = hint || (free.length > 0 ? `; remove it, or use one of ${free.join(', ')}` : '; remove it');
        const level = wrongLevel(ctx, path, key, 'nl');
        const hintNl =
          bedoeltU(key, allowed, present) ||
          (twin !== undefined && present.has(twin) ? `; het lijkt op "${twin}", dat ${eigenaar} al heeft: haal een van de twee weg` : '') ||
          level;
        const advies = hintNl || (free.length > 0 ? `; haal het weg, of gebruik een van ${free.join(', ')}` : '; haal het weg');
        add(ctx, [...path, key], 'key', 'unknown-field', {
          en: `unknown field "${key}" ${where}${advice}`,
          nl: `onbekend veld "${key}" ${waar}${advies}`,
        });
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
      const listHint =
        dataKind(value) === 'array' && expected.includes('"default"') ? '; to give alternatives, put the list under "default:"' : '';
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
        add(ctx, path, 'value', 'invalid-value', {
          en: `${label} must be ${allowed[0]}, but it is ${found(value)}; write ${String(last)}: ${allowed[0]}`,
          nl: `${naam} moet ${allowed[0]} zijn, maar het is ${gevonden(value)}; schrijf ${String(last)}: ${allowed[0]}`,
        });
        return;
      }
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      const shown = typeof value === 'string' ? `"${excerpt(value)}"` : found(value);
      const getoond = typeof value === 'string' ? `"${excerpt(value)}"` : gevonden(value);
      const hintNl = typeof value === 'string' ? bedoeltU(value, allowed) : '';
      add(ctx, path, 'value', 'invalid-value', {
        en: `${label} must be one of ${listOr(allowed)}, but it is ${shown}${hint || '; pick one of these'}`,
        nl: `${naam} moet een van ${lijstOf(allowed)} zijn, maar het is ${getoond}${hintNl || '; kies er een van'}`,
      });
      return;
    }
    case 'invalid_format': {
      if (zi.format === 'regex' && typeof value === 'string') {
        const slug = value
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '');
        const taken = idsIn(ctx.source.data);
        const fits = slug && slug !== value && !taken.has(slug) && /^[a-z0-9]/.test(slug);
        const suggestion = fits ? `; did you mean "${slug}"?` : '';
        add(ctx, path, 'value', 'invalid-id', {
          en: `${label} is "${excerpt(value)}", which is not a valid id: ${zi.message}${suggestion}`,
          nl: `${naam} is "${excerpt(value)}", en dat is geen geldige id: gebruik kleine letters, cijfers en streepjes, beginnend met een letter of cijfer${fits ? `; bedoelt u "${slug}"?` : ''}`,
        });
        return;
      }
      add(ctx, path, 'value', 'invalid-value', {
        en: `${label} is not written correctly: ${zi.message}`,
        nl: `${naam} is niet goed geschreven (${zi.message}); verbeter de waarde`,
      });
      return;
    }
    case 'too_small':
    case 'too_big': {
      sizeIssue(ctx, zi, path, label, value, schema, isCodes);
      return;
    }
    default:
      add(ctx, path, 'value', 'schema', {
        en: `${label}: ${zi.message}; check this value`,
        nl: `${naam}: ${zi.message}; controleer deze waarde`,
      });
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
function wrongLevel(ctx: Context, path: DataPath, key: string, lang: 'en' | 'nl' = 'en'): string {
  const data = ctx.source.data;
  const nl = lang === 'nl';
  const root = nl ? rootNl(ctx.root) : ctx.root;
  // One level up: the object that holds the list (or field) this object sits in.
  const upPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -2) : path.slice(0, -1);
  if (path.length > 0 && allowedKeys(schemaAt(ctx.schema, upPath, data), valueAt(data, upPath)).includes(key)) {
    const owner = ownerLabel(upPath, data, root, lang);
    if (nl)
      return `; "${key}" is een veld van ${owner}, een niveau hoger: hoort het daar, spring het dan minder in, gelijk met de andere velden van ${owner}`;
    return `; "${key}" is a field of ${owner}, one level up: if it belongs there, indent it less, to line up with the other fields of ${owner}`;
  }
  // One level down: the items of a list of objects in this object.
  const here = schemaAt(ctx.schema, path, data);
  for (const field of allowedKeys(here, valueAt(data, path))) {
    const list = valueAt(data, [...path, field]);
    if (!Array.isArray(list) || list.length === 0) continue;
    const itemPath = [...path, field, list.length - 1];
    if (allowedKeys(schemaAt(ctx.schema, itemPath, data), list[list.length - 1]).includes(key)) {
      const item = ownerLabel(itemPath, data, root, lang);
      if (nl)
        return `; "${key}" is een veld van elk item onder "${field}": hoort het bij ${item} erboven, spring het dan verder in, gelijk met de velden van ${item}`;
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
    else if (expected.startsWith('a text') && kind === 'object')
      advice = '; if the text contains ": " (a colon and a space), put the whole text in quotes';
    else if (/number/.test(expected) && kind === 'string') advice = '; write it as digits, for example 42';
    else if (kind === 'number' && isFractionOnScale(value as number, schema))
      advice = `; ${fractionAdvice(value as number, schema ? boundsOf(schema).max : undefined)}`;
    else if (expected.startsWith('a list') && kind !== 'array') advice = '; write each item on its own line starting with "- "';
    else if (expected.startsWith('a map of fields')) advice = '; write its fields on the lines below, indented by two more spaces';
  }
  const naam = fieldLabel(path, ctx.source.data, rootNl(ctx.root), 'nl');
  const verwacht = schema ? verwachting(schema) : 'iets anders';
  if (kind === 'null') {
    add(ctx, path, 'value', 'wrong-type', {
      en: `${label} is empty; write ${expected} after the colon, or remove the line if it is optional`,
      nl: `${naam} is leeg; schrijf ${verwacht} na de dubbele punt, of haal de regel weg als het veld niet verplicht is`,
    });
    return;
  }
  let advies = '';
  if (extra) advies = '; wilt u alternatieven geven, zet de lijst dan onder "default:"';
  else if (verwacht.startsWith('een tekst') && (kind === 'number' || kind === 'boolean'))
    advies = `; zet het tussen aanhalingstekens: "${String(value)}"`;
  else if (verwacht.startsWith('een tekst') && kind === 'object')
    advies = '; staat er ": " (dubbele punt en spatie) in de tekst, zet dan de hele tekst tussen aanhalingstekens';
  else if (/getal/.test(verwacht) && kind === 'string') advies = '; schrijf het in cijfers, bijvoorbeeld 42';
  else if (kind === 'number' && isFractionOnScale(value as number, schema))
    advies = `; deze schaal telt in punten, niet als breuk: schrijf ${Math.round((value as number) * 100)} voor ${String(value)}`;
  else if (verwacht.startsWith('een lijst') && kind !== 'array') advies = '; zet elk item op een eigen regel die begint met "- "';
  else if (verwacht.startsWith('een blok velden')) advies = '; schrijf de velden op de regels eronder, twee spaties verder ingesprongen';
  add(ctx, path, 'value', 'wrong-type', {
    en: `${label} must be ${expected}, but it is ${found(value)}${advice}`,
    nl: `${naam} moet ${verwacht} zijn, maar het is ${gevonden(value)}${advies}`,
  });
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
  const bereikNl = bereik(bounds);
  const naam = fieldLabel(path, ctx.source.data, rootNl(ctx.root), 'nl');
  const small = zi.code === 'too_small';
  if (zi.origin === 'string' && typeof value === 'string') {
    if (small) {
      add(ctx, path, 'value', 'too-short', {
        en: `${label} is empty; write the text, or remove the line if the field is optional`,
        nl: `${naam} is leeg; schrijf de tekst, of haal de regel weg als het veld niet verplicht is`,
      });
    } else {
      const max = bounds.max ?? String(zi.maximum);
      add(ctx, path, 'value', 'too-long', {
        en: `${label} is too long (${value.length} characters, at most ${max}); shorten it`,
        nl: `${naam} is te lang (${value.length} tekens, hooguit ${max}); maak het korter`,
      });
    }
    return;
  }
  if (zi.origin === 'array' && Array.isArray(value)) {
    const listKey = String(path[path.length - 1]);
    const noun = ITEM_NOUNS[listKey] ?? 'item';
    const count = `${value.length} ${value.length === 1 ? noun : `${noun}s`}`;
    if (isCodes && small) {
      add(ctx, path, 'value', 'no-codes', {
        en: `${ownerLabel(path.slice(0, -1), ctx.source.data, ctx.root)} has no codes; add at least one code, such as question-open, so the client can react to it`,
        nl: `${ownerLabel(path.slice(0, -1), ctx.source.data, rootNl(ctx.root), 'nl')} heeft geen codes; voeg minstens één code toe, zoals question-open, zodat de cliënt erop kan reageren`,
      });
      return;
    }
    const todo = small ? `add ${value.length === 0 ? `a ${noun}` : `another ${noun}`}` : `remove ${noun}s or split them up`;
    const woord = {
      options: ['optie', 'opties'],
      moments: ['moment', 'momenten'],
      endings: ['einde', 'eindes'],
      facts: ['feit', 'feiten'],
      agreements: ['afspraak', 'afspraken'],
      codes: ['code', 'codes'],
      learningGoals: ['leerdoel', 'leerdoelen'],
    }[listKey] ?? ['item', 'items'];
    const aantal = `${value.length} ${value.length === 1 ? woord[0] : woord[1]}`;
    const doen = small ? `voeg ${value.length === 0 ? 'er een' : 'er nog een'} toe` : `haal ${woord[1]} weg of verdeel ze`;
    add(ctx, path, 'value', small ? 'too-short' : 'too-long', {
      en: `${label} has ${count}, but needs ${range.replace(/^from /, '')}; ${todo}`,
      nl: `${naam} heeft ${aantal}, maar moet er ${bereikNl.replace(/^van /, '')} hebben; ${doen}`,
    });
    return;
  }
  const shown = typeof value === 'number' ? String(value) : found(value);
  add(ctx, path, 'value', 'out-of-range', {
    en: `${label} must be ${range || (small ? `at least ${String(zi.minimum)}` : `at most ${String(zi.maximum)}`)}, but it is ${shown}; change the number`,
    nl: `${naam} moet ${bereikNl || (small ? `minstens ${String(zi.minimum)}` : `hooguit ${String(zi.maximum)}`)} zijn, maar het is ${typeof value === 'number' ? String(value) : gevonden(value)}; verander het getal`,
  });
}
