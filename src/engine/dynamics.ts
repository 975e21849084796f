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
    // Right after a threat, kindness is met with suspicion: calming lands less while the threat memory is fresh.
    const weight = (p.calmFloor + (1 - p.calmFloor) * (trust / 100)) / (1 + p.calmSensitisationWeight * (sensitisation / 100));
    return { kind: 'calming', weight, effective: rawStress * weight };
  }
  if (rawStress > 0) {
    const weight = Math.max(0, p.threatBase - p.threatTrustWeight * (trust / 100)) * (1 + sensitisation / 100);
    return { kind: 'stressor', weight, effective: rawStress * weight };
  }
  return { kind: 'none', weight: 1, effective: 0 };
}

/**
 * The trust below which a stressor lands harder than its raw size (the trust part of `moderate` is above 1):
 * what "low trust" means wherever the debrief says so.
 */
export function lowTrustBelow(p: ModelParams): number {
  return clamp(((p.threatBase - 1) / p.threatTrustWeight) * 100);
}

export function capTrustChange(change: number, p: ModelParams): number {
  return Math.min(p.trustGainCap, Math.max(-p.trustLossCap, change));
}

export function arrivalStress(chronicLoad: number, extra: number, p: ModelParams): number {
  return clamp(p.arrivalBase + p.arrivalChronicWeight * chronicLoad + extra);
}

/** The lowest stress one meeting can bring this client to: chronic scarcity does not go away in a talk. */
export function stressFloor(chronicLoad: number, p: ModelParams): number {
  return clamp(p.stressFloorChronicWeight * chronicLoad);
}

/** The stress this client would settle at with nothing said: lower when trust has grown since the start. */
export function restingStress(chronicLoad: number, trust: number, initialTrust: number, p: ModelParams): number {
  const base = p.baseBase + p.baseChronicWeight * chronicLoad - p.baseTrustWeight * (trust - initialTrust);
  return clamp(Math.max(base, stressFloor(chronicLoad, p)));
}

/**
 * Diminishing returns at both ends, so the numbers keep telling turns apart instead of sticking at 0 or 100.
 * Stress moves linearly between two knees; beyond the upper knee it approaches 100 and below the lower knee
 * it approaches the floor exponentially (slope 1 at each knee, so there is no kink). The impulse is added on
 * the linear scale and mapped back: what lands is the resulting change.
 */
export function saturate(effective: number, stress: number, floor: number, p: ModelParams): number {
  if (effective === 0) return 0;
  const high = 100 - p.stressSoftRange;
  const low = Math.min(floor + p.calmSoftRange, high);
  // Below the floor (a Lab start value) calming has nothing left to do; stressors still land.
  if (effective < 0 && stress <= floor) return 0;
  return fromLinear(toLinear(stress, high, low, floor, p) + effective, high, low, floor, p) - stress;
}

// saturate's two mappings as functions of their own rather than closures: every turn of the analysis saturates.
function toLinear(s: number, high: number, low: number, floor: number, p: ModelParams): number {
  if (s > high) return high - p.stressSoftRange * Math.log((100 - Math.min(s, 99.999)) / p.stressSoftRange);
  if (s < low) return low + p.calmSoftRange * Math.log(Math.max(s - floor, 0.001) / p.calmSoftRange);
  return s;
}

function fromLinear(x: number, high: number, low: number, floor: number, p: ModelParams): number {
  if (x > high) return 100 - p.stressSoftRange * Math.exp(-(x - high) / p.stressSoftRange);
  if (x < low) return floor + p.calmSoftRange * Math.exp((x - low) / p.calmSoftRange);
  return x;
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
