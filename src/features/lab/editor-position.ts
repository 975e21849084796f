/**
 * Line and column (1-based, as the checker reports them) → a range in the editor's document. Issues may
 * come from a slightly older text than the one on screen, so positions are clamped, never trusted.
 */
interface Doc {
  lines: number;
  line(n: number): { from: number; to: number; text: string };
}

/** The offset of line/column, clamped into the document. */
export function offsetAt(doc: Doc, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, Math.floor(line) || 1), doc.lines));
  return l.from + Math.min(Math.max(0, Math.floor(column) - 1 || 0), l.text.length);
}

/** The range to underline for an issue: from the column to the end of that word, or the whole line. */
export function issueRange(doc: Doc, line: number, column: number): { from: number; to: number } {
  const from = offsetAt(doc, line, column);
  const l = doc.line(Math.min(Math.max(1, Math.floor(line) || 1), doc.lines));
  const rest = l.text.slice(from - l.from);
  const word = /^\S+/.exec(rest)?.[0].length ?? 0;
  if (word > 0) return { from, to: from + word };
  return l.text.length > 0 ? { from: l.from, to: l.to } : { from, to: from };
}
