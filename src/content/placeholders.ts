/**
 * The consultant placeholders in scenario text (see src/engine/consultant.ts): a misspelt one (`{consultent}`,
 * `{naam}`) would show its braces to the trainee, so each is reported at its own line and column with the
 * list of valid ones. The library shows a scenario's title and summary before anyone has chosen, so a
 * placeholder there is reported too.
 */
import { isScalar, type Node } from 'yaml';
import { isKnownPlaceholder, PLACEHOLDER_PATTERN, PLACEHOLDERS } from '../engine/consultant.ts';
import { issue, type ContentIssue, type Severity } from './issues.ts';
import { locate, type DataPath } from './locate.ts';
import { closest, listAnd } from './suggest.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
import { positionAt, type Position, type YamlSource } from './yaml-source.ts';

/** Fields that are not text the trainee reads: addresses are links, `$schema` is for the editor. */
const NOT_TEXT = new Set(['url', '$schema']);

const VALID = `the placeholders are ${listAnd(PLACEHOLDERS.slice(0, 3))}, with a capital C at the start of a sentence (${listAnd(PLACEHOLDERS.slice(3))}); correct it, or remove the braces`;

/** A pronoun or a word for the form written where `obj` or `bez` belongs (`{consulent:hem}`). */
const FORM_WORDS: Record<string, 'obj' | 'bez'> = Object.fromEntries([
  ...['hem', 'haar', 'hen', 'him', 'her', 'them', 'object', 'lv', 'mv'].map((w) => [w, 'obj' as const]),
  ...['zijn', 'hun', 'his', 'their', 'bezit', 'bezittelijk', 'possessive', 'poss', 'gen'].map((w) => [w, 'bez' as const]),
]);

interface Text {
  path: DataPath;
  value: string;
}

function texts(data: unknown, path: (string | number)[], out: Text[]): Text[] {
  // One path, extended and shortened in place: copied only for the few texts that hold a placeholder.
  if (typeof data === 'string') {
    if (data.includes('{')) out.push({ path: [...path], value: data });
  } else if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      texts(data[i], path, out);
      path.pop();
    }
  } else if (data !== null && typeof data === 'object') {
    for (const key in data) {
      if (!Object.hasOwn(data, key) || NOT_TEXT.has(key)) continue;
      path.push(key);
      texts((data as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
  return out;
}

/**
 * Where the `nth` (0-based) occurrence of `token` in this text is in the file. A placeholder has no spaces
 * or escapes, so it appears in the file exactly as written whatever the quoting or folding of the text.
 */
function positionOf(source: YamlSource, path: DataPath, token: string, nth: number): Position {
  const node = source.doc.getIn(path, true) as Node | undefined;
  const range = isScalar(node) ? node.range : undefined;
  if (range) {
    let at = range[0] - 1;
    for (let n = 0; n <= nth; n++) {
      at = source.text.indexOf(token, at + 1);
      if (at === -1 || at >= range[1]) break;
    }
    if (at !== -1 && at < range[1]) return positionAt(source.lineCounter, at);
  }
  return locate(source, path);
}

/** ` "{Consulent:obj}"`: the placeholder probably meant, looking first among those with the same case. */
function suggestion(token: string, word: string, form: string | undefined): string | undefined {
  const capital = /^\p{Lu}/u.test(word);
  const formWord = form === undefined ? undefined : FORM_WORDS[form.toLowerCase()];
  if (formWord && closest(word, ['consulent']) !== undefined) return `{${capital ? 'Consulent' : 'consulent'}:${formWord}}`;
  return closest(token, capital ? PLACEHOLDERS.slice(3) : PLACEHOLDERS.slice(0, 3)) ?? closest(token, PLACEHOLDERS);
}

/**
 * PLACEHOLDER_PATTERN's own copy, run with exec from the start of each text: matchAll would copy the pattern
 * for every text (thousands in a large scenario). A placeholder is never empty, so the loop always moves on.
 */
const PATTERN = new RegExp(PLACEHOLDER_PATTERN.source, PLACEHOLDER_PATTERN.flags);

/**
 * Problems with placeholders in every text of a scenario or a translation. `library` tells which texts the
 * library shows as written (title and summary).
 */
export function placeholderIssues(source: YamlSource, severity: Severity, library: (path: DataPath) => boolean): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const { path, value } of texts(source.data, [], [])) {
    const seen = new Map<string, number>();
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(value); match !== null; match = PATTERN.exec(value)) {
      const token = match[0];
      const nth = seen.get(token) ?? 0;
      seen.set(token, nth + 1);
      const at = () => positionOf(source, path, token, nth);
      if (!isKnownPlaceholder(token)) {
        const meant = suggestion(token, match[1]!, match[2]);
        const hint = meant ? `; did you mean "${meant}"? ${capitalise(VALID)}` : `; ${VALID}`;
        out.push(issue(source.file, at(), severity, 'bad-placeholder', `unknown placeholder "${token}"${hint}`));
      } else if (library(path)) {
        out.push(
          issue(
            source.file,
            at(),
            severity,
            'bad-placeholder',
            `the library shows this text as written, before the trainee has chosen how the client refers to them, so "${token}" would show with its braces; write the text without it`,
          ),
        );
      }
    }
  }
  return out;
}

/** The scenario's title and summary, as the library shows them. */
export const scenarioLibraryText = (path: DataPath) => path.length === 1 && (path[0] === 'title' || path[0] === 'summary');

/** The same two texts in an English table. */
export const translationLibraryText = (path: DataPath) =>
  path.length === 2 && path[0] === 'lines' && (path[1] === 'meta.title' || path[1] === 'meta.summary');
