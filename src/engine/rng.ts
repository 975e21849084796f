/**
 * Seeded pseudo-random numbers (mulberry32). The generator state is one 32-bit integer kept in the client's
 * context, so a persisted snapshot continues exactly where it left off.
 */

export function seedState(seed: number | string): number {
  if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0;
  // FNV-1a over the string form, so "workshop-3" is as good a seed as 42.
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Returns a number in [0, 1) and the next generator state. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/**
 * A draw source for one turn: seeded when the scenario allows randomness, otherwise every draw is 0.5 so
 * each outcome is the more likely one (p ≥ 0.5 happens) and each list picks its first item.
 */
export class Draws {
  constructor(
    private state: number,
    private readonly random: boolean,
  ) {}

  next(): number {
    if (!this.random) return 0.5;
    const [value, state] = nextRandom(this.state);
    this.state = state;
    return value;
  }

  pick<T>(items: readonly T[]): T | undefined {
    if (items.length === 0) return undefined;
    if (!this.random) return items[0];
    return items[Math.floor(this.next() * items.length)];
  }

  get stateValue(): number {
    return this.state;
  }
}
