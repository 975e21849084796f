/**
 * Bytes or text → a parsed YAML document plus its plain data, or ONE located error that says what to do.
 * Trainers open files in Word, save as UTF-16, paste images, or hit a runaway indentation; every such file
 * must fail fast with a clear message, never with a stack trace or a hang. Checks run cheapest first and
 * each one bounds the cost of the next: size → binary → encoding → empty → pre-scan (nesting depth, item
 * count) → parse → duplicate keys → aliases.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { describeControl, firstControl } from './control-chars.ts';
import { invisibleCharacterIssues } from './invisible.ts';
import { composeFromFailure, composeTokens, fastParse } from './yaml-fast.ts';
import { plainData, walkYaml } from './yaml-walk.ts';
import { issue, type ContentIssue, type IssueCode, type Message } from './issues.ts';
import { MAX_DEPTH, MAX_ITEMS, MAX_LINE_LENGTH, prescan, type ScanResult } from './prescan.ts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A scenario needs no aliases at all; this leaves room for a few reused texts and stops "billion laughs". */
export const MAX_ALIASES = 50;

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; the root is always a mapping. */
  data: Record<string, unknown>;
}

export type YamlResult = { ok: true; source: YamlSource; issues: ContentIssue[] } | { ok: false; issues: ContentIssue[] };

const START: Position = { line: 1, column: 1 };

/**
 * logLevel 'error': no console noise, but keep MULTIPLE_DOCS (which 'silent' would drop).
 * uniqueKeys off: yaml compares every key with every other (quadratic); duplicateKeys() below is linear.
 */
export const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: false, logLevel: 'error' } as const;

export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(Math.max(0, offset));
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

