/**
 * What the consultant learned and agreed after a turn: the one merge of a turn's answers and agreements into
 * the records so far. `takeTurn` merges into records keyed by fact and agreement id; the analysis merges into
 * slots (one array entry per fact and agreement) because it makes hundreds of thousands of them. Both call this.
 */
import type { Fidelity } from './scenario.types.ts';
import type { AgreementRecord, FactRecord } from './state.ts';

/** Records keyed by id (as ClientState holds them) or by slot (null for an empty slot). */
export type Ledger<R> = Readonly<Record<string, R>> | readonly (R | null)[];
type KeyOf<L> = L extends readonly unknown[] ? number : string;
type Writable<R> = Record<string | number, R | null | undefined>;

export interface LearnedChange<K> {
  turn: number;
  /** Mental room after the turn: an agreement remembers the room it was made in. */
  room: number;
  /** The client walked out: answers still count (as silence), agreements are not made. */
  walkedOut: boolean;
  /** Answers given this turn, in the order they were given. */
  told: readonly { key: K; fidelity: Fidelity }[];
  /** Agreements made this turn. */
  made: readonly K[];
  /** Writing down or a reminder this turn covers every agreement made so far. */
  written: boolean;
  reminder: boolean;
}

function copy<L>(ledger: L): Writable<never> {
  return (Array.isArray(ledger) ? [...(ledger as unknown[])] : { ...ledger }) as Writable<never>;
}

/** Writing down or a reminder covers the agreement at `key`, if one was made. */
function cover(next: Writable<AgreementRecord>, key: string | number, change: LearnedChange<unknown>): void {
  const a = next[key];
  if (a) next[key] = { ...a, written: a.written || change.written, reminder: a.reminder || change.reminder };
}

/** The facts and agreements after a turn. A ledger the turn does not change is returned as it was. */
export function mergeLearned<F extends Ledger<FactRecord>, A extends Ledger<AgreementRecord>>(
  facts: F,
  agreements: A,
  change: LearnedChange<KeyOf<F> & KeyOf<A>>,
): { facts: F; agreements: A } {
  let nextFacts = facts;
  if (change.told.length > 0) {
    const next = copy(facts) as Writable<FactRecord>;
    for (const { key, fidelity } of change.told) {
      // What the consultant now believes: a new answer replaces an old one, silence does not erase it.
      if (!(fidelity === 'omitted' && next[key])) next[key] = { fidelity, turn: change.turn };
    }
    nextFacts = next as unknown as F;
  }
  let nextAgreements = agreements;
  if (!change.walkedOut && (change.made.length > 0 || change.written || change.reminder)) {
    const next = copy(agreements) as Writable<AgreementRecord>;
    for (const key of change.made) {
      const old = next[key];
      next[key] = { turn: change.turn, room: change.room, written: old?.written ?? false, reminder: old?.reminder ?? false };
    }
    if (change.written || change.reminder) {
      // Loops rather than a closure: the analysis merges hundreds of thousands of times.
      if (Array.isArray(next)) for (let i = 0; i < next.length; i += 1) cover(next, i, change);
      else for (const key of Object.keys(next)) cover(next, key, change);
    }
    nextAgreements = next as unknown as A;
  }
  return { facts: nextFacts, agreements: nextAgreements };
}
