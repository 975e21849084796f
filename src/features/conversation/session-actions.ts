/** The one thing the conversation screen does to a session: choose. */
import { EngineError, choose, type Session } from '../../engine/index.ts';

/**
 * Choose an option; false when it is no longer on offer (a double click that lands after the moment moved
 * on, or a click after the end). Anything else is a real bug and is rethrown.
 */
export function chooseOption(session: Session, optionId: string): boolean {
  try {
    choose(session, optionId);
    return true;
  } catch (error) {
    if (error instanceof EngineError) return false;
    throw error;
  }
}
