/**
 * A problem found in a scenario file, located at a 1-based line and column, with a message a trainer can act
 * on. `code` is a stable kebab-case id (tests, the UI and docs key on it); the message may be reworded freely.
 */
import { escapeControls } from './control-chars.ts';

export type Severity = 'error' | 'warning';

export interface ContentIssue {
  /** The file as the author knows it (relative to the project root where possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, counted in characters. */
  column: number;
  severity: Severity;
  code: IssueCode;
  /** Plain English that always says what to do. */
  message: string;
  /** The same in Dutch, where the checker has it (the CLI with --lang nl, the Lab in Dutch); else `message`. */
  nl?: string;
}

/** A message in both languages the checker speaks. */
export interface Message {
  en: string;
  nl: string;
}

export type Lang = 'nl' | 'en';

/** The message in `lang` (English when there is no Dutch one yet). */
export function messageIn(i: ContentIssue, lang: Lang): string {
  return lang === 'nl' && i.nl ? i.nl : i.message;
}

/** Smells: allowed, but probably not what the author meant (src/content/smells.ts). Always warnings. */
export const SMELL_ISSUE_CODES = [
  'client-first-stressor',
  'same-result',
  'unreachable-ending',
  'fact-never-asked',
  'reply-missing-mode',
  'giveaway-length',
  'best-path-loops',
  'fact-never-told',
  'giveaway-systematic',
  'coding-inconsistent',
  'line-repeated',
  'line-shared',
  'reply-same-for-modes',
  'trains-not-offered',
] as const;

/** The stable issue codes. Add new ones at the end of a group; never rename one. */
export const ISSUE_CODES = [
  // the file itself
  'file-not-found',
  'file-too-large',
  'binary-file',
  'invalid-utf8',
  'empty-file',
  'too-deep',
  'alias-limit',
  'bad-alias',
  'yaml-syntax',
  'tab-indent',
  'duplicate-key',
  'yaml-warning',
  'not-a-mapping',
  'invisible-character',
  'comment-in-text',
  'text-swallows-line',
  'control-character',
  // the shape (schema)
  'unknown-field',
  'missing-field',
  'wrong-type',
  'invalid-value',
  'invalid-id',
  'too-short',
  'too-long',
  'out-of-range',
  'no-codes',
  'schema',
  'fraction-on-scale',
  // the meaning (semantic checks)
  'duplicate-id',
  'reserved-id',
  'unknown-reference',
  'wrong-reference',
  'walk-out-ending',
  'fallback-ending',
  'ignored-condition',
  'unreachable-moment',
  'dead-end',
  'no-reply',
  'unused-fact',
  'unused-agreement',
  'duplicate-option-text',
  'misplaced-field',
  'max-turns-too-low',
  'early-end',
  'bad-placeholder',
  'bad-url',
  // translations
  'missing-translation',
  'unknown-line',
  'translation-mismatch',
  'stale-translation',
  ...SMELL_ISSUE_CODES,
  // the checker
  'too-many-issues',
  'duplicate-scenario',
  'file-name-mismatch',
  'internal',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Past this many problems in one file, the first ones are what matters: the rest is one summary line. */
export const MAX_ISSUES_PER_FILE = 100;

export function issue(
  file: string,
  position: { line: number; column: number },
  severity: Severity,
  code: IssueCode,
  message: string | Message,
): ContentIssue {
  if (typeof message === 'string') return { file, line: position.line, column: position.column, severity, code, message };
  return { file, line: position.line, column: position.column, severity, code, message: message.en, nl: message.nl };
}

/**
 * `path:line:column: error|warning: message`, the format editors and CI annotate: always one line, with
 * control characters from a file name or a quoted value shown as `\u001b` instead of reaching the terminal.
 * The words error and warning stay English in every language: problem matchers key on them.
 */
export function formatIssue(i: ContentIssue): string {
  return formatIssueIn(i, 'en');
}

export function formatIssueIn(i: ContentIssue, lang: Lang): string {
  return escapeControls(`${i.file}:${i.line}:${i.column}: ${i.severity}: ${messageIn(i, lang)}`, { oneLine: true });
}

export function countIssues(issues: readonly ContentIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 scenarios checked: 1 error, 2 warnings` (or `…: no problems`); in Dutch `3 scenario's gecontroleerd: …`. */
export function formatSummary(scenarios: number, issues: readonly ContentIssue[], lang: Lang = 'en'): string {
  const { errors, warnings } = countIssues(issues);
  if (lang === 'nl') {
    const gevonden =
      errors + warnings === 0
        ? 'geen problemen'
        : `${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}`;
    return `${plural(scenarios, 'scenario', "scenario's")} gecontroleerd: ${gevonden}`;
  }
  const found = errors + warnings === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${plural(scenarios, 'scenario')} checked: ${found}`;
}

/** File, then position, then errors before warnings: reading order for the author. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
