/**
 * The steps that bring a saved attempt list from an older storage format to the current one. Saved history is
 * the trainee's own work: a list in an older format is migrated, never dropped. Each step takes the list of
 * format `from` and returns it in format `from + 1`; they run in order, so a list of any older format arrives
 * at the current one. A new format adds one step here (and a test), and raises ATTEMPTS_FORMAT.
 *
 * Steps work on data as found (unknown shapes); the attempts are checked one by one only after the last step,
 * so damage to one attempt still costs only that attempt.
 */

/** The current storage format of a scenario's attempt list. */
export const ATTEMPTS_FORMAT = 2;

/** A saved list: its format number, its attempts (not yet checked) and whatever else that format holds. */
export interface RawList {
  format: number;
  attempts: unknown[];
  [field: string]: unknown;
}

export interface Migration {
  from: number;
  /** What changed, for the next maintainer. */
  why: string;
  migrate(list: RawList, context: { scenarioId: string }): RawList;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    why: 'The list names its scenario, so a list moved to another key or another browser is still recognised.',
    migrate: (list, { scenarioId }) => ({ ...list, format: 2, scenarioId }),
  },
];

/** The format a list says it has. Lists from before format numbers, or with a number below any known, count as 1. */
export function formatOf(list: { format?: unknown }): number {
  const format = list.format;
  return typeof format === 'number' && Number.isInteger(format) && format >= 1 ? format : 1;
}

export type MigrationResult =
  | { ok: true; list: RawList; migrated: boolean }
  /** Written by a newer Ruimte: it cannot be read here, and must not be overwritten either. */
  | { ok: false; newer: number };

/** Run every step from the list's format up to ATTEMPTS_FORMAT. */
export function migrateList(
  found: { format?: unknown; attempts: unknown[] },
  context: { scenarioId: string },
  steps: readonly Migration[] = MIGRATIONS,
  target: number = ATTEMPTS_FORMAT,
): MigrationResult {
  let list: RawList = { ...found, format: formatOf(found) };
  if (list.format > target) return { ok: false, newer: list.format };
  const start = list.format;
  while (list.format < target) {
    const step = steps.find((s) => s.from === list.format);
    // A gap in the steps is a programming error; the tests walk every format, so this never ships.
    if (!step) throw new Error(`No migration from attempt format ${list.format}`);
    list = step.migrate(list, context);
  }
  return { ok: true, list, migrated: list.format !== start };
}
