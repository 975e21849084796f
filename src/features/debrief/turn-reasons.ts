/**
 * Which state-dependent reasons the debrief may give for a turn. A sentence like "with little trust the
 * stress hit harder" is only true on some turns: each reason here is chosen from the numbers of that turn
 * (the explanation record), so the debrief never says something its own figures contradict.
 */
import type { NoteMode, TurnExplanation } from '../../engine/index.ts';

/**
 * How trust and the memory of an earlier threat shaped this turn's stress impulse:
 * - damped: trust took part of a stressor away;
 * - amplifiedTrust / amplifiedThreat / amplifiedBoth: a stressor landed harder, and why;
 * - calmingMuted: with low trust, reassurance landed only in part.
 * null when none of these holds (or the effect is too small to mention).
 */
export type ModerationReason = 'damped' | 'amplifiedTrust' | 'amplifiedThreat' | 'amplifiedBoth' | 'calmingMuted';

/** A threat memory this small (in points of sensitisation) changes the impulse by less than half a percent. */
const MEMORY_EPSILON = 0.5;

export function moderationReason(e: TurnExplanation, lowTrustBelow: number): ModerationReason | null {
  const { kind, weight } = e.moderation;
  const lowTrust = e.before.trust < lowTrustBelow;
  const threatMemory = e.before.sensitisation > MEMORY_EPSILON;
  if (kind === 'stressor') {
    if (weight > 1.001) {
      if (lowTrust && threatMemory) return 'amplifiedBoth';
      if (lowTrust) return 'amplifiedTrust';
      return threatMemory ? 'amplifiedThreat' : null;
    }
    // Threat memory only ever adds, so a weight below 1 is trust at work.
    return weight < 0.999 && !lowTrust ? 'damped' : null;
  }
  if (kind === 'calming' && weight < 0.999 && lowTrust) return 'calmingMuted';
  return null;
}

/**
 * Whether an author's note applies to this turn. A note without modes holds whatever happened; one with
 * modes holds when the client was in one of them as the option was chosen, and on a turn the client walked
 * out only when `walked-out` is listed.
 */
export function noteHolds(modes: readonly NoteMode[] | undefined, e: TurnExplanation): boolean {
  if (!modes) return true;
  if (e.walkedOut) return modes.includes('walked-out');
  return modes.includes(e.before.mode);
}

/** The number each counted rule is about, passed to i18next as `count` so its sentence gets the right plural. */
const RULE_COUNT: Partial<Record<string, string>> = {
  'affirm-repeated': 'count',
  'stacked-questions': 'questions',
  'many-demands': 'demands',
  jargon: 'terms',
  'cross-examination': 'inARow',
};

export function ruleCount(rule: { key: string; detail: Record<string, string> }): number | undefined {
  const field = RULE_COUNT[rule.key];
  const value = field === undefined ? undefined : Number(rule.detail[field]);
  return value === undefined || Number.isNaN(value) ? undefined : value;
}
