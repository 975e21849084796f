/**
 * The numbers of the client model: how an impulse lands, how stress recovers, what is left of mental room,
 * which mode that means, and whether stress has left the window of tolerance. Pure functions of numbers.
 */
import type { ModelParams } from './params.ts';
import { MODES, type Mode, type Trait } from './scenario.types.ts';
import type { Reaction } from './state.ts';

export function clamp(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, value));
}

/** How much of a raw stress impulse lands: calming needs some trust; threats are buffered by trust and amplified by threat memory. */
export function moderate(
  rawStress: number,
  trust: number,
  sensitisation: number,
  p: ModelParams,
): { kind: 'calming' | 'stressor' | 'none'; weight: number; effective: number } {
  if (rawStress < 0) {
    const weight = p.calmFloor + (1 - p.calmFloor) * (trust / 100);
    return { kind: 'calming', weight, effective: rawStress * weight };
  }
  if (rawStress > 0) {
    const weight = Math.max(0, p.threatBase - p.threatTrustWeight * (trust / 100)) * (1 + sensitisation / 100);
    return { kind: 'stressor', weight, effective: rawStress * weight };
  }
  return { kind: 'none', weight: 1, effective: 0 };
}

export function capTrustChange(change: number, p: ModelParams): number {
  return Math.min(p.trustGainCap, Math.max(-p.trustLossCap, change));
}

export function arrivalStress(chronicLoad: number, extra: number, p: ModelParams): number {
  return clamp(p.arrivalBase + p.arrivalChronicWeight * chronicLoad + extra);
}

/** The stress this client would settle at with nothing said: lower when trust has grown since the start. */
export function restingStress(chronicLoad: number, trust: number, initialTrust: number, p: ModelParams): number {
  return clamp(p.baseBase + p.baseChronicWeight * chronicLoad - p.baseTrustWeight * (trust - initialTrust));
}

/** One turn of stress: the impulse lands, then stress moves a fraction `rate` back toward rest. */
export function nextStress(stress: number, effectiveImpulse: number, resting: number, rate: number): number {
  return clamp(resting + (stress + effectiveImpulse - resting) * (1 - rate));
}

export function nextLoad(load: number, added: number, written: boolean, p: ModelParams): number {
  const raw = Math.min(p.loadCap, load * p.loadDecay + added);
  return clamp(written ? raw * p.writtenLoadRelief : raw);
}

export function mentalRoom(stress: number, load: number, chronicLoad: number, p: ModelParams): number {
  return clamp(100 - stress - load - p.roomChronicWeight * chronicLoad);
}

function lowerEdge(mode: Mode, p: ModelParams): number {
  switch (mode) {
    case 'closed':
      return 0;
    case 'guarded':
      return p.guardedFrom;
    case 'opening':
      return p.openingFrom;
    case 'open':
      return p.openFrom;
  }
}

/** The mode mental room points to, ignoring where the client came from. */
export function modeForRoom(room: number, p: ModelParams): Mode {
  let mode: Mode = 'closed';
  for (const m of MODES) if (room >= lowerEdge(m, p)) mode = m;
  return mode;
}

/** The next mode with hysteresis: an edge must be passed by `hysteresis` points before the mode changes. */
export function nextMode(current: Mode, room: number, p: ModelParams): Mode {
  let index = MODES.indexOf(current);
  while (index < MODES.length - 1 && room >= lowerEdge(MODES[index + 1]!, p) + p.hysteresis) index += 1;
  while (index > 0 && room < lowerEdge(MODES[index]!, p) - p.hysteresis) index -= 1;
  return MODES[index]!;
}

/** Upper edge of the window of tolerance: wider with trust, narrower with chronic stress. */
export function windowEdge(trust: number, chronicLoad: number, p: ModelParams): number {
  return p.windowBase + p.windowTrustWeight * (trust - 50) - p.windowChronicWeight * (chronicLoad - 50);
}

export function reactionFor(outside: boolean, trait: Trait, trust: number, p: ModelParams): Reaction {
  if (!outside) return null;
  return trust < p.freezeBelowTrust ? 'freeze' : trait;
}

export function walkOutAfter(reaction: Trait, p: ModelParams): number {
  switch (reaction) {
    case 'fight':
      return p.walkOutAfterFight;
    case 'flight':
      return p.walkOutAfterFlight;
    case 'freeze':
      return p.walkOutAfterFreeze;
  }
}

export function modeRank(mode: Mode | 'walked-out'): number {
  return mode === 'walked-out' ? -1 : MODES.indexOf(mode);
}
