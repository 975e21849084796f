/**
 * Form cues: ways to pick an option by how it looks instead of what it does (the longest, the one with a
 * question mark, the one with feeling words, …). A trainee who learns to pick by form learns nothing, so a
 * scenario must not let the option that is best for the client be recognisable by form. The strategy
 * harness plays these cues; the `giveaway-systematic` smell checks them across all moments of a scenario.
 */
import type { Code } from '../engine/codes.ts';
import type { CompiledOption } from '../engine/scenario.types.ts';

/** How MI-consistent an option is by its codes and features alone (higher is more client-first). */
const CODE_WEIGHT: Partial<Record<Code, number>> = {
  'reflection-complex': 6,
  'reflection-simple': 4,
  affirm: 4,
  'emphasize-autonomy': 4,
  'seek-collaboration': 3,
  structure: 2,
  'question-open': 2,
  'persuade-with-permission': 1,
  'giving-information': 0,
  'question-closed': -2,
  persuade: -5,
  confront: -8,
};

export function miRating(option: Pick<CompiledOption, 'codes' | 'features'>): number {
  const f = option.features;
  const codes = option.codes.reduce((sum, code) => sum + (CODE_WEIGHT[code] ?? 0), 0);
  const good = [f.agenda, f.writtenAgreement, f.reminder, f.asksAboutStress, f.normalises, f.summary].filter(Boolean).length * 2;
  const bad = (f.threat ? 8 : 0) + (f.smallTalk ? 2 : 0) + f.jargon * 2 + Math.max(0, f.questions - 1) * 2 + Math.max(0, f.demands - 1) * 2;
  return codes + good - bad;
}

/** Persuading, confronting or threatening: never recommended (the rule lives in the engine). */
export { isMiNonAdherent } from '../engine/codes.ts';

const FEELING =
  /\b(spannend|spanning|moeilijk|zwaar|lastig|zorgen|bang|boos|verdriet\w*|gevoel\w*|voelt|voel|schaam\w*|onzeker|moe|frustr\w*|teleurgesteld|eng|pijn|angst\w*|bezorgd|machteloos|eenzaam|opgelucht|trots|nervous|scared|afraid|worried|feel\w*|hard|angry|sad|ashamed|tired)\b/i;
const YOU = /\b(u|uw|you|your)\b/gi;

export const hasFeelingWords = (text: string): boolean => FEELING.test(text);
export const youCount = (text: string): number => (text.match(YOU) ?? []).length;
/** Characters as a reader counts them (code points, as `[...text]` does), without building the array. */
function length(text: string): number {
  const trimmed = text.trim();
  let count = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const unit = trimmed.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < trimmed.length) {
      const low = trimmed.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export interface FormCue {
  id: 'longest' | 'shortest' | 'question-mark' | 'most-you' | 'feeling-words';
  /** Indices of the options this cue points at (ties: all of them; none: the cue says nothing here). */
  pick(texts: readonly string[]): number[];
}

function argmax(values: readonly number[]): number[] {
  const top = Math.max(...values);
  return values.flatMap((v, i) => (v === top ? [i] : []));
}

export const FORM_CUES: readonly FormCue[] = [
  { id: 'longest', pick: (t) => argmax(t.map(length)) },
  { id: 'shortest', pick: (t) => argmax(t.map((x) => -length(x))) },
  { id: 'question-mark', pick: (t) => t.flatMap((x, i) => (x.includes('?') ? [i] : [])) },
  { id: 'most-you', pick: (t) => argmax(t.map(youCount)) },
  { id: 'feeling-words', pick: (t) => t.flatMap((x, i) => (hasFeelingWords(x) ? [i] : [])) },
];

export interface CueShare {
  cue: FormCue['id'];
  /** Moments where the cue picks something. */
  moments: number;
  /** Expected number of those moments at which the cue points at a best option (ties share). */
  hits: number;
  /** The same expectation for a pick at random. */
  chance: number;
  /** Hits clearly above chance: a trainee could win by following this cue. */
  giveaway: boolean;
}

/** At least this many moments before a pattern counts; fewer say nothing about a habit. */
export const SYSTEMATIC_MIN_MOMENTS = 6;
/** The share above chance, in points, from which a cue gives the answer away… */
export const SYSTEMATIC_MIN_EXCESS = 0.2;
/** …and how many standard deviations above chance it must be (so one unlucky moment is no pattern). */
export const SYSTEMATIC_MIN_Z = 2;

/**
 * Per cue, how often the best option by `rating` is the one the cue picks, across the moments. `texts` holds
 * the option texts per moment, `options` the options; only moments with two or more options count.
 */
export function cueShares(
  moments: readonly { texts: readonly string[]; options: readonly Pick<CompiledOption, 'codes' | 'features'>[] }[],
  rating: (o: Pick<CompiledOption, 'codes' | 'features'>) => number = miRating,
): CueShare[] {
  // The best options of a moment do not depend on the cue: rated once, not once per cue.
  const rated = moments.map((m) => (m.options.length < 2 ? null : argmax(m.options.map(rating))));
  return FORM_CUES.map((cue) => {
    let counted = 0;
    let hits = 0;
    let chance = 0;
    let variance = 0;
    moments.forEach((m, k) => {
      const best = rated[k];
      // A moment where every option rates the same has no best option to give away.
      if (!best || best.length === m.options.length) return;
      const picked = cue.pick(m.texts);
      if (picked.length === 0 || picked.length === m.options.length) return;
      counted += 1;
      hits += picked.filter((i) => best.includes(i)).length / picked.length;
      const p = best.length / m.options.length;
      chance += p;
      variance += p * (1 - p);
    });
    const excess = counted === 0 ? 0 : (hits - chance) / counted;
    const z = variance === 0 ? 0 : (hits - chance) / Math.sqrt(variance);
    return {
      cue: cue.id,
      moments: counted,
      hits,
      chance,
      giveaway: counted >= SYSTEMATIC_MIN_MOMENTS && excess >= SYSTEMATIC_MIN_EXCESS && z >= SYSTEMATIC_MIN_Z,
    };
  });
}
