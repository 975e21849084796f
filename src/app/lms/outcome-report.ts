/**
 * What an LMS hears about one finished conversation: the status rule and the score formula, shared by SCORM
 * 1.2 and cmi5 and written down for administrators in docs/lms.md.
 *
 * Status: `passed` when the conversation reached the scenario's best ending or the client ended open (the
 * room opened), otherwise `completed`. Never `failed`: Ruimte is a practice tool; a walk-out is something to
 * learn from in the debrief, and a failing mark in a learning record would only teach people to avoid
 * practising.
 *
 * Score 0–100: 70 points for the ending (the best ending 70, lower endings in equal steps, a walk-out 0) and
 * 30 for the client's final mode (closed 0, guarded 10, opening 20, open 30; a walk-out 0).
 */
import { endingRank, MODES, type ClientState, type CompiledScenario, type Mode } from '../../engine/index.ts';

export type LmsStatus = 'passed' | 'completed';

export const ENDING_POINTS = 70;
export const MODE_POINTS = 30;

function plainEndings(scenario: Pick<CompiledScenario, 'endings'>): number {
  return scenario.endings.filter((e) => !e.walkOut).length;
}

export function lmsScore(scenario: Pick<CompiledScenario, 'endings'>, state: Pick<ClientState, 'ending' | 'mode'>): number {
  if (!state.ending || state.ending.walkedOut) return 0;
  const plain = plainEndings(scenario);
  const rank = endingRank(scenario, state.ending.id);
  const endingShare = plain > 0 && rank > 0 ? rank / plain : 0;
  const modeShare = MODES.indexOf(state.mode) / (MODES.length - 1);
  return Math.round(ENDING_POINTS * endingShare + MODE_POINTS * modeShare);
}

export function lmsStatus(scenario: Pick<CompiledScenario, 'endings'>, state: Pick<ClientState, 'ending' | 'mode'>): LmsStatus {
  if (!state.ending || state.ending.walkedOut) return 'completed';
  const top = endingRank(scenario, state.ending.id) === plainEndings(scenario);
  const opened: Mode = 'open';
  return top || state.mode === opened ? 'passed' : 'completed';
}
