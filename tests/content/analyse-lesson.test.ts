/** The model's best and the MITI agree: in every full shipped scenario, the analysis's best path is MITI "fair". */
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../src/content/analyse.ts';
import { isFullScenario } from '../../src/content/strategies.ts';
import { MITI_THRESHOLDS } from '../../src/engine/scoring.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const full = loadShipped().filter(isFullScenario);

describe.each(full.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it(
    'the best path the analysis finds meets MITI "fair" (R:Q at least 1, at least 40% complex reflections), and ends in the top ending',
    { timeout: 60_000 },
    () => {
      const a = analyseScenario(scenario);
      expect(a.bestMiti.reflectionToQuestion).toBeGreaterThanOrEqual(MITI_THRESHOLDS.reflectionToQuestion.fair);
      expect(a.bestMiti.percentComplexReflections).toBeGreaterThanOrEqual(MITI_THRESHOLDS.percentComplexReflections.fair);
      expect(a.best.endingId).toBe(scenario.endings.find((e) => !e.walkOut)!.id);
      expect(a.best.mode).toBe('open');
      expect(['closed', 'walked-out']).toContain(a.worst.mode);
    },
  );
});
