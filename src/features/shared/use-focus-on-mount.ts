import { useLayoutEffect, type RefObject } from 'react';

/**
 * Move focus to an element when it appears: the heading of a new screen, so that keyboard and screen-reader
 * users start reading there instead of at the top of the page. The element needs `tabIndex={-1}`.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, [ref, enabled]);
}
