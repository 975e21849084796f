import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One query object per window: useSyncExternalStore reads the snapshot on every render, and creating a
// MediaQueryList each time showed up on the choice-to-paint path.
let cached: { matchMedia: Window['matchMedia']; list: MediaQueryList } | null = null;

function media(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  if (cached?.matchMedia !== window.matchMedia) cached = { matchMedia: window.matchMedia, list: window.matchMedia(QUERY) };
  return cached.list;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** The system's prefers-reduced-motion; true when we cannot tell (then nothing moves). */
export function useSystemReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? true,
    () => true,
  );
}
