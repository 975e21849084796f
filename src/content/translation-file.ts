/**
 * Translation by line id, as Yarn Spinner does it: `npm run scenarios:translate` (and the Lab's button) write
 * `<name>.en.yaml` with every line id of the scenario, the Dutch source as a comment above each one, and a
 * short hash of that Dutch text:
 *
 *   lines:
 *     # nl 3f9a2c: Goedemiddag. Fijn dat u er bent.
 *     welkom.client: "Good afternoon. Good that you came."
 *     # nl 81d0e4: Wat brengt u hier?
 *     open-vraag.text:
 *
 * An empty value is a line still to translate. When the Dutch text changes, the hash no longer matches:
 * the next run marks the translation stale (a `# stale:` comment with the old Dutch text) and the checker
 * and the analysis count it as untranslated until the translator checks it and deletes that comment.
 * Ids that come from positions (learning goals `meta.goal.N`, alternatives `.2`, `.3`) move when the
 * author reorders; a translation whose hash matches the Dutch of another id moves with its text.
 * Pure TypeScript: the CLI and the Lab share it.
 */
import type { CompiledScenario } from '../engine/scenario.types.ts';
import { FORMAT_VERSION } from './schema.ts';

/** FNV-1a (32 bit) of the text, 6 hex digits: short enough to read, plenty to notice a change. */
export function lineHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

export interface LineNote {
  /** The hash of the Dutch text the translation was made for. */
  hash?: string;
  /** The Dutch text as written in the comment. */
  dutch?: string;
  /** A `# stale:` comment is above the line: the translator has not checked it since the Dutch changed. */
  stale: boolean;
}

const NOTE = /^\s*#\s*nl\s+([0-9a-f]{6}):\s?(.*)$/;
const STALE = /^\s*#\s*stale\b/i;
const KEY = /^\s+(["']?)([A-Za-z0-9][A-Za-z0-9._-]*)\1\s*:/;

/** The comments above each line id in a translation file's text. */
export function readLineNotes(text: string): Map<string, LineNote> {
  const notes = new Map<string, LineNote>();
  let pending: LineNote = { stale: false };
  for (const line of text.split(/\r?\n/)) {
    const note = NOTE.exec(line);
    if (note) {
      pending = { ...pending, hash: note[1]!, dutch: note[2]! };
      continue;
    }
    if (STALE.test(line)) {
      pending = { ...pending, stale: true };
      continue;
    }
    if (/^\s*(#.*)?$/.test(line)) continue;
    const key = KEY.exec(line);
    if (key) notes.set(key[2]!, pending);
    pending = { stale: false };
  }
  return notes;
}

/** Line ids whose translation does not belong to the current Dutch text: marked stale, or made for other Dutch. */
export function staleLines(
  scenario: CompiledScenario,
  translated: Readonly<Record<string, string | null>>,
  notes: ReadonlyMap<string, LineNote>,
): string[] {
  return Object.keys(scenario.lines).filter((id) => {
    const value = translated[id];
    if (typeof value !== 'string' || value === '') return false;
    const note = notes.get(id);
    if (!note) return false;
    return note.stale || (note.hash !== undefined && note.hash !== lineHash(scenario.lines[id]!.nl));
  });
}

export interface TranslationUpdate {
  text: string;
  /** Translations of line ids the scenario no longer has: dropped from the file. */
  orphans: { id: string; text: string }[];
  /** Translations that moved with their Dutch text to another (position-derived) id. */
  moved: { from: string; to: string }[];
  /** Line ids whose translation is now marked stale. */
  stale: string[];
  /** Line ids without a translation. */
  missing: string[];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A YAML double-quoted string (always quoted: a translation may contain ": ", " #", quotes, …). */
function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * The new `.en.yaml` text for `scenario`, keeping what `existing` (the current file's text and its parsed
 * lines, or null) already translates.
 */
export function buildTranslationFile(
  scenario: CompiledScenario,
  existing: { text: string; lines: Readonly<Record<string, string | null>> } | null,
): TranslationUpdate {
  const old = existing?.lines ?? {};
  const notes = existing ? readLineNotes(existing.text) : new Map<string, LineNote>();
  const ids = Object.keys(scenario.lines);
  const known = new Set(ids);
  const has = (id: string) => typeof old[id] === 'string' && old[id] !== '';

  // Translations whose Dutch text now stands at another id (a learning goal or alternative that moved).
  const byHash = new Map<string, string>();
  for (const id of Object.keys(old)) {
    const hash = notes.get(id)?.hash;
    if (has(id) && hash && lineHash(scenario.lines[id]?.nl ?? '') !== hash) byHash.set(hash, id);
  }
  const value = new Map<string, string>();
  const hashOf = new Map<string, string>();
  const staleMark = new Map<string, string | undefined>();
  const moved: TranslationUpdate['moved'] = [];
  const movedFrom = new Set<string>();
  for (const id of ids) {
    const hash = lineHash(scenario.lines[id]!.nl);
    hashOf.set(id, hash);
    const note = notes.get(id);
    const fresh = has(id) && (note?.hash === undefined || note.hash === hash);
    if (fresh) {
      value.set(id, old[id]!);
      if (note?.stale) staleMark.set(id, undefined);
      continue;
    }
    const from = byHash.get(hash);
    if (from !== undefined && from !== id && !movedFrom.has(from)) {
      value.set(id, old[from]!);
      moved.push({ from, to: id });
      movedFrom.add(from);
      continue;
    }
    if (has(id)) {
      // Made for other Dutch: keep it, marked, with the Dutch it was made for.
      value.set(id, old[id]!);
      staleMark.set(id, note?.dutch);
    }
  }

  const orphans = Object.keys(old)
    .filter((id) => !known.has(id) && has(id) && !movedFrom.has(id))
    .map((id) => ({ id, text: old[id]! }));

  const out: string[] = [
    '# yaml-language-server: $schema=./translation.schema.json',
    '#',
    '# English lines by line id. Above each line: "# nl <hash>: <the Dutch text>". Translate each empty line;',
    '# a line marked "# stale" was made for Dutch that has changed since: check it, then delete the "# stale" line.',
    '# Written by npm run scenarios:translate; run it again after changing the Dutch scenario.',
    `formatVersion: ${FORMAT_VERSION}`,
    `scenario: ${scenario.id}`,
    'language: en',
    'lines:',
  ];
  for (const id of ids) {
    if (staleMark.has(id)) {
      const was = staleMark.get(id);
      out.push(`  # stale: the Dutch text changed${was ? ` (it was: ${oneLine(was)})` : ''}; check the translation, then delete this line`);
    }
    out.push(`  # nl ${hashOf.get(id)}: ${oneLine(scenario.lines[id]!.nl)}`);
    const v = value.get(id);
    out.push(v === undefined ? `  ${id}:` : `  ${id}: ${quote(v)}`);
  }
  return {
    text: `${out.join('\n')}\n`,
    orphans,
    moved,
    stale: [...staleMark.keys()],
    missing: ids.filter((id) => !value.has(id)),
  };
}