/** Position of `offset` in `text` without a LineCounter (for problems found before parsing). */
export function positionInText(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Invisible characters in indentation → spaces (one UTF-16 unit each, so offsets do not move). */
function repairIndentation(text: string): string {
  return text.replace(/^[ \u00A0\u2000-\u200B\u202F\u205F\u2060\u3000\uFEFF]+/gm, (indent) => ' '.repeat(indent.length));
}

/**
 * A lone CR (old Mac OS, some exports) ends a line just as LF and CRLF do, in YAML and in every editor; the
 * parser and the positions here count LF only, so a lone CR becomes LF. One character for one keeps every
 * offset, and so every line and column, the same.
 */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function fail(file: string, position: Position, code: IssueCode, message: string | Message): YamlResult {
  return { ok: false, issues: [issue(file, position, 'error', code, message)] };
}

export function parseYamlSource(file: string, input: Uint8Array | string): YamlResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return fail(file, START, 'file-too-large', {
      en: `the file is ${mb} MB, but a scenario file may be at most 2 MB; check that this is the right file, or split the scenario into smaller ones`,
      nl: `het bestand is ${mb} MB, maar een scenariobestand mag hooguit 2 MB zijn; controleer of dit het goede bestand is, of splits het scenario in kleinere`,
    });
  }
  let text: string;
  if (typeof input === 'string') {
    text = normaliseLineBreaks(input);
    const nul = text.indexOf('\0');
    if (nul !== -1) return fail(file, positionInText(text, nul), 'binary-file', binaryMessage);
    if (text.startsWith('\uFEFF')) text = text.slice(1);
  } else {
    const decoded = decodeUtf8(file, input);
    if (typeof decoded !== 'string') return decoded;
    text = normaliseLineBreaks(decoded);
  }

  if (text.trim() === '') {
    return fail(file, START, 'empty-file', {
      en: 'the file is empty; write the scenario here (copy an existing scenario as a start), or delete the file',
      nl: 'het bestand is leeg; schrijf hier het scenario (begin met een kopie van een bestaand scenario), of verwijder het bestand',
    });
  }

  // Invisible characters in indentation, names and ids: named and located here, before the parser
  // turns them into a puzzling syntax error or an unknown name that looks exactly like a known one.
  const invisible = invisibleCharacterIssues(file, text);
  const invisibleLines = new Set(invisible.filter((i) => i.severity === 'error').map((i) => i.line));
  // Parse as if the indentation were plain spaces, so the syntax errors reported with them are real ones,
  // not echoes of the invisible character (same length: every offset stays the same).
  if (invisibleLines.size > 0) text = repairIndentation(text);

  const scan = prescan(text);
  if (scan.tooDeepAt !== -1) {
    return fail(file, positionInText(text, scan.tooDeepAt), 'too-deep', tooDeepMessage);
  }
  if (scan.tooLongAt !== -1) {
    return fail(file, positionInText(text, scan.tooLongAt), 'file-too-large', {
      en: `this line is longer than ${MAX_LINE_LENGTH.toLocaleString('en')} characters, while a scenario text may be at most 2,000; check that this is the right file, and write the scenario as YAML lines`,
      nl: `deze regel is langer dan ${MAX_LINE_LENGTH.toLocaleString('nl')} tekens, terwijl een scenariotekst hooguit 2.000 tekens is; controleer of dit het goede bestand is, en schrijf het scenario als YAML-regels`,
    });
  }
  if (scan.tooManyAt !== -1) {
    return fail(file, positionInText(text, scan.tooManyAt), 'file-too-large', {
      en: `the file has more than ${MAX_ITEMS.toLocaleString('en')} lines or list items by here, far more than a scenario needs; check that this is the right file, or split the scenario into smaller ones`,
      nl: `het bestand heeft hier al meer dan ${MAX_ITEMS.toLocaleString('nl')} regels of lijst-items, veel meer dan een scenario nodig heeft; controleer of dit het goede bestand is, of splits het scenario`,
    });
  }

  let lineCounter = new LineCounter();
  let doc: Document.Parsed;
  // The plain files scenarios are made of take the fast way (yaml-fast.ts); anything else, and every file
  // with a problem, is composed by the library as its parseDocument would (whose errors the messages below
  // explain), from the tokens the fast way has read already: a typing slip in a large file is not read twice.
  // Where the fast way stopped at an error, only the part from there on is composed (composeFromFailure): such
  // a document carries the errors and nothing else, and is read for nothing else below.
  const parsed = fastParse(text, lineCounter, PARSE_OPTIONS);
  const fast = parsed.doc ? parsed : null;
  if (parsed.doc) doc = parsed.doc;
  else {
    try {
      if (parsed.tokens)
        doc =
          composeFromFailure(text, parsed.tokens, parsed.trail, lineCounter, PARSE_OPTIONS) ??
          composeTokens(text, parsed.tokens, lineCounter, PARSE_OPTIONS);
      else {
        lineCounter = new LineCounter();
        doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
      }
    } catch (error) {
      // The pre-scan should prevent this; a stack overflow still gets a located, friendly message.
      if (error instanceof RangeError) return fail(file, START, 'too-deep', tooDeepMessage);
      throw error;
    }
  }

  if (doc.errors.length > 0) {
    const syntax = syntaxIssues(file, text, lineCounter, doc.errors, scan).filter((i) => !invisibleLines.has(i.line));
    return { ok: false, issues: [...invisible, ...syntax] };
  }
  if (invisibleLines.size > 0) return { ok: false, issues: invisible };
  // The fast way has compared the keys of every mapping already (a file with a key written twice falls back).
  const duplicates = fast ? [] : duplicateKeys(file, doc, lineCounter);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  const warnings = doc.warnings.map((w) => issue(file, positionAt(lineCounter, w.pos[0]), 'warning', 'yaml-warning', warningMessage(w)));

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range[0] === root.range[1])) {
    return fail(file, START, 'empty-file', {
      en: 'the file contains only comments; write the scenario fields ("formatVersion: 1", "id: …", …), or delete the file',
      nl: 'het bestand bevat alleen commentaar; schrijf de velden van het scenario ("formatVersion: 1", "id: …", …), of verwijder het bestand',
    });
  }
  if (!isMap(root)) {
    const what = isSeq(root) ? 'a list' : 'a single value';
    return fail(file, positionAt(lineCounter, root.range[0]), 'not-a-mapping', {
      en: `the file must consist of fields such as "id: …" and "title: …", but it is ${what}; write the scenario as "key: value" lines starting at the left margin`,
      nl: `het bestand moet bestaan uit velden zoals "id: …" en "title: …", maar het is ${what === 'a list' ? 'een lijst' : 'één losse waarde'}; schrijf het scenario als regels "naam: waarde" die links beginnen`,
    });
  }

  // The fast way takes no file with anchors or aliases, and has built the data already.
  const aliasProblem = fast ? undefined : checkAliases(file, doc, lineCounter);
  if (aliasProblem) return aliasProblem;

  let data: unknown;
  try {
    data = fast ? fast.data : (plainData(doc) ?? doc.toJS({ maxAliasCount: MAX_ALIASES }));
  } catch (error) {
    const first = firstAlias(doc);
    const at = first?.range ? positionAt(lineCounter, first.range[0]) : START;
    if (error instanceof RangeError) return fail(file, at, 'too-deep', tooDeepMessage);
    if (error instanceof ReferenceError) return fail(file, at, 'alias-limit', aliasLimitMessage);
    throw error;
  }
  warnings.push(...controlCharacterIssues(file, text, doc, lineCounter));
  return { ok: true, source: { file, text, doc, lineCounter, data: data as Record<string, unknown> }, issues: [...invisible, ...warnings] };
}

