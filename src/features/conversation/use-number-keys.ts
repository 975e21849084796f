import { useEffect } from 'react';
import { isTypingTarget, optionIndexForKey } from './conversation.view.ts';

/** Keys pressed inside a dialog (the settings) belong to that dialog, not to the conversation behind it. */
function isInDialog(target: EventTarget | null): boolean {
  return typeof (target as Element | null)?.closest === 'function' && (target as Element).closest('dialog, [role="dialog"]') !== null;
}

/** Number keys choose options (1 is the first), unless the user is typing or holds a modifier. */
export function useNumberKeys(optionCount: number, onPick: (index: number) => void): void {
  useEffect(() => {
    if (optionCount === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target) || isInDialog(event.target)) return;
      const index = optionIndexForKey(event.key, optionCount);
      if (index === null) return;
      event.preventDefault();
      onPick(index);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [optionCount, onPick]);
}
