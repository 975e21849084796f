/**
 * The attempt whose ending this tab last showed, per scenario. Reloading at the ending, or going back from the
 * debrief, shows that ending again; starting from the briefing or playing again forgets it. Kept in memory and,
 * where allowed, in sessionStorage (this tab only).
 */
export interface EndingMemory {
  shown(scenarioId: string): string | null;
  remember(scenarioId: string, attemptId: string): void;
  forget(scenarioId: string): void;
}

const ENDING_PREFIX = 'ruimte.ending.';

function tabStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function createEndingMemory(storage: () => Storage | null = tabStorage): EndingMemory {
  const shownEndings = new Map<string, string>();
  return {
    shown(scenarioId) {
      try {
        return shownEndings.get(scenarioId) ?? storage()?.getItem(ENDING_PREFIX + scenarioId) ?? null;
      } catch {
        return shownEndings.get(scenarioId) ?? null;
      }
    },
    remember(scenarioId, attemptId) {
      shownEndings.set(scenarioId, attemptId);
      try {
        storage()?.setItem(ENDING_PREFIX + scenarioId, attemptId);
      } catch {
        // Memory is enough for this visit.
      }
    },
    forget(scenarioId) {
      shownEndings.delete(scenarioId);
      try {
        storage()?.removeItem(ENDING_PREFIX + scenarioId);
      } catch {
        // Nothing stored, nothing to forget.
      }
    },
  };
}

/** This tab's memory, shared by every play of the page visit. */
export const tabEndings: EndingMemory = createEndingMemory();
