import { useEffect } from 'react';
import { isTypingTarget } from '../conversation/conversation.view.ts';
import type { FlowAction, Step } from './workshop-flow.ts';
import { actionForKey } from './workshop-keys.ts';

/** The clicker and the keyboard drive the workshop from anywhere on the page (not inside a dialog). */
export function useWorkshopKeys(step: Step, optionCount: number, dispatch: (action: FlowAction) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target as Element | null;
      if (typeof target?.closest === 'function' && target.closest('dialog, [role="dialog"]')) return;
      const action = actionForKey(event, step, optionCount, isTypingTarget(event.target));
      if (!action) return;
      event.preventDefault();
      dispatch(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step, optionCount, dispatch]);
}
