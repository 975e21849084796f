/**
 * The YAML editor: CodeMirror 6 with line numbers, YAML highlighting and the checker's issues underlined;
 * long lines wrap, and CodeMirror's own texts (search, go to line, lint panel) follow the UI language.
 * It lives in a shadow root so CodeMirror's styles go into a constructed style sheet, which the page's
 * Content-Security-Policy (`style-src 'self'`, no inline <style>) allows; in the document itself it would
 * need a <style> element.
 */
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { forwardRef, memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { ContentIssue } from '../../content/issues.ts';
import { issueRange, offsetAt } from './editor-position.ts';
import { editorText, lineSeparatorOf } from './lab.view.ts';

export interface LabEditorHandle {
  /** Put the cursor at a 1-based line and column, scroll there and focus the editor. */
  goTo(line: number, column: number): void;
  /** The same without taking focus (selecting a box in the graph keeps focus there). */
  moveTo(line: number, column: number): void;
  focus(): void;
}

interface LabEditorProps {
  /** The text when the editor is created; remount (key) to load another file. */
  initial: string;
  onChange: (text: string) => void;
  issues: readonly ContentIssue[];
  /** Accessible name of the text area. */
  label: string;
  /** CodeMirror's own texts (search panel, lint panel, …) in the UI language, keyed by its English phrase. */
  phrases: Readonly<Record<string, string>>;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.95rem', backgroundColor: '#fff', color: '#1b1b1f' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
  '&.cm-focused': { outline: '3px solid #1d4ed8', outlineOffset: '-3px' },
  '.cm-gutters': { backgroundColor: '#f3f4f6', color: '#4b5563', borderRight: '1px solid #d1d5db' },
  '.cm-activeLine': { backgroundColor: '#eef2ff' },
  '.cm-activeLineGutter': { backgroundColor: '#e0e7ff', color: '#111827' },
});

function diagnostics(view: EditorView, issues: readonly ContentIssue[]): Diagnostic[] {
  return issues.map((i) => ({ ...issueRange(view.state.doc, i.line, i.column), severity: i.severity, message: i.message, source: i.code }));
}

const Editor = forwardRef<LabEditorHandle, LabEditorProps>(function LabEditor({ initial, onChange, issues, label, phrases }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const [labelled] = useState(() => new Compartment());
  const [language] = useState(() => new Compartment());
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = host.current!;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    parent.className = 'lab-editor__root';
    parent.style.height = '100%';
    root.replaceChildren(parent);
    const editor = new EditorView({
      root,
      parent,
      state: EditorState.create({
        doc: editorText(initial),
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          theme,
          // Long texts wrap instead of running off to the right: a trainer reads a whole reply at once.
          EditorView.lineWrapping,
          language.of(EditorState.phrases.of(phrases)),
          EditorState.lineSeparator.of(lineSeparatorOf(initial)),
          // tabindex: axe (and some screen readers) do not count a bare contenteditable as focusable.
          labelled.of(EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', tabindex: '0' })),
          EditorView.updateListener.of((update) => {
            // sliceDoc, not doc.toString(): only it joins lines with the file's own line break (CRLF kept).
            if (update.docChanged) changed.current(update.state.sliceDoc());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once per mount: the parent remounts it (key) to load a different text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The accessible name follows the UI language.
  useEffect(() => {
    view.current?.dispatch({
      effects: labelled.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', tabindex: '0' })),
    });
  }, [label, labelled]);

  useEffect(() => {
    view.current?.dispatch({ effects: language.reconfigure(EditorState.phrases.of(phrases)) });
  }, [phrases, language]);

  // A check that finds nothing, after one that found nothing, changes nothing here: no editor update (at
  // slow CPUs one costs as much as the check). Anything else is set again, as the editor has moved the old
  // underlines along with the text while the checker places the new ones itself.
  // A layout effect: the underlines reach the screen in the same frame as the list, not one frame later.
  const shown = useRef<readonly ContentIssue[] | null>(null);
  useLayoutEffect(() => {
    const editor = view.current;
    if (!editor || (issues.length === 0 && shown.current?.length === 0)) return;
    editor.dispatch(setDiagnostics(editor.state, diagnostics(editor, issues)));
    shown.current = issues;
  }, [issues]);

  useImperativeHandle(ref, () => {
    const moveTo = (line: number, column: number) => {
      const editor = view.current;
      if (!editor) return;
      const pos = offsetAt(editor.state.doc, line, column);
      editor.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    };
    return {
      moveTo,
      goTo(line, column) {
        moveTo(line, column);
        view.current?.focus();
      },
      focus() {
        view.current?.focus();
      },
    };
  });

  return <div className="lab-editor" ref={host} />;
});

/** Memoised: a keystroke changes the page's text, not the editor's props (the editor holds its own text). */
export const LabEditor = memo(Editor);
