import { useCallback, useEffect, useState } from 'react';
import { groupLabelKey, loadGroupLabel, saveGroupLabel } from './group-label.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The group's own name for this workshop, as typed; another window of the same browser that changes it is followed. */
export function useGroupLabel(scenarioId: string, code: string): [string, (label: string) => void] {
  const [label, setLabel] = useState(() => loadGroupLabel(localStorageOrNull(), scenarioId, code));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === groupLabelKey(scenarioId, code)) setLabel(event.newValue ?? '');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [scenarioId, code]);
  const change = useCallback(
    (next: string) => {
      setLabel(next);
      saveGroupLabel(localStorageOrNull(), scenarioId, code, next);
    },
    [scenarioId, code],
  );
  return [label, change];
}
