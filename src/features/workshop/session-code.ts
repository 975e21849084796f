/**
 * The workshop's session code: five characters the trainer writes on the board and every group types in.
 * The code fixes the conversation's seed, and with it the option order (see selectOptions in the engine) and
 * which variant of a client line is said, so groups on different laptops see the same letters A–D and the
 * same lines. Nothing is looked up anywhere: the seed follows from the code by a fixed hash.
 *
 * The alphabet leaves out what is easily misread on a projector or misheard in a room: I, L, O, 0, 1 (and
 * U/V look alike in many fonts, so U goes too). Typing is forgiving: lower case, spaces and dashes are fine.
 */
import { seedState } from '../../engine/index.ts';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const CODE_LENGTH = 5;

/** Upper case, without spaces, dashes or dots: what the trainer meant, before it is checked. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_]+/g, '');
}

export type CodeProblem = 'empty' | 'length' | 'characters';

/** Why a typed code is not a session code, or null when it is one (after normalising). */
export function codeProblem(input: string): CodeProblem | null {
  const code = normalizeCode(input);
  if (code.length === 0) return 'empty';
  if ([...code].some((ch) => !CODE_ALPHABET.includes(ch))) return 'characters';
  if (code.length !== CODE_LENGTH) return 'length';
  return null;
}

export function isSessionCode(input: string): boolean {
  return codeProblem(input) === null;
}

/**
 * The conversation seed for a code. The prefix keeps workshop seeds apart from the player's own (a trainee
 * who happens to play with seed "ABCDE" elsewhere does not get the workshop's conversation by accident).
 */
export function seedForCode(input: string): number {
  return seedState(`workshop:${normalizeCode(input)}`);
}

/** The code for a number (used with random numbers; also makes codes reproducible in tests). */
export function codeFromNumber(n: number): string {
  let value = Math.floor(Math.abs(n));
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    code += CODE_ALPHABET[value % CODE_ALPHABET.length];
    value = Math.floor(value / CODE_ALPHABET.length);
  }
  return code;
}

/** A fresh code from the browser's random source (30^5 ≈ 24 million codes: two workshops rarely share one). */
export function newSessionCode(random: (buffer: Uint32Array) => Uint32Array = (b) => crypto.getRandomValues(b)): string {
  const [value] = random(new Uint32Array(1));
  return codeFromNumber(value ?? 0);
}
