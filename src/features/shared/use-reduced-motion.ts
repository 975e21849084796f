import { useSettings } from '../settings/settings-context.tsx';

/**
 * True when nothing should move: the app's reduced-motion setting, which by default follows the system's
 * prefers-reduced-motion (and reduces when we cannot tell).
 */
export function useReducedMotion(): boolean {
  return useSettings().reducedMotion;
}