/** Enough to show the author the pattern; a file full of them says so in the first few. */
const MAX_CONTROL_WARNINGS = 20;

/**
 * A warning for every text (value or field name) holding a control character: invisible in the player, and
 * an escape code in it can garble a terminal that prints it. Raw characters are located exactly; one written
 * as a YAML escape ("\e", "\x1b", "\u001b") at the start of its text.
 */
function controlCharacterIssues(file: string, text: string, doc: Document.Parsed, lineCounter: LineCounter): ContentIssue[] {
  // A control character in a value is either in the text itself or written as a backslash escape: a text
  // with neither (nearly every scenario) needs no walk at all.
  if (firstControl(text) === -1 && !text.includes('\\')) return [];
  const found: ContentIssue[] = [];
  walkYaml(doc, {
    scalar(node) {
      if (found.length >= MAX_CONTROL_WARNINGS || typeof node.value !== 'string' || !node.range) return;
      const at = firstControl(node.value);
      if (at === -1) return;
      const [start, end] = node.range;
      const raw = firstControl(text.slice(start, end));
      const offset = raw === -1 ? start : start + raw;
      found.push(
        issue(
          file,
          positionAt(lineCounter, offset),
          'warning',
          'control-character',
          `this text contains the invisible control character ${describeControl(node.value[at]!)}, which the player does not show and which can garble a terminal; remove it (in "double quotes" it may be written as an escape such as \\e, \\a, \\x1b or \\u001b)`,
        ),
      );
    },
  });
  return found;
}

const binaryMessage: Message = {
  en: 'this is not a text file (it contains binary data, as an image, a Word document or a zip file does); save the scenario as plain text with the extension .yaml',
  nl: 'dit is geen tekstbestand (er staan binaire gegevens in, zoals in een afbeelding, Word-document of zip-bestand); sla het scenario op als platte tekst met de extensie .yaml',
};

const tooDeepMessage: Message = {
  en: `the file nests more than ${MAX_DEPTH} levels deep here, while a scenario needs about 10; check the indentation, and that every [ and { is closed`,
  nl: `het bestand is hier meer dan ${MAX_DEPTH} niveaus diep genest, terwijl een scenario er ongeveer 10 nodig heeft; controleer de inspringing, en of elke [ en { gesloten is`,
};

const aliasLimitMessage: Message = {
  en: `this file repeats aliases ("*name") too often (at most ${MAX_ALIASES}); write the repeated text out instead of using aliases`,
  nl: `dit bestand herhaalt aliassen ("*naam") te vaak (hooguit ${MAX_ALIASES}); schrijf de herhaalde tekst uit in plaats van aliassen te gebruiken`,
};

