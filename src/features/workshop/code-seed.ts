/**
 * The seed a session code stands for. A stand-in: the live workshop's session-code.ts owns the real mapping
 * (code → seed and option order); until both land together this file gives the same answer for the same code,
 * and the lead merges the two so group links, the compare view and the exports use that one function.
 *
 * The code is compared without case or spaces ("ab 12" and "AB12" are the same session), then hashed by the
 * engine's own seed function, so the same code gives the same seed in every browser.
 */
import { seedState } from '../../engine/index.ts';

/** The form a code is written in a link and shown: upper case, no spaces or dashes. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/gu, '');
}

export function seedForCode(code: string): number {
  return seedState(`workshop:${normaliseCode(code)}`);
}
