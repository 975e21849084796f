/**
 * Valid YAML that probably does not say what the author meant, found on the parsed document (so before the
 * schema: the warnings come even when the shape has errors too):
 *
 * - comment-in-text    `reply: Dat is 5 # euro`: in an unquoted text, ` #` starts a comment, so the rest of
 *                      the line silently disappears from the text.
 * - text-swallows-line  a line indented further than the field above it continues that field's unquoted text:
 *                      `reply: Ja` + `    next: end` becomes the reply "Ja next: end" (or an error), and
 *                      `goals: Eerste` + `  - Tweede` becomes one text. A field or list item that is read as
 *                      text is nearly always an indentation slip.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { issue, type ContentIssue } from './issues.ts';
import { excerpt } from './suggest.ts';
import { positionAt, type YamlSource } from './yaml-source.ts';
import { walkYaml } from './yaml-walk.ts';

/** Fields whose value is prose: a comment after a one-word text is still a cut-off text there. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'title',
  'summary',
  'situation',
  'caseFile',
  'topic',
  'truth',
  'accurate',
  'vague',
  'omitted',
  'wrong',
  'text',
  'reply',
  'thought',
  'client',
  'note',
  'discuss',
  'changeGoal',
  'default',
  'open',
  'opening',
  'guarded',
  'closed',
  'fight',
  'flight',
  'freeze',
]);

export function yamlLintIssues(source: YamlSource, knownKeys: ReadonlySet<string>): ContentIssue[] {
  const out: ContentIssue[] = [];
  const { text, lineCounter, file } = source;
  walkYaml(source.doc, {
    scalar(node, isKey, parent) {
      if (isKey || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      // Most texts are one line with nothing after them: both checks below start from a character that is
      // looked at here first, so those texts cost no slices and no regular expressions.
      const after = text.charCodeAt(end);
      const firstBreak = text.indexOf('\n', start);
      const multiLine = firstBreak !== -1 && firstBreak < end;
      if (after !== 0x20 && after !== 0x09 && !multiLine) return;
      const field = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : null;
      const inList = isSeq(parent);

      // A comment right after a text on the same line.
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
      const hash = /^[ \t]+#/.exec(rest);
      const prose =
        hash !== null &&
        (/\s/.test(node.value) || (field !== null && TEXT_KEYS.has(field)) || (inList && !/^[a-z0-9-]+$/.test(node.value)));
      if (hash && prose) {
        const cut = rest.slice(hash[0].length).trim();
        const message = {
          en: `the text stops before " #": in a text without quotes, YAML reads " #" and everything after it as a comment, so "${excerpt(cut)}" is left out of the text; if it belongs to the text, put the whole text in quotes; if it is a comment, put it on a line of its own`,
          nl: `de tekst stopt voor " #": in een tekst zonder aanhalingstekens leest YAML " #" en alles erna als commentaar, dus "${excerpt(cut)}" valt weg uit de tekst; hoort het bij de tekst, zet dan de hele tekst tussen aanhalingstekens; is het commentaar, zet het dan op een eigen regel`,
        };
        out.push(issue(file, positionAt(lineCounter, end + hash[0].length - 1), 'warning', 'comment-in-text', message));
      }

      // Continuation lines that look like a field or a list item.
      if (!multiLine) return;
      const raw = text.slice(start, end);
      let offset = firstBreak - start;
      while (offset !== -1) {
        const lineStart = start + offset + 1;
        const lineText = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart));
        const trimmed = lineText.trimStart();
        const word = /^([A-Za-z][A-Za-z0-9]*)(:?)(\s|$)/.exec(trimmed);
        const looksLikeField = word !== null && knownKeys.has(word[1]!) && (word[2] === ':' || /^[A-Za-z]+\s+[^\s]+$/.test(trimmed.trim()));
        const looksLikeItem = /^-(\s|\S)/.test(trimmed) && !/^--/.test(trimmed);
        if (looksLikeField || looksLikeItem) {
          const what = looksLikeItem ? 'this list item' : `"${word![1]}"`;
          const owner = field ? `"${field}"` : 'the list item above';
          const fix = !looksLikeItem
            ? `if it is a field of its own, line it up exactly with the fields above it (and write "${word![1]}: …" with a colon)`
            : field
              ? `if "${field}" is a list, put nothing after "${field}:" and start every item on its own line with "- "`
              : 'if it is a new list item, start its "- " exactly below the "- " of the item above';
          const wat = looksLikeItem ? 'dit lijst-item' : `"${word![1]}"`;
          const van = field ? `"${field}"` : 'het lijst-item erboven';
          const oplossing = !looksLikeItem
            ? `is het een eigen veld, zet het dan precies onder de velden erboven (en schrijf "${word![1]}: …" met een dubbele punt)`
            : field
              ? `is "${field}" een lijst, zet dan niets achter "${field}:" en begin elk item op een eigen regel met "- "`
              : 'is het een nieuw lijst-item, zet de "- " dan precies onder de "- " van het item erboven';
          const message = {
            en: `${what} is indented further than the line above it, so YAML reads it as more text of ${owner} ("${excerpt(node.value, 60)}"); ${fix}`,
            nl: `${wat} is verder ingesprongen dan de regel erboven, dus YAML leest het als meer tekst van ${van} ("${excerpt(node.value, 60)}"); ${oplossing}`,
          };
          out.push(
            issue(file, positionAt(lineCounter, lineStart + (lineText.length - trimmed.length)), 'warning', 'text-swallows-line', message),
          );
          break;
        }
        const next = raw.indexOf('\n', offset + 1);
        offset = next;
      }
    },
  });
  return out;
}

/** Every field name a scenario or translation may use, for recognising a swallowed field. */
export function keysOf(node: Node | null, into = new Set<string>()): Set<string> {
  if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) into.add(String(pair.key.value));
  return into;
}