function decodeUtf8(file: string, bytes: Uint8Array): string | YamlResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, START, 'invalid-utf8', {
      en: 'the file is saved as UTF-16; save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8")',
      nl: 'het bestand is opgeslagen als UTF-16; sla het op als UTF-8 (in VS Code: klik rechtsonder op de codering, kies "Save with Encoding" en dan "UTF-8")',
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(file, bytePosition(bytes, nul), 'binary-file', binaryMessage);
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD that would end up in the client's lines.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail(file, bytePosition(bytes, Math.max(0, bad)), 'invalid-utf8', {
      en: 'the file is not saved as UTF-8: the character here cannot be read (often an "é", "ë" or "€" saved as Windows-1252 or Latin-1); save the file as UTF-8 and retype this character if it looks wrong',
      nl: 'het bestand is niet als UTF-8 opgeslagen: het teken hier is niet te lezen (vaak een "é", "ë" of "€" opgeslagen als Windows-1252 of Latin-1); sla het bestand op als UTF-8 en typ dit teken opnieuw als het er vreemd uitziet',
    });
  }
}

/** Line and column (in characters) of byte `offset`. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, CRLF (counted at its LF) and a lone CR each end a line.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += extra + 1;
  }
  return -1;
}

function firstAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** Refuse alias bombs, aliases to nothing and aliases inside their own anchor before converting to data. */
function checkAliases(file: string, doc: Document.Parsed, lineCounter: LineCounter): YamlResult | undefined {
  const aliases: Alias[] = [];
  const anchored: Node[] = [];
  walkYaml(doc, {
    node(node) {
      if (isAlias(node)) aliases.push(node);
      else if (node.anchor) anchored.push(node);
    },
  });
  if (aliases.length === 0) return undefined;
  const first = aliases[0]!;
  const firstAt = first.range ? first.range[0] : 0;
  if (aliases.length > MAX_ALIASES) return fail(file, positionAt(lineCounter, firstAt), 'alias-limit', aliasLimitMessage);
  for (const alias of aliases) {
    const start = alias.range![0];
    // The anchor an alias refers to is the last one with that name defined before it.
    let target: Node | undefined;
    for (const node of anchored) if (node.anchor === alias.source && node.range![0] < start) target = node;
    const at = positionAt(lineCounter, start);
    if (!target) {
      return fail(file, at, 'bad-alias', {
        en: `"*${alias.source}" refers to "&${alias.source}", which is not defined above it; define "&${alias.source}" earlier in the file, or write the text out`,
        nl: `"*${alias.source}" verwijst naar "&${alias.source}", maar dat staat er niet boven; zet "&${alias.source}" eerder in het bestand, of schrijf de tekst uit`,
      });
    }
    if (start < target.range![1]) {
      return fail(file, at, 'bad-alias', {
        en: `"*${alias.source}" sits inside the block it refers to ("&${alias.source}"), so it would repeat forever; write the text out instead`,
        nl: `"*${alias.source}" staat binnen het blok waar het naar verwijst ("&${alias.source}"), dus het zou zich eindeloos herhalen; schrijf de tekst uit`,
      });
    }
  }
  return undefined;
}

/** Keys that appear twice in one mapping, at the second one; a Set per mapping keeps this linear. */
function duplicateKeys(file: string, doc: Document.Parsed, lineCounter: LineCounter): ContentIssue[] {
  const found: ContentIssue[] = [];
  walkYaml(doc, {
    map(map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : String(key);
        if (seen.has(name) && key?.range) {
          found.push(
            issue(file, positionAt(lineCounter, key.range[0]), 'error', 'duplicate-key', {
              en: `"${name}" appears twice in the same block; remove one of them, or, if they belong to separate items, start the second item with "- "`,
              nl: `"${name}" staat twee keer in hetzelfde blok; haal er een weg, of begin het tweede item met "- " als ze bij verschillende items horen`,
            }),
          );
        }
        seen.add(name);
      }
    },
  });
  return found;
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

const INDENT_CODES: ReadonlySet<string> = new Set(['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR']);

/** Syntax errors reported per file: past this, the rest are mostly echoes of the ones above. */
export const MAX_SYNTAX_ISSUES = 12;

/**
 * Parse errors → clear issues, with the yaml library's positions and plain advice: every error the parser
 * reports, so a trainer fixes them in one round, but one per line (the parser often reports one mistake
 * two or three times, at the same place).
 */
