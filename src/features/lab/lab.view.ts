/**
 * The Lab's small rules, without React or the DOM: where the draft is kept, what a saved file is called,
 * how a file's bytes become editor text without changing a byte on the way back, and how issues group.
 */
import { SMELL_ISSUE_CODES, type ContentIssue, type IssueCode } from '../../content/issues.ts';

/** The file name the Lab checks under (issues name it); the download is called after the scenario's id. */
export const LAB_FILE = 'scenario.yaml';
/** The English table's name when one is opened beside the scenario. */
export const LAB_TRANSLATION_FILE = 'scenario.en.yaml';

/** The edited text survives a reload here (this browser only; nothing is sent anywhere). */
export const DRAFT_KEY = 'ruimte.lab.draft';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readDraft(storage: Store | null): string | null {
  try {
    return storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
}

/** False when the draft could not be kept (storage off or full): the page then says so. */
export function storeDraft(storage: Store | null, text: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DRAFT_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** `<id>.yaml`, or `scenario.yaml` while the id cannot be read. */
export function downloadName(id: string | null): string {
  return `${id && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : 'scenario'}.yaml`;
}

/**
 * A file's bytes as editor text, exactly: a byte-order mark is kept as a character (the default decoder
 * would drop it), so saving gives back the same bytes.
 */
export function decodeFile(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function encodeText(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The line break the editor must write: CRLF when every break in the text is CRLF, else LF. The editor
 * joins its lines with one separator, so this keeps Windows files byte-for-byte on save.
 */
export function lineSeparatorOf(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const all = text.split(/\r\n|\r|\n/).length - 1;
  return crlf > 0 && crlf === all ? '\r\n' : '\n';
}

/**
 * The text as the editor holds it: with one separator set, CodeMirror splits lines on that string only, so
 * the other breaks (a lone CR from an old Mac file, a stray CRLF among LFs) become LF, as the checker reads
 * them; otherwise the editor would show one long line where the checker reports line 43.
 */
export function editorText(text: string): string {
  return lineSeparatorOf(text) === '\r\n' ? text : text.replace(/\r\n?/g, '\n');
}

/** The smells (src/content/smells.ts): allowed, but probably not what the author meant. */
export const SMELL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(SMELL_ISSUE_CODES);

export function smellsOf(issues: readonly ContentIssue[]): ContentIssue[] {
  return issues.filter((i) => SMELL_CODES.has(i.code));
}

export function issueCounts(issues: readonly ContentIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

/** Milliseconds of quiet typing before the text is checked again. */
export const CHECK_DELAY = 350;
