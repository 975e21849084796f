/** What reading an attempts file can report; the library's panel words it, the app's transfer code produces it. */
export type TransferProblem = 'too-large' | 'not-json' | 'foreign' | 'newer' | 'damaged' | 'empty';

export interface ImportReport {
  ok: true;
  added: number;
  alreadyHere: number;
  unknownScenario: number;
  otherVersion: number;
  /** Attempts (read in, or kept here before) that no longer fit the store's limit per scenario: the oldest go. */
  overLimit: number;
  /** How many attempts per scenario this browser keeps. */
  keptPerScenario: number;
}

export type ImportResult = ImportReport | { ok: false; problem: TransferProblem | 'storage' };