function syntaxIssues(file: string, text: string, lineCounter: LineCounter, errors: YAMLError[], scan: ScanResult): ContentIssue[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const out: ContentIssue[] = [];
  const lines = new Set<number>();
  let lostTrack = false;
  let tabSeen = false;
  let echoesUntil = -1;
  for (let n = 0; n < sorted.length && out.length < MAX_SYNTAX_ISSUES; n++) {
    let error = sorted[n]!;
    // Once the parser has lost track of the structure, it complains about every line after: one is enough.
    const stream = /in YAML stream/i.test(error.message);
    if (stream && lostTrack) continue;
    lostTrack ||= stream;
    // After a tab in the indentation, the parser sees the lines below at the wrong depth: those are echoes.
    if (tabSeen && INDENT_CODES.has(error.code) && !/quote/i.test(error.message) && !lineOf(text, error.pos[0]).startsWith('\t')) continue;
    // A key that runs on to the next line is an indentation problem; yaml reports it twice, the wider one says so.
    const multiline = sorted.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === error.pos[0]);
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline) error = multiline;
    const { code, message, offset } = explainSyntaxError(text, error, scan);
    const at = positionAt(lineCounter, offset);
    const errorLine = positionAt(lineCounter, error.pos[0]).line;
    if (lines.has(at.line) || lines.has(errorLine)) continue;
    // A line indented wrongly makes the parser misread the lines after it, up to the next item of an outer
    // list or the next top-level field: those complaints are echoes.
    const indentation = INDENT_CODES.has(error.code) && !/quote/i.test(error.message);
    if (indentation && errorLine < echoesUntil) continue;
    if (indentation) echoesUntil = nextOuterLine(text, lineCounter, errorLine);
    lines.add(at.line);
    lines.add(errorLine);
    out.push(issue(file, at, 'error', code, message));
    tabSeen ||= code === 'tab-indent';
    // An unclosed quote or bracket swallows the rest of the file: what follows is not worth reading.
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) break;
  }
  return out;
}

/** The last non-blank, non-comment line that ends before `lineStart`, or null. */
function previousContentLine(text: string, lineStart: number): string | null {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) return line;
    end = start - 1;
  }
  return null;
}

/** The 1-based number of the first line after `line` that starts at most two spaces in (or past the end). */
function nextOuterLine(text: string, lineCounter: LineCounter, line: number): number {
  let n = line + 1;
  for (let offset = lineCounter.lineStarts[line] ?? text.length; offset < text.length; n++) {
    const end = text.indexOf('\n', offset);
    const content = text.slice(offset, end === -1 ? text.length : end);
    const trimmed = content.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#') && content.length - trimmed.length <= 2) return n;
    if (end === -1) break;
    offset = end + 1;
  }
  return Number.MAX_SAFE_INTEGER;
}

const INSPRING = 'controleer de inspringing: gebruik spaties, twee per niveau, en zet de velden van één item precies onder elkaar';

const INDENT_ADVICE = 'check the indentation: use spaces, two per level, and line up the fields of one item exactly';

