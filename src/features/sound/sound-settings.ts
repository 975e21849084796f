/**
 * The remembered sound settings (`localStorage['ruimte.sound']`), as a tiny external store for React.
 * Every storage access is guarded: with storage switched off or full, the choice lasts for this visit.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_SOUND_SETTINGS, SOUND_STORAGE_KEY, parseSoundSettings, type SoundSettings } from './soundscape.view.ts';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

let current: SoundSettings = DEFAULT_SOUND_SETTINGS;
// What `current` was parsed from; re-read when the stored text changes (another tab, tests clearing storage).
let currentRaw: string | null | undefined;
const listeners = new Set<() => void>();

export function readSoundSettings(): SoundSettings {
  let raw: string | null;
  try {
    const store = storage();
    if (!store) return current;
    raw = store.getItem(SOUND_STORAGE_KEY);
  } catch {
    return current;
  }
  if (raw !== currentRaw) {
    currentRaw = raw;
    current = parseSoundSettings(raw);
  }
  return current;
}

export function updateSoundSettings(patch: Partial<SoundSettings>): void {
  current = parseSoundSettings(JSON.stringify({ ...readSoundSettings(), ...patch }));
  try {
    const raw = JSON.stringify(current);
    storage()?.setItem(SOUND_STORAGE_KEY, raw);
    currentRaw = raw;
  } catch {
    // Private mode or a full quota: keep the choice in memory only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSoundSettings(): SoundSettings {
  return useSyncExternalStore(subscribe, readSoundSettings, () => DEFAULT_SOUND_SETTINGS);
}
