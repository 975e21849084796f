/** A scenario's level: one the UI translates, the author's own word, or none. */
export const KNOWN_LEVELS = ['basis', 'gevorderd'] as const;
export type KnownLevel = (typeof KNOWN_LEVELS)[number];
export type LevelView = { known: KnownLevel } | { raw: string } | null;

export function levelOf(level: string): LevelView {
  if ((KNOWN_LEVELS as readonly string[]).includes(level)) return { known: level as KnownLevel };
  return level.trim() === '' ? null : { raw: level };
}