function explainSyntaxError(
  text: string,
  error: YAMLError,
  scan: ScanResult,
): { code: IssueCode; message: string | Message; offset: number } {
  const [start, end] = error.pos;
  const raw = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const leading = /^[ \t]*/.exec(lineOf(text, start))![0];
  if (error.code === 'TAB_AS_INDENT' || leading.includes('\t')) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return {
      code: 'tab-indent',
      offset: lineStart + leading.indexOf('\t'),
      message: {
        en: 'this line is indented with a tab, but YAML needs spaces; replace the tab with spaces, two per level (set your editor to "indent using spaces")',
        nl: 'deze regel is ingesprongen met een tab, maar YAML wil spaties; vervang de tab door spaties, twee per niveau (zet uw editor op "inspringen met spaties")',
      },
    };
  }
  if (/block sequence may not be used as an implicit map key/i.test(raw)) {
    let offset = start;
    while (text[offset] === ' ') offset++;
    return {
      code: 'yaml-syntax',
      offset,
      message: {
        en: `this list item ("- ") stands between fields of the same block, where YAML expects "name: value"; if it belongs to a list, indent it under the field that holds the list; otherwise write it as "name: value"`,
        nl: `dit lijst-item ("- ") staat tussen de velden van één blok, waar YAML "naam: waarde" verwacht; hoort het bij een lijst, spring het dan in onder het veld met die lijst; schrijf het anders als "naam: waarde"`,
      },
    };
  }
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const nextLine = text.indexOf('\n', start);
      if (nextLine !== -1 && nextLine < end) {
        let offset = nextLine + 1;
        while (text[offset] === ' ') offset++;
        const keyLine = lineOf(text, start);
        const keyIndent = /^ */.exec(keyLine)![0].length + (/^ *- /.test(keyLine) ? 2 : 0);
        if (offset - (nextLine + 1) <= keyIndent && !/:\s/.test(keyLine.slice(keyIndent))) {
          // Same indentation: the line above is the culprit, a field name without its colon.
          const lineStart = text.lastIndexOf('\n', start - 1) + 1;
          return {
            code: 'yaml-syntax',
            offset: lineStart + keyIndent,
            message: {
              en: 'this line has no ": " after the field name; write it as "name: value", with a colon and a space',
              nl: 'op deze regel staat geen ": " na de veldnaam; schrijf "naam: waarde", met een dubbele punt en een spatie',
            },
          };
        }
        // The lines around agree and the line above is the odd one out: it lost indentation.
        const keyLineStart = text.lastIndexOf('\n', start - 1) + 1;
        const above = previousContentLine(text, keyLineStart);
        const indentOf = (line: string) => line.length - line.trimStart().length;
        const nextIndent = offset - (nextLine + 1);
        if (above !== null && indentOf(keyLine) < nextIndent && indentOf(above) >= nextIndent) {
          return {
            code: 'yaml-syntax',
            offset: keyLineStart + indentOf(keyLine),
            message: {
              en: `this line is indented less than the lines above and below it, so it leaves the block it belongs to and the next line belongs nowhere; ${INDENT_ADVICE}`,
              nl: `deze regel is minder ver ingesprongen dan de regels erboven en eronder, dus hij verlaat het blok waar hij bij hoort en de volgende regel hoort nergens bij; ${INSPRING}`,
            },
          };
        }
        // The real culprit is the next line, indented deeper than the value above it.
        return {
          code: 'yaml-syntax',
          offset,
          message: {
            en: `this line is indented further than the line above it, so it belongs nowhere; ${INDENT_ADVICE}`,
            nl: `deze regel is verder ingesprongen dan de regel erboven, dus hij hoort nergens bij; ${INSPRING}`,
          },
        };
      }
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: `this text contains ": " (a colon and a space), which YAML reads as a new field; put the whole text in quotes, like this: ${quotedExample(lineOf(text, start))}`,
          nl: `deze tekst bevat ": " (een dubbele punt en een spatie), en YAML leest dat als een nieuw veld; zet de hele tekst tussen aanhalingstekens, zo: ${quotedExample(lineOf(text, start))}`,
        },
      };
    }
    case 'BAD_INDENT':
      if (/flow/i.test(raw)) {
        return {
          code: 'yaml-syntax',
          offset: scan.openFlowAt >= 0 ? scan.openFlowAt : start,
          message: {
            en: 'a list or map in brackets ([ ] or { }) is not closed properly; add the closing bracket on the same line, or write the items on separate lines starting with "- "',
            nl: 'een lijst of blok tussen haakjes ([ ] of { }) is niet goed gesloten; zet het sluithaakje op dezelfde regel, of schrijf de items op aparte regels die beginnen met "- "',
          },
        };
      }
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: `the indentation of this line does not match the lines around it; ${INDENT_ADVICE}`,
          nl: `de inspringing van deze regel past niet bij de regels eromheen; ${INSPRING}`,
        },
      };
    case 'MISSING_CHAR':
      if (/quote/i.test(raw)) {
        return {
          code: 'yaml-syntax',
          offset: scan.openQuoteAt >= 0 ? scan.openQuoteAt : start,
          message: {
            en: "this quoted text is never closed; add the closing quote at the end of the text (write '' for an apostrophe inside 'single quotes')",
            nl: "deze tekst tussen aanhalingstekens wordt nooit gesloten; zet het sluitende aanhalingsteken aan het eind van de tekst (schrijf '' voor een apostrof binnen 'enkele aanhalingstekens')",
          },
        };
      }
      if (/sequence item/i.test(raw)) {
        return {
          code: 'yaml-syntax',
          offset: start,
          message: {
            en: `this line does not line up with the list items above it; start each list item with "- " (a dash and a space) and ${INDENT_ADVICE.replace('check the indentation: ', '')}`,
            nl: `deze regel staat niet gelijk met de lijst-items erboven; begin elk lijst-item met "- " (een streepje en een spatie) en ${INSPRING.replace('controleer de inspringing: ', '')}`,
          },
        };
      }
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: `YAML cannot read this (${raw.toLowerCase()}); check for a missing comma, colon or bracket`,
          nl: 'YAML kan dit niet lezen; controleer of er een komma, dubbele punt of haakje ontbreekt',
        },
      };
    case 'MULTIPLE_DOCS':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'the file contains a second document (after a "---" line), but a scenario file holds exactly one; remove the "---" line, or move the second part to its own file',
          nl: 'het bestand bevat een tweede document (na een regel "---"), maar een scenariobestand heeft er precies één; haal de regel "---" weg, of zet het tweede deel in een eigen bestand',
        },
      };
    case 'BAD_SCALAR_START':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'a text cannot start with this character (such as @, ` or %) in YAML; put the whole text in quotes',
          nl: 'in YAML kan een tekst niet met dit teken beginnen (zoals @, ` of %); zet de hele tekst tussen aanhalingstekens',
        },
      };
    case 'BAD_DQ_ESCAPE':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'a backslash (\\) in "double quotes" starts a special code, and this one is unknown; write \\\\ for a backslash, or use \'single quotes\'',
          nl: 'een backslash (\\) tussen "dubbele aanhalingstekens" begint een speciale code, en deze is onbekend; schrijf \\\\ voor een backslash, of gebruik \'enkele aanhalingstekens\'',
        },
      };
    case 'KEY_OVER_1024_CHARS':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'YAML reads this long text as a field name; a colon or quote is probably missing on this line or the one above',
          nl: 'YAML leest deze lange tekst als veldnaam; waarschijnlijk ontbreekt er op deze regel of de regel erboven een dubbele punt of aanhalingsteken',
        },
      };
    case 'RESOURCE_EXHAUSTION':
      return { code: 'too-deep', offset: start, message: tooDeepMessage };
    case 'UNEXPECTED_TOKEN':
      return unexpectedToken(text, start, raw);
    case 'BLOCK_IN_FLOW':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'a list or map in brackets ([ ] or { }) runs over several lines here and a line inside it starts with "- " or "key:"; close the bracket on the line where it opens, or write the items on separate lines starting with "- " without brackets',
          nl: 'een lijst of blok tussen haakjes ([ ] of { }) loopt hier over meer regels en een regel erin begint met "- " of "naam:"; sluit het haakje op de regel waar het opent, of schrijf de items zonder haakjes op aparte regels met "- "',
        },
      };
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: 'a word starting with "&" or "!" has a special meaning in YAML, and here it is not used correctly; if the "&" or "!" belongs to the text, put the whole text in quotes',
          nl: 'een woord dat begint met "&" of "!" heeft in YAML een speciale betekenis, en hier klopt het niet; hoort de "&" of "!" bij de tekst, zet dan de hele tekst tussen aanhalingstekens',
        },
      };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return {
        code: 'bad-alias',
        offset: start,
        message: {
          en: `this alias or anchor ("*name" or "&name") is not valid (${raw.toLowerCase()}); write the text out instead`,
          nl: 'deze alias of dit anker ("*naam" of "&naam") is niet geldig; schrijf de tekst uit',
        },
      };
    default:
      return {
        code: 'yaml-syntax',
        offset: start,
        message: {
          en: `YAML cannot read this (${raw.toLowerCase()}); check this line and the one above it for a missing colon, a stray character, or text that needs quotes`,
          nl: 'YAML kan dit niet lezen; kijk op deze regel en de regel erboven naar een ontbrekende dubbele punt, een los teken, of een tekst die aanhalingstekens nodig heeft',
        },
      };
  }
}

