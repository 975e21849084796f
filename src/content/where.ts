/**
 * Names for places in a scenario, as a trainer would say them: `moment "welkom"`, `"phase" of moment
 * "welkom"`, `the reply of option "vraag-hoe"`. Ids are used when the data has a valid one, else the
 * 1-based position ("moment 3").
 */
import type { DataPath } from './locate.ts';

const ENTITY_LISTS: Record<string, string> = {
  moments: 'moment',
  options: 'option',
  facts: 'fact',
  agreements: 'agreement',
  endings: 'ending',
};

/** How a sub-part of an entity is called in prose. */
const PART_NAMES: Record<string, string> = {
  reply: 'the reply',
  thought: 'the thought',
  client: 'the client text',
  features: 'the features',
  impulse: 'the impulse',
  next: 'the "next"',
  when: 'the condition ("when")',
  answers: 'the answers',
  tuning: 'the tuning',
  lines: 'the lines',
};

/** Nouns for one item of a list field, for counts and "item 2" labels. */
export const ITEM_NOUNS: Record<string, string> = {
  options: 'option',
  moments: 'moment',
  endings: 'ending',
  facts: 'fact',
  agreements: 'agreement',
  codes: 'code',
  learningGoals: 'learning goal',
  asks: 'fact id',
  agrees: 'agreement id',
  modes: 'mode',
  trains: 'habit',
};

/** The same names in Dutch, for the Dutch messages. */
const ENTITY_LISTS_NL: Record<string, string> = {
  moments: 'moment',
  options: 'optie',
  facts: 'feit',
  agreements: 'afspraak',
  endings: 'einde',
};
const PART_NAMES_NL: Record<string, string> = {
  reply: 'de reply',
  thought: 'de gedachte (thought)',
  client: 'de cliënttekst',
  features: 'de kenmerken',
  impulse: 'de impuls',
  next: 'de "next"',
  when: 'de voorwaarde ("when")',
  answers: 'de antwoorden',
  tuning: 'de tuning',
  lines: 'de regels',
};
const ITEM_NOUNS_NL: Record<string, string> = {
  options: 'optie',
  moments: 'moment',
  endings: 'einde',
  facts: 'feit',
  agreements: 'afspraak',
  codes: 'code',
  learningGoals: 'leerdoel',
  asks: 'feit-id',
  agrees: 'afspraak-id',
  modes: 'modus',
  trains: 'gewoonte',
};

export type WhereLang = 'en' | 'nl';

function child(value: unknown, step: PropertyKey): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
}

function entityName(kind: string, value: unknown, index: number): string {
  const id = child(value, 'id');
  return typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id) ? `${kind} "${id}"` : `${kind} ${index + 1}`;
}

/** The thing that holds fields at `path`: `the scenario`, `the persona`, `option "x"`, `the reply of option "x"`. */
export function ownerLabel(path: DataPath, data: unknown, root = 'the scenario', lang: WhereLang = 'en'): string {
  const nl = lang === 'nl';
  const lists = nl ? ENTITY_LISTS_NL : ENTITY_LISTS;
  let label = root;
  let value = data;
  let sub: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const next = child(value, step);
    const listKind = typeof step === 'number' ? lists[String(path[i - 1])] : undefined;
    if (listKind) {
      label = entityName(listKind, next, step as number);
      sub = [];
    } else if (step === 'persona' && i === 0) {
      label = nl ? 'de persona' : 'the persona';
      sub = [];
    } else if (!(typeof step === 'string' && ENTITY_LISTS[step] && typeof path[i + 1] === 'number')) {
      sub.push(String(step));
    }
    value = next;
  }
  if (sub.length === 0) return label;
  const [first, ...rest] = sub;
  let text = nl ? `${PART_NAMES_NL[first!] ?? `"${first}"`} van ${label}` : `${PART_NAMES[first!] ?? `"${first}"`} of ${label}`;
  for (const part of rest) text = `"${part}" in ${text}`;
  return text;
}

/** A field or list item: `"phase" of moment "welkom"`, `"title"`, `code 2 of option "x"`, `line "x.text"`. */
export function fieldLabel(path: DataPath, data: unknown, root = 'the scenario', lang: WhereLang = 'en'): string {
  if (path.length === 0) return root;
  const nl = lang === 'nl';
  const of = nl ? 'van' : 'of';
  const last = path[path.length - 1]!;
  const parentPath = path.slice(0, -1);
  if (typeof last === 'number') {
    const listKey = String(parentPath[parentPath.length - 1] ?? '');
    const kind = (nl ? ENTITY_LISTS_NL : ENTITY_LISTS)[listKey];
    if (kind) return entityName(kind, child(valueAt(data, parentPath), last), last);
    const noun = (nl ? ITEM_NOUNS_NL : ITEM_NOUNS)[listKey];
    if (noun) {
      // `code 2 of option "x"`, `learning goal 1`: the noun already names the list.
      const owner = ownerLabel(parentPath.slice(0, -1), data, root, lang);
      return owner === root ? `${noun} ${last + 1}` : `${noun} ${last + 1} ${of} ${owner}`;
    }
    const alternative = /^(default|open|opening|guarded|closed|fight|flight|freeze)$/.test(listKey);
    const what = nl ? (alternative ? 'alternatief' : 'item') : alternative ? 'alternative' : 'item';
    return `${what} ${last + 1} ${of} ${fieldLabel(parentPath, data, root, lang)}`;
  }
  if (parentPath.length === 1 && parentPath[0] === 'lines') return `${nl ? 'regel' : 'line'} "${String(last)}"`;
  const owner = ownerLabel(parentPath, data, root, lang);
  return owner === root ? `"${String(last)}"` : `"${String(last)}" ${of} ${owner}`;
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const step of path) value = child(value, step);
  return value;
}

/** Whether the parent at `path` holds the last key at all (missing vs. present-but-wrong). */
export function hasKey(data: unknown, path: DataPath): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1] as string);
}
