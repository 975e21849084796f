/**
 * A group's session for the trainer's report, as CSV and JSON. Pure: the screen hands in the rebuilt path
 * (group-path.view.ts, so every number is the engine's) and the column names in the UI's language.
 *
 * CSV choices, so the file opens right in a Dutch Excel as well as anywhere else:
 * - fields separated by a semicolon. Dutch Excel reads the list separator from the regional settings, and
 *   there it is `;` because `,` is the decimal comma; a comma file opens as one column. LibreOffice and
 *   pandas ask or sniff, so `;` costs them nothing. No `sep=;` line: that is not CSV and breaks other readers.
 * - RFC 4180 otherwise: a field holding the separator, a quote, a comma or a line break is quoted, quotes
 *   doubled; lines end in CRLF.
 * - a UTF-8 byte order mark, or Excel reads "één" as Windows-1252.
 * - text that starts with = + - @ (or a tab or CR) gets a leading apostrophe, so a group label or a line can
 *   never run as a spreadsheet formula (CSV injection). Numbers are whole numbers and stay plain.
 */
import type { GroupPath, PathMoment } from './group-path.view.ts';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

type OkPath = Extract<GroupPath, { ok: true }>;

export interface CsvLabels {
  group: string;
  code: string;
  turn: string;
  moment: string;
  /** "Stemmen {{letter}}" resolved per letter by the caller. */
  votesFor: (letter: string) => string;
  votesTotal: string;
  choice: string;
  choiceText: string;
  stressBefore: string;
  stressAfter: string;
  trustBefore: string;
  trustAfter: string;
  roomBefore: string;
  roomAfter: string;
  modeBefore: string;
  modeAfter: string;
  /** Mode names in the UI's language. */
  mode: (mode: string) => string;
}

/** One CSV field, quoted when it must be (RFC 4180) and defused when a spreadsheet would read it as a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[;",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR);
}

/** Most options any moment of this path had: one vote column per letter up to it. */
const lettersOf = (moments: readonly PathMoment[]) => {
  const most = Math.max(0, ...moments.map((m) => m.options.length));
  return Array.from({ length: most }, (_, i) => String.fromCharCode(65 + i));
};

/** One row per moment: the hands per letter, the choice, and stress, trust, room and mode before and after. */
export function workshopCsv(path: OkPath, labels: CsvLabels): string {
  const letters = lettersOf(path.moments);
  const header = [
    labels.group,
    labels.code,
    labels.turn,
    labels.moment,
    ...letters.map(labels.votesFor),
    labels.votesTotal,
    labels.choice,
    labels.choiceText,
    labels.stressBefore,
    labels.stressAfter,
    labels.trustBefore,
    labels.trustAfter,
    labels.roomBefore,
    labels.roomAfter,
    labels.modeBefore,
    labels.modeAfter,
  ];
  const rows = path.moments.map((m) => [
    path.record.group,
    path.record.code,
    m.turn,
    m.momentId,
    ...letters.map((letter) => m.options.find((o) => o.letter === letter)?.votes ?? null),
    m.totalVotes,
    m.chosen.letter,
    m.chosen.text.text,
    m.before.stress,
    m.after.stress,
    m.before.trust,
    m.after.trust,
    m.before.room,
    m.after.room,
    labels.mode(m.before.mode),
    labels.mode(m.after.mode),
  ]);
  return BOM + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

export interface JsonMeta {
  /** The scenario's title in the UI's language. */
  title: string;
  /** The group's link, so the report can lead back to the path. */
  link: string;
  /** The language the texts are in. */
  lang: string;
}

/** The same session as JSON: machine-readable keys (English, stable), texts in the UI's language. */
export function workshopJson(path: OkPath, meta: JsonMeta): string {
  const { record } = path;
  const data = {
    format: 'ruimte-workshop-session',
    formatVersion: 1,
    scenario: { id: record.scenarioId, version: record.scenarioVersion, title: meta.title },
    code: record.code,
    group: record.group,
    lang: meta.lang,
    link: meta.link,
    moments: path.moments.map((m) => ({
      turn: m.turn,
      moment: m.momentId,
      options: m.options.map((o) => ({ letter: o.letter, id: o.id, text: o.text.text, votes: o.votes, chosen: o.chosen })),
      votesTotal: m.totalVotes,
      choice: { letter: m.chosen.letter, id: m.chosen.id },
      before: m.before,
      after: m.after,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A file name without spaces or characters a file system refuses: `ruimte-<scenario>-<group>.<ext>`. */
export function exportFileName(record: { scenarioId: string; group: string }, ext: 'csv' | 'json'): string {
  const group = record.group
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return `ruimte-${record.scenarioId}${group ? `-${group}` : ''}.${ext}`;
}
