/**
 * A check as the worker sends it (lab.worker.ts) and the page takes it back (lab-service.ts). When the text
 * compiles to exactly the scenario the worker sent last, the scenario is left out and `sameScenario` says
 * so: the page keeps the object it already has, and with it the graph's layout and a finished analysis (both
 * belong to that object). Kept apart from lab-check.ts so the page does not load the checker to read it.
 */
import type { CompiledScenario } from '../../engine/index.ts';
import type { LabCheck } from './lab-check.ts';

export interface CheckAnswer {
  result: LabCheck;
  sameScenario: boolean;
}

/**
 * The page's side, one per service: the full check back. A restarted worker sends a scenario before it can
 * refer to one, so the receiver outlives the worker.
 */
export function createCheckReceiver(): (answer: CheckAnswer) => LabCheck {
  let last: CompiledScenario | null = null;
  return ({ result, sameScenario }) => {
    if (sameScenario && !last) throw new Error('the checker referred to a scenario it never sent');
    const check = sameScenario ? { ...result, scenario: last } : result;
    if (check.scenario) last = check.scenario;
    return check;
  };
}
