/**
 * The Lab sets the checker's issues in the editor again only when they differ from what it already shows
 * (places, kinds, messages), so typing that changes no issue costs the editor nothing.
 */
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/content/issues.ts';
import { diagnosticsOf, showsAlready } from '../../src/features/lab/editor-diagnostics.ts';

const issue = (line: number, column: number, message = 'unknown moment', severity: 'error' | 'warning' = 'error'): ContentIssue =>
  ({ file: 'scenario.yaml', line, column, severity, code: 'unknown-reference', message }) as ContentIssue;

function shown(doc: string, issues: ContentIssue[]): EditorState {
  const state = EditorState.create({ doc, extensions: [lintGutter()] });
  return state.update(setDiagnostics(state, diagnosticsOf(state.doc, issues))).state;
}

describe('showsAlready', () => {
  const doc = 'id: test\nmoments:\n  - id: start\n    next: elsewhere\n';

  it('is true for the same issues, in any order, and for none after none', () => {
    const issues = [issue(4, 11), issue(1, 5, 'bad id', 'warning')];
    const state = shown(doc, issues);
    expect(showsAlready(state, diagnosticsOf(state.doc, issues))).toBe(true);
    expect(showsAlready(state, diagnosticsOf(state.doc, [...issues].reverse()))).toBe(true);
    const empty = EditorState.create({ doc, extensions: [lintGutter()] });
    expect(showsAlready(empty, [])).toBe(true);
  });

  it('follows the underlines the editor moved with the text', () => {
    const state = shown(doc, [issue(4, 11)]);
    // A line typed above the issue: the editor moves its underline, the checker reports the next line.
    const typed = state.update({ changes: { from: 0, insert: '# note\n' } }).state;
    expect(showsAlready(typed, diagnosticsOf(typed.doc, [issue(5, 11)]))).toBe(true);
    expect(showsAlready(typed, diagnosticsOf(typed.doc, [issue(4, 11)]))).toBe(false);
  });

  it('is false when a message, a kind or the number of issues differs', () => {
    const state = shown(doc, [issue(4, 11)]);
    expect(showsAlready(state, diagnosticsOf(state.doc, [issue(4, 11, 'another message')]))).toBe(false);
    expect(showsAlready(state, diagnosticsOf(state.doc, [issue(4, 11, 'unknown moment', 'warning')]))).toBe(false);
    expect(showsAlready(state, diagnosticsOf(state.doc, [issue(4, 11), issue(1, 1)]))).toBe(false);
    expect(showsAlready(state, [])).toBe(false);
  });
});
