/**
 * Scenario-independent ways of playing: a client-first and a system-first consultant who pick by the codes
 * and features of the options alone. They let calibration run on every scenario without hand-written scripts.
 */
import type { Code, CompiledOption } from '../../src/engine/index.ts';

const CLIENT_FIRST_WEIGHT: Partial<Record<Code, number>> = {
  'reflection-complex': 6,
  'reflection-simple': 4,
  affirm: 4,
  'emphasize-autonomy': 4,
  'seek-collaboration': 3,
  structure: 2,
  'question-open': 2,
  'persuade-with-permission': 1,
  'giving-information': 0,
  'question-closed': -2,
  persuade: -5,
  confront: -8,
};

function clientFirstScore(option: CompiledOption): number {
  const f = option.features;
  const codes = option.codes.reduce((sum, code) => sum + (CLIENT_FIRST_WEIGHT[code] ?? 0), 0);
  const good = [f.agenda, f.writtenAgreement, f.reminder, f.asksAboutStress, f.normalises, f.summary].filter(Boolean).length * 2;
  const bad = (f.threat ? 8 : 0) + (f.smallTalk ? 2 : 0) + f.jargon * 2 + Math.max(0, f.questions - 1) * 2 + Math.max(0, f.demands - 1) * 2;
  return codes + good - bad;
}

function pickBy(options: CompiledOption[], score: (o: CompiledOption) => number): string {
  let best = options[0]!;
  for (const o of options) if (score(o) > score(best)) best = o;
  return best.id;
}

export const clientFirstPolicy = (options: CompiledOption[]) => pickBy(options, clientFirstScore);
export const systemFirstPolicy = (options: CompiledOption[]) => pickBy(options, (o) => -clientFirstScore(o));
