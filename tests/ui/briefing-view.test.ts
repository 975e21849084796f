/** The briefing's view model: what it tells the trainee about playing by keyboard follows the scenario. */
import { describe, expect, it } from 'vitest';
import { briefingView } from '../../src/features/briefing/briefing.view.ts';
import { labCheck } from '../../src/features/lab/lab-check.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';

const scenario = labCheck(TEMPLATE_YAML).scenario!;
const consultant = { choice: 'die', name: '' } as const;

describe('briefing view', () => {
  it('names as many number keys as the largest choice of options in the scenario, not a fixed five', () => {
    const most = Math.max(...scenario.moments.map((m) => m.options.length));
    expect(briefingView(scenario, 'nl', consultant).optionKeys).toBe(most);
    // One more option at one moment: one more key.
    const first = scenario.moments[0]!;
    const extra = { ...first, options: [...first.options, ...scenario.moments.flatMap((m) => m.options)].slice(0, most + 1) };
    const wider = { ...scenario, moments: [extra, ...scenario.moments.slice(1)] };
    expect(briefingView(wider, 'nl', consultant).optionKeys).toBe(most + 1);
  });
});
