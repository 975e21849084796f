/**
 * The checker's issues as CodeMirror diagnostics, and whether the editor already shows exactly those: the
 * common case while typing, where a check finds what the one before found. Setting them again would redraw
 * the lines they are on and make the browser lay the page out once more, for nothing.
 */
import { forEachDiagnostic, type Diagnostic } from '@codemirror/lint';
import type { EditorState, Text } from '@codemirror/state';
import type { ContentIssue } from '../../content/issues.ts';
import { issueRange } from './editor-position.ts';

export function diagnosticsOf(doc: Text, issues: readonly ContentIssue[]): Diagnostic[] {
  return issues.map((i) => ({ ...issueRange(doc, i.line, i.column), severity: i.severity, message: i.message, source: i.code }));
}

const keyOf = (d: Diagnostic, from = d.from, to = d.to) => `${from}:${to}:${d.severity}:${d.source ?? ''}:${d.message}`;

/**
 * True when the editor's diagnostics (as it moved them along with the text) are the same places, kinds and
 * messages as `wanted`, in any order; then a new setDiagnostics would draw the same underlines and marks.
 */
export function showsAlready(state: EditorState, wanted: readonly Diagnostic[]): boolean {
  const shown: string[] = [];
  forEachDiagnostic(state, (d, from, to) => shown.push(keyOf(d, from, to)));
  if (shown.length !== wanted.length) return false;
  const want = wanted.map((d) => keyOf(d)).sort();
  shown.sort();
  return shown.every((key, n) => key === want[n]);
}
