/**
 * Control characters in scenario text. A YAML escape such as "\e" or "\x1b" (or a raw byte pasted from
 * elsewhere) puts an escape code into a value; printed raw, it can recolour, move or rewrite a terminal, and a
 * bidirectional override can make a message read differently from what it says. Everything the check command,
 * the analysis command and the build print goes through `escapeControls`, and the checker warns about them.
 */

/* eslint-disable no-control-regex -- finding control characters is what this module is for */

/** C0 controls except tab and newline, DEL, and C1 controls: never meaningful in a scenario text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Also shown escaped in terminal output: bidirectional overrides and isolates, and the Unicode line breaks. */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const TERMINAL_UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/* eslint-enable no-control-regex */

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * `text` safe to print in a terminal: every control character, bidirectional control and Unicode line break
 * written as `\u001b`. Tabs stay; newlines stay unless `oneLine` (one issue per line in `path:line:col` output).
 */
export function escapeControls(text: string, { oneLine = false }: { oneLine?: boolean } = {}): string {
  return text.replace(oneLine ? TERMINAL_UNSAFE_OR_NEWLINE : TERMINAL_UNSAFE, (c) => `\\u${hex(c)}`);
}

const NAMES: Record<string, string> = {
  '\u0007': 'bell',
  '\u0008': 'backspace',
  '\u000b': 'vertical tab',
  '\u000c': 'form feed',
  '\u000d': 'carriage return',
  '\u001b': 'escape',
  '\u007f': 'delete',
  '\u0085': 'next line',
  '\u009b': 'control sequence introducer',
};

/** `U+001B (escape)`: how a warning names the character. */
export function describeControl(c: string): string {
  const name = NAMES[c];
  return `U+${hex(c).toUpperCase()}${name ? ` (${name})` : ''}`;
}

/** Index of the first control character in `text` (tab and newline allowed), or -1. */
export function firstControl(text: string): number {
  const match = CONTROL.exec(text);
  return match ? match.index : -1;
}
