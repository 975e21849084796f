/**
 * Invisible characters: a non-breaking space, zero-width space or joiner, a byte order mark in the middle of
 * the file, or another formatting character. They arrive by copy and paste from Word, PDFs, chat apps and
 * web pages, and the editor shows them as a plain space or as nothing at all. In the indentation they break
 * the structure (YAML sees text, not indentation); in a field name or an id they make a name that looks right
 * but matches nothing. Found on the raw text before parsing, so the message names the character and points at
 * it, instead of a parser error or a "did you mean" that shows two identical-looking words.
 */
import { issue, type ContentIssue } from './issues.ts';

const NAMES_NL: Record<string, string> = {
  '\u00A0': 'een harde spatie',
  '\u00AD': 'een zacht afbreekstreepje',
  '\u200B': 'een spatie zonder breedte (zero-width space)',
  '\u200C': 'een zero-width non-joiner',
  '\u200D': 'een zero-width joiner',
  '\u202F': 'een smalle harde spatie',
  '\u2060': 'een word joiner',
  '\uFEFF': 'een byte order mark (BOM)',
};

/** describeChar() in Dutch. */
export function beschrijfTeken(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${NAMES_NL[char] ?? 'een onzichtbaar teken'} (${code})`;
}

const NAMES: Record<string, string> = {
  '\u00A0': 'a non-breaking space',
  '\u00AD': 'a soft hyphen',
  '\u180E': 'a Mongolian vowel separator',
  '\u2007': 'a figure space',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u202F': 'a narrow non-breaking space',
  '\u205F': 'a medium mathematical space',
  '\u2060': 'a word joiner',
  '\u3000': 'an ideographic space',
  '\uFEFF': 'a byte order mark (BOM) or zero-width no-break space',
};

/** Every space other than the plain one, line and paragraph separators, and formatting characters (Cf). */
const INVISIBLE = /[\p{Zs}\p{Cf}\u2028\u2029]/u;

/** The same, the plain space left out: one pass over a whole file, without a copy of it. */
const INVISIBLE_NOT_SPACE = /(?! )[\p{Zs}\p{Cf}\u2028\u2029]/u;

export function isInvisible(char: string): boolean {
  return char !== ' ' && INVISIBLE.test(char);
}

/** Looks like a space (the editor shows a gap) rather than nothing. */
function isSpaceLike(char: string): boolean {
  return /\p{Zs}/u.test(char);
}

export function describeChar(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${NAMES[char] ?? 'an invisible formatting character'} (${code})`;
}

/** An id, a field name or a list of ids, once the invisible characters are taken out. */
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const ID_LIST = /^\[\s*[A-Za-z0-9][A-Za-z0-9_-]*(\s*,\s*[A-Za-z0-9][A-Za-z0-9_-]*)*\s*\]$/;

/**
 * Errors for invisible characters in indentation, field names and ids; warnings for zero-width characters
 * inside texts (they survive into the game and make a line differ from its look-alike). Non-breaking spaces
 * inside a text are fine ("€ 50", "10 uur"): typography, not a mistake.
 */
export function invisibleCharacterIssues(file: string, text: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  if (!INVISIBLE_NOT_SPACE.test(text)) return out;
  let lineStart = 0;
  let lineNumber = 1;
  let inBlock: number | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (hasInvisible(line)) checkLine(file, line, lineNumber, out, inBlock);
    inBlock = blockScalarIndent(line, inBlock);
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  return out;
}

function hasInvisible(line: string): boolean {
  for (const c of line) if (isInvisible(c)) return true;
  return false;
}

/** The indentation of the `|` or `>` block this line starts or continues, or null. */
function blockScalarIndent(line: string, current: number | null): number | null {
  const indent = /^ */.exec(line)![0].length;
  if (current !== null && (line.trim() === '' || indent > current)) return current;
  return /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) || /^\s*-\s*[|>][-+0-9]*\s*$/.test(line) ? indent : null;
}

