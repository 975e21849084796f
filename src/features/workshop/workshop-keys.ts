/**
 * The keys of the workshop, as a pure function: a presentation clicker sends PageDown / PageUp (some send the
 * arrow keys), the trainer's keyboard adds letters for votes and R for the reveal.
 */
import { indexForLetter, type FlowAction, type Step } from './workshop-flow.ts';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The action for a key, or null (the key is left to the browser). `typing`: focus is in a number field, where
 * the arrows and letters belong to the field; PageDown and PageUp still move the steps (a clicker must always work).
 */
export function actionForKey(press: KeyPress, step: Step, optionCount: number, typing: boolean): FlowAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'PageDown') return { type: 'next' };
  if (press.key === 'PageUp') return { type: 'back' };
  if (typing) return null;
  if (press.key === 'ArrowRight') return { type: 'next' };
  if (press.key === 'ArrowLeft') return { type: 'back' };
  if ((press.key === 'r' || press.key === 'R') && step === 'reaction') return { type: 'reveal' };
  const index = indexForLetter(press.key);
  if (index !== null && index < optionCount) {
    if (step === 'vote') return { type: 'vote', index };
    if (step === 'confirm') return { type: 'pick', index };
  }
  return null;
}
