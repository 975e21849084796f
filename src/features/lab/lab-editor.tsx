/**
 * The YAML editor: CodeMirror 6 with line numbers, YAML highlighting and the checker's issues underlined;
 * long lines wrap, and CodeMirror's own texts (search, go to line, lint panel) follow the UI language.
 * It lives in a shadow root so CodeMirror's styles go into a constructed style sheet, which the page's
 * Content-Security-Policy (`style-src 'self'`, no inline <style>) allows; in the document itself it would
 * need a <style> element.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { codeFolding, defaultHighlightStyle, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { forwardRef, memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { ContentIssue } from '../../content/issues.ts';
import { diagnosticsOf, showsAlready } from './editor-diagnostics.ts';
import { offsetAt } from './editor-position.ts';
import { editorText, lineSeparatorOf } from './lab.view.ts';

export interface LabEditorHandle {
  /** Put the cursor at a 1-based line and column, scroll there and focus the editor. */
  goTo(line: number, column: number): void;
  /** The same without taking focus (selecting a box in the graph keeps focus there). */
  moveTo(line: number, column: number): void;
  focus(): void;
  /** Underline these issues (the checker's, for the editor's file), unless the editor shows exactly them. */
  showIssues(issues: readonly ContentIssue[]): void;
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

/**
 * What a trainer editing a scenario uses, and no more: line numbers, the current line marked, invisible and
 * special characters shown, undo and redo, YAML highlighting, search and replace, go to line, folding by
 * keyboard, and the checker's marks. CodeMirror's `basicSetup` adds much that runs on every keystroke for
 * nothing here: completion (YAML has no completion source, yet its state asks the syntax tree at the cursor
 * for each change), a fold gutter that looks up every visible line in the syntax tree again for each change,
 * bracket matching, closing brackets and quotes as you type, the editor's own drawn cursor and selection
 * (the browser's native ones are used instead), highlighting every copy of the selected word, several
 * cursors, and the drop cursor. The keymaps are the same, less completion's and closing brackets'.
 */
const editing = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  codeFolding(),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  highlightActiveLine(),
  keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
];

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.95rem', backgroundColor: '#fff', color: '#1b1b1f' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
  '&.cm-focused': { outline: '3px solid #1d4ed8', outlineOffset: '-3px' },
  '.cm-gutters': { backgroundColor: '#f3f4f6', color: '#4b5563', borderRight: '1px solid #d1d5db' },
  '.cm-activeLine': { backgroundColor: '#eef2ff' },
  '.cm-activeLineGutter': { backgroundColor: '#e0e7ff', color: '#111827' },
  // The lint underlines and gutter marks drawn by CSS instead of CodeMirror's SVG images: the browser builds
  // a small document for each such image when an issue first appears, which cost a slow machine tens of
  // milliseconds between the check and the paint. Same shapes as CodeMirror's (a wavy line; a circle for
  // an error, a triangle for a warning, a square for a note), so the kind is not told by colour alone.
  '.cm-lintRange-error, .cm-lintRange-warning, .cm-lintRange-info, .cm-lintRange-hint': {
    backgroundImage: 'none',
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationThickness: '1px',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '2px',
  },
  '.cm-lintRange-error': { textDecorationColor: '#f11' },
  '.cm-lintRange-warning': { textDecorationColor: 'orange' },
  '.cm-lintRange-info': { textDecorationColor: '#999' },
  '.cm-lintRange-hint': { textDecorationColor: '#66d' },
  '.cm-lint-marker-error, .cm-lint-marker-warning, .cm-lint-marker-info': {
    content: 'normal',
    boxSizing: 'border-box',
    width: '0.9em',
    height: '0.9em',
    marginTop: '0.15em',
  },
  '.cm-lint-marker-error': { borderRadius: '50%', backgroundColor: '#f87', border: '2px solid #f43' },
  '.cm-lint-marker-warning': { backgroundColor: '#fd7', clipPath: 'polygon(50% 5%, 95% 92%, 5% 92%)' },
  '.cm-lint-marker-info': { backgroundColor: '#aaf', border: '2px solid #77e' },
});

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
          editing,
          yaml(),
          lintGutter(),
          theme,
          // Long texts wrap instead of running off to the right: a trainer reads a whole reply at once.
          EditorView.lineWrapping,
          language.of(EditorState.phrases.of(phrases)),
          EditorState.lineSeparator.of(lineSeparatorOf(initial)),
          // tabindex: axe (and some screen readers) do not count a bare contenteditable as focusable.
          labelled.of(EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', tabindex: '0' })),
        ],
      }),
      // The new text goes out before the editor updates itself: the checker (in its worker) starts while
      // the editor parses and draws the keystroke, not after. `newDoc` is there before the new state is
      // computed; joined with the file's own line break (CRLF kept), as sliceDoc would.
      dispatchTransactions(transactions, target) {
        const last = transactions.at(-1);
        if (last && transactions.some((tr) => tr.docChanged))
          changed.current(last.newDoc.sliceString(0, undefined, target.state.lineBreak));
        target.update(transactions);
      },
    });
    // The lint state from the start, while nothing is timed: the first issue found then only sets the
    // diagnostics, instead of also reconfiguring the whole editor to add the lint extension.
    editor.dispatch(setDiagnostics(editor.state, []));
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

  // A check that finds what the editor already shows (the underlines it moved along with the text, at the
  // places the checker now gives) changes nothing here: no editor update (at slow CPUs one costs as much as
  // the check). Anything else is set again.
  // A layout effect: the underlines reach the screen in the same frame as the list, not one frame later.
  // The page also hands an answer's issues over before it renders the answer (showIssues); then this finds
  // them shown already.
  useLayoutEffect(() => showIssues(view.current, issues), [issues]);

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
      showIssues(next) {
        showIssues(view.current, next);
      },
    };
  });

  return <div className="lab-editor" ref={host} />;
});

function showIssues(editor: EditorView | null, issues: readonly ContentIssue[]) {
  if (!editor) return;
  const wanted = diagnosticsOf(editor.state.doc, issues);
  if (!showsAlready(editor.state, wanted)) editor.dispatch(setDiagnostics(editor.state, wanted));
}

/** Memoised: a keystroke changes the page's text, not the editor's props (the editor holds its own text). */
export const LabEditor = memo(Editor);