/**
 * "Unexpected scalar" and friends: the parser met something it did not expect where a value or line should
 * have ended. What is usually wrong depends on what comes just before: a closing quote, or a bracket.
 */
function unexpectedToken(text: string, start: number, raw: string): { code: IssueCode; message: string | Message; offset: number } {
  const line = lineOf(text, start);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).trimEnd();
  const token = text[start];
  if (token === ']' || token === '}') {
    return {
      code: 'yaml-syntax',
      offset: start,
      message: {
        en: `this "${token}" closes a bracket that was never opened on this line; remove it, or put the whole text in quotes if it belongs to the text`,
        nl: `deze "${token}" sluit een haakje dat op deze regel nooit geopend is; haal het weg, of zet de hele tekst tussen aanhalingstekens als het bij de tekst hoort`,
      },
    };
  }
  if (text[start - 1] === "'" && /\w/.test(token ?? '')) {
    return {
      code: 'yaml-syntax',
      offset: start - 1,
      message: {
        en: "the apostrophe here ends the text in 'single quotes', so the rest of the line is left over; write the apostrophe twice ('') or put the whole text in \"double quotes\" instead",
        nl: "de apostrof hier sluit de tekst tussen 'enkele aanhalingstekens' af, dus de rest van de regel blijft over; schrijf de apostrof twee keer ('') of zet de hele tekst tussen \"dubbele aanhalingstekens\"",
      },
    };
  }
  if (before.endsWith('"') || before.endsWith("'")) {
    return {
      code: 'yaml-syntax',
      offset: start,
      message: {
        en: `there is more text after the closing quote, but a quoted text must end at its quote; put the whole text in quotes and write a quote inside it differently, like this: ${quotedExample(line)}`,
        nl: `na het sluitende aanhalingsteken staat nog tekst, maar een tekst tussen aanhalingstekens eindigt bij het aanhalingsteken; zet de hele tekst tussen aanhalingstekens en schrijf een aanhalingsteken erin anders, zo: ${quotedExample(line)}`,
      },
    };
  }
  if (/^\s*-\s*$/.test(before) || /:\s*$/.test(before)) {
    return {
      code: 'yaml-syntax',
      offset: start,
      message: {
        en: `YAML did not expect a value here (${raw.toLowerCase()}); check the indentation of this line and the one above it, and put texts that start with a special character in quotes`,
        nl: 'YAML verwacht hier geen waarde; controleer de inspringing van deze regel en de regel erboven, en zet teksten die met een bijzonder teken beginnen tussen aanhalingstekens',
      },
    };
  }
  return {
    code: 'yaml-syntax',
    offset: start,
    message: {
      en: `YAML expected the line to end here, but more follows (${raw.toLowerCase()}); this usually means a quote, colon or dash is missing, or a text needs quotes because it contains ": " or " #"`,
      nl: 'YAML verwacht hier het einde van de regel, maar er volgt meer; meestal ontbreekt een aanhalingsteken, dubbele punt of streepje, of moet een tekst tussen aanhalingstekens omdat er ": " of " #" in staat',
    },
  };
}

/** `title: Basis: een gesprek` → `title: "Basis: een gesprek"` (the author's own line, fixed). */
function quotedExample(line: string): string {
  const match = /^\s*(?:-\s+)?([^\s:#][^:#]*):\s+(.+?)\s*$/.exec(line);
  if (match && match[2]!.includes('"') && !match[2]!.includes("'")) return `${match[1]}: '${match[2]}'`;
  if (!match || match[2]!.includes('"')) return 'title: "Hallo: welkom"';
  return `${match[1]}: "${match[2]}"`;
}

function warningMessage(w: YAMLError): Message {
  if (w.code === 'TAG_RESOLVE_FAILED') {
    return {
      en: 'scenarios do not use YAML tags (words starting with "!"); remove the tag, or put the text in quotes if the "!" belongs to it',
      nl: 'scenario\'s gebruiken geen YAML-tags (woorden die met "!" beginnen); haal de tag weg, of zet de tekst tussen aanhalingstekens als de "!" erbij hoort',
    };
  }
  const raw = w.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { en: `YAML warns: ${raw.toLowerCase()}; check this line`, nl: `YAML waarschuwt (${raw.toLowerCase()}); controleer deze regel` };
}
