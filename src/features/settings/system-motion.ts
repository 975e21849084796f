import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** The system's prefers-reduced-motion; true when we cannot tell (then nothing moves). */
export function useSystemReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? true, () => true);
}
