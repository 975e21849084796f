/**
 * Scenario-independent ways of playing: a client-first and a system-first consultant who pick by the codes
 * and features of the options alone (the MI rating of src/content/form-cues.ts). They let calibration run on
 * every scenario without hand-written scripts.
 */
import type { CompiledOption } from '../../src/engine/index.ts';
import { miRating } from '../../src/content/form-cues.ts';

function pickBy(options: CompiledOption[], score: (o: CompiledOption) => number): string {
  let best = options[0]!;
  for (const o of options) if (score(o) > score(best)) best = o;
  return best.id;
}

export const clientFirstPolicy = (options: CompiledOption[]) => pickBy(options, miRating);
export const systemFirstPolicy = (options: CompiledOption[]) => pickBy(options, (o) => -miRating(o));