function checkLine(file: string, line: string, lineNumber: number, out: ContentIssue[], blockIndent: number | null): void {
  // Columns count characters (code points), as every other issue does.
  const at = (index: number) => ({ line: lineNumber, column: [...line.slice(0, index)].length + 1 });
  // The indentation: the run of spaces and invisible characters at the start of the line.
  let indentEnd = 0;
  while (indentEnd < line.length && (line[indentEnd] === ' ' || isInvisible(line[indentEnd]!))) indentEnd++;
  const content = line.slice(indentEnd);
  const badIndent = content === '' ? -1 : firstInvisible(line.slice(0, indentEnd));
  if (badIndent !== -1) {
    out.push(indentIssue(file, at(badIndent), line[badIndent]!));
    return;
  }
  // Lines of a `|` or `>` text and comments: only their indentation matters.
  if ((blockIndent !== null && indentEnd > blockIndent) || content.startsWith('#')) return;

  // `- key: value`, `key: value`, or `- value`: split into the key part and the value part.
  const dash = /^-[ \u00A0]+/.exec(content);
  const body = dash ? content.slice(dash[0].length) : content;
  const bodyStart = indentEnd + (dash ? dash[0].length : 0);
  const colon = keyColon(body);
  const keyPart = colon === -1 ? '' : body.slice(0, colon);
  const keyBad = firstInvisible(keyPart);
  if (keyBad !== -1 && !/^["']/.test(keyPart)) {
    const name = stripInvisible(keyPart).trim();
    const message = {
      en: `the field name "${name}" contains ${describeChar(keyPart[keyBad]!)}, which you cannot see but which makes it a different name; delete the name and type it again`,
      nl: `de veldnaam "${name}" bevat ${beschrijfTeken(keyPart[keyBad]!)}, dat u niet ziet maar dat er een andere naam van maakt; verwijder de naam en typ hem opnieuw`,
    };
    out.push(issue(file, at(bodyStart + keyBad), 'error', 'invisible-character', message));
  }
  const valuePart = colon === -1 ? body : body.slice(colon + 1);
  const valueStart = colon === -1 ? bodyStart : bodyStart + colon + 1;
  const comment = commentStart(valuePart);
  const written = comment === -1 ? valuePart : valuePart.slice(0, comment);
  const valueBad = firstInvisible(written);
  if (valueBad === -1) return;
  const char = written[valueBad]!;
  const value = written.trim();
  const cleaned = stripInvisible(value).trim();
  const position = at(valueStart + valueBad);
  if (cleaned !== '' && !/^["']/.test(value) && (ID_LIKE.test(cleaned) || ID_LIST.test(cleaned))) {
    // In a list of ids, name the one item that holds the character.
    const before =
      written
        .slice(0, valueBad)
        .split(/[\s,[\]]/)
        .pop() ?? '';
    const after = written.slice(valueBad).split(/[\s,[\]]/)[0] ?? '';
    const word = ID_LIST.test(cleaned) ? stripInvisible(before + after) : cleaned;
    const message = {
      en: `"${word}" contains ${describeChar(char)}, which you cannot see but which makes this a different id or value than the one it looks like; delete "${word}" and type it again`,
      nl: `"${word}" bevat ${beschrijfTeken(char)}, dat u niet ziet maar dat er een andere id of waarde van maakt dan het lijkt; verwijder "${word}" en typ het opnieuw`,
    };
    out.push(issue(file, position, 'error', 'invisible-character', message));
  } else if (!isSpaceLike(char) && char !== '\u00AD') {
    const message = {
      en: `this text contains ${describeChar(char)}, which you cannot see; it comes with copying from Word, a PDF or a chat app, and makes the line differ from its look-alike in search and translation; delete it (retype the words around it)`,
      nl: `deze tekst bevat ${beschrijfTeken(char)}, dat u niet ziet; het komt mee bij kopiëren uit Word, een pdf of een chat-app, en maakt de regel anders dan hij lijkt bij zoeken en vertalen; verwijder het (typ de woorden eromheen opnieuw)`,
    };
    out.push(issue(file, position, 'warning', 'invisible-character', message));
  }
}

function indentIssue(file: string, position: { line: number; column: number }, char: string): ContentIssue {
  return issue(file, position, 'error', 'invisible-character', {
    nl: `de inspringing van deze regel bevat ${beschrijfTeken(char)}, dat op een spatie lijkt maar voor YAML geen spatie is, dus de structuur van het bestand breekt hier; verwijder de inspringing en typ hem opnieuw met gewone spaties`,
    en: `the indentation of this line contains ${describeChar(char)}, which looks like a space but is not one for YAML, so the structure of the file breaks here; delete the indentation and type it again with ordinary spaces`,
  });
}

function firstInvisible(part: string): number {
  for (let i = 0; i < part.length; i++) if (isInvisible(part[i]!)) return i;
  return -1;
}

function stripInvisible(part: string): string {
  let out = '';
  for (const c of part) if (!isInvisible(c)) out += c;
  return out;
}

/** Index of the `:` that ends a plain key (followed by a space, an invisible space or the end), or -1. */
function keyColon(body: string): number {
  if (/^["'[{|>]/.test(body)) {
    // A quoted key is rare in scenarios; a quoted or flow value has no key before it.
    const m = /^(["'])(?:(?!\1).)*\1:(?=[\s\u00A0]|$)/.exec(body);
    return m ? m[0].length - 1 : -1;
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '#' && i > 0 && /\s/.test(body[i - 1]!)) return -1;
    if (body[i] === ':' && (i + 1 === body.length || /[\s\u00A0\u200B\uFEFF]/.test(body[i + 1]!))) return i;
  }
  return -1;
}

/** Index of a ` #` comment outside quotes, or -1. */
function commentStart(value: string): number {
  const trimmed = value.trimStart();
  if (/^["']/.test(trimmed)) {
    const quote = trimmed[0]!;
    const close = trimmed.indexOf(quote, 1);
    if (close === -1) return -1;
    const offset = value.length - trimmed.length;
    const rest = value.slice(offset + close + 1);
    const hash = rest.search(/\s#/);
    return hash === -1 ? -1 : offset + close + 1 + hash + 1;
  }
  const hash = value.search(/\s#/);
  return hash === -1 ? -1 : hash + 1;
}
