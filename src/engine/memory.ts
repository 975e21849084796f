/**
 * What the client can tell and what the client will remember: fact disclosure and fidelity, and the recall
 * of agreements. Mental room is the currency of both; see docs/model.md.
 */
import type { ModelParams } from './params.ts';
import type { Draws } from './rng.ts';
import type { CompiledFact, Fidelity } from './scenario.types.ts';
import type { AgreementRecord, FactOutcome } from './state.ts';

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function disclosureChance(room: number, sensitivity: number, p: ModelParams): number {
  return logistic((room - sensitivity) / p.disclosureSlope);
}

export function accuracyChance(room: number, p: ModelParams): number {
  return logistic((room - p.accuracyMidpoint) / p.accuracySlope);
}

/**
 * Whether and how accurately a fact is told. Two draws, always both taken so that one fact's result never
 * shifts the random stream of the next: first "does the client tell it", then "is it accurate".
 */
export function tellFact(
  fact: CompiledFact,
  room: number,
  trust: number,
  how: { normalises: boolean; threat: boolean; invited?: boolean; leaves?: boolean },
  p: ModelParams,
  draws: Draws,
): FactOutcome {
  const gatedByTrust = fact.sensitivity >= p.trustGateSensitivity && trust < p.trustGateTrust;
  const shift =
    (how.threat ? p.disclosureThreatPenalty : 0) -
    (how.normalises ? p.disclosureNormaliseBonus : 0) -
    (how.invited ? p.reflectionInviteBonus : 0);
  // A client who walks out on this turn answers nothing: not told, never a wrong answer nobody heard.
  const pDisclose = gatedByTrust || how.leaves ? 0 : disclosureChance(room, fact.sensitivity + shift, p);
  const pAccurate = accuracyChance(room, p);
  const tells = draws.next() < pDisclose;
  const accurate = draws.next() < pAccurate;
  const capitulates = room < p.capitulationBelow && !how.leaves;
  let fidelity: Fidelity;
  if (tells) fidelity = accurate ? 'accurate' : capitulates ? 'wrong' : 'vague';
  else fidelity = capitulates ? 'wrong' : 'omitted';
  const outcome: FactOutcome = {
    factId: fact.id,
    sensitivity: fact.sensitivity,
    sensitivityShift: shift,
    pDisclose,
    pAccurate,
    gatedByTrust,
    fidelity,
  };
  if (how.invited) outcome.invited = true;
  return outcome;
}

export interface AgreementRecall {
  id: string;
  chance: number;
  remembered: boolean;
  written: boolean;
  reminder: boolean;
  roomWhenMade: number;
  roomAtEnd: number;
}

/**
 * Recall of each agreement at the end: the room it was made in and the room at the end both count (taking it
 * in, and still holding it), fewer items are easier, and writing it down is the strongest help.
 */
export function recallAgreements(agreements: Record<string, AgreementRecord>, roomAtEnd: number, p: ModelParams): AgreementRecall[] {
  const ids = Object.keys(agreements);
  const crowding = recallCrowding(ids.length, p);
  return ids.map((id) => {
    const a = agreements[id]!;
    const chance = recallChance(a, roomAtEnd, crowding, p);
    return { id, chance, remembered: chance >= 0.5, written: a.written, reminder: a.reminder, roomWhenMade: a.room, roomAtEnd };
  });
}

/** Fewer items are easier: the factor for `count` agreements in all. */
export function recallCrowding(count: number, p: ModelParams): number {
  return Math.pow(p.recallPerExtraItem, Math.max(0, count - p.recallFreeItems));
}

/** The chance one agreement is recalled (the analysis sums these without building the recall list). */
export function recallChance(a: AgreementRecord, roomAtEnd: number, crowding: number, p: ModelParams): number {
  const room = (a.room + roomAtEnd) / 2;
  const support = a.written ? p.recallWritten : a.reminder ? p.recallReminderOnly : p.recallUnwritten;
  return Math.pow(room / 100, p.recallExponent) * crowding * support;
}

/** Share of agreements the client will remember (expected value); 0 when none were made. */
export function recallShare(recalls: AgreementRecall[]): number {
  if (recalls.length === 0) return 0;
  return recalls.reduce((sum, r) => sum + r.chance, 0) / recalls.length;
}
