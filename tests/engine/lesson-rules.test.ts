/** The rules behind "the lesson holds", each on a small inline scenario: they fail when a rule is removed. */
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../helpers/build-scenario.ts';
import { DEFAULT_PARAMS, initialState, parseVolley, takeTurn, type ClientState, type CompiledScenario } from './engine-api.ts';
import { chooseEnding, moderate, saturate, stressFloor } from './engine-internals.ts';

const p = DEFAULT_PARAMS;
const play = (scenario: CompiledScenario, choices: string[], start: Partial<ClientState['vars']> = {}) => {
  let state = initialState(scenario, { seed: 3 });
  state = { ...state, vars: { ...state.vars, ...start } };
  for (const c of choices) state = takeTurn(scenario, state, c).state;
  return state;
};

describe('no relief on a hurtful turn', () => {
  const scenario = buildScenario({
    moments: {
      a: {
        vraag: { codes: ['question-closed'], features: { questions: 1 }, next: 'a' },
        jargon: { codes: ['giving-information'], features: { jargon: 2 }, next: 'a' },
        reflectie: { codes: ['reflection-complex'], next: 'a' },
      },
    },
  });

  it('a closed question to a client far above rest leaves stress and load where they were', () => {
    const before = play(scenario, [], { stress: 90, load: 20 });
    const after = takeTurn(scenario, before, 'vraag');
    expect(after.state.vars.stress).toBeGreaterThanOrEqual(before.vars.stress);
    expect(after.state.vars.load).toBeGreaterThanOrEqual(before.vars.load);
    expect(after.state.vars.room).toBeLessThanOrEqual(before.vars.room);
    expect(after.explanation.recovery.held).toBe(true);
  });

  it('the next calm turn lets the drift show', () => {
    const before = play(scenario, ['vraag'], { stress: 90, load: 20 });
    const after = takeTurn(scenario, before, 'reflectie').state;
    expect(after.vars.room).toBeGreaterThan(before.vars.room);
  });
});

describe('no saturation', () => {
  it('calming fades near the chronic floor and never goes below it', () => {
    const floor = stressFloor(64, p);
    expect(floor).toBe(16);
    let stress = 40;
    for (let i = 0; i < 50; i += 1) stress += saturate(-6, stress, floor, p);
    expect(stress).toBeGreaterThan(floor);
    expect(stress).toBeLessThan(floor + 2);
    // in the middle, an impulse lands whole
    expect(saturate(-6, 50, floor, p)).toBeCloseTo(-6);
  });

  it('stressors fade near 100: two heavy threats do not pin stress at the top', () => {
    let stress = 70;
    stress += saturate(30, stress, 16, p);
    expect(stress).toBeLessThan(100);
    const first = stress;
    stress += saturate(30, stress, 16, p);
    expect(stress).toBeGreaterThan(first);
    expect(stress).toBeLessThan(100);
  });

  it('calming lands less while the threat memory is fresh', () => {
    expect(moderate(-6, 50, 25, p).effective).toBeGreaterThan(moderate(-6, 50, 0, p).effective);
  });
});

describe('walking out follows threat', () => {
  const scenario = buildScenario({
    trust: 10,
    chronicLoad: 80,
    moments: {
      a: {
        vraag: { codes: ['question-closed'], features: { questions: 3, demands: 3 }, next: 'a' },
        dreigen: { codes: ['confront'], features: { threat: true }, next: 'a' },
      },
    },
    maxTurns: 12,
  });

  it('a stressed client asked dull questions for a long time closes but stays', () => {
    const end = play(scenario, Array(12).fill('vraag'), { stress: 95 });
    expect(end.ending?.walkedOut).toBe(false);
    expect(end.mode).toBe('closed');
  });

  it('the same client threatened walks out, on a hurtful turn', () => {
    let state = play(scenario, [], { stress: 95 });
    while (!state.ending) state = takeTurn(scenario, state, 'dreigen').state;
    expect(state.ending.walkedOut).toBe(true);
  });
});

describe('endings earn their headline', () => {
  const scenario = buildScenario({
    facts: { geld: 30, huis: 30 },
    agreements: ['brief', 'bellen'],
    moments: { a: { x: { codes: ['reflection-complex'], next: 'end' } } },
  });
  scenario.endings.splice(1, 0, {
    id: 'met-plan',
    title: 'x',
    text: 'x',
    walkOut: false,
    when: { modes: ['open', 'opening'], minWritten: 2, minRecall: 50, minFacts: 1, facts: ['huis'] },
  });
  const base = { mode: 'open' as const, trust: 70, room: 80 };
  const agreed = (written: boolean) => ({
    brief: { turn: 1, room: 80, written, reminder: false },
    bellen: { turn: 1, room: 80, written: false, reminder: written },
  });

  it('the top ending needs written agreements, recall and the named fact', () => {
    const facts = { huis: { fidelity: 'accurate' as const, turn: 1 } };
    expect(chooseEnding(scenario, { ...base, facts, agreements: agreed(true) }).id).toBe('met-plan');
    expect(chooseEnding(scenario, { ...base, facts, agreements: agreed(false) }).id).toBe('goed');
    expect(chooseEnding(scenario, { ...base, facts: {}, agreements: agreed(true) }).id).toBe('goed');
    expect(chooseEnding(scenario, { ...base, facts: { geld: { fidelity: 'accurate', turn: 1 } }, agreements: agreed(true) }).id).toBe(
      'goed',
    );
    // recall: the same written agreements made with almost no room are forgotten
    const weak = {
      brief: { turn: 1, room: 2, written: true, reminder: false },
      bellen: { turn: 1, room: 2, written: true, reminder: false },
    };
    expect(chooseEnding(scenario, { ...base, room: 5, facts, agreements: weak }).id).not.toBe('met-plan');
  });
});

describe('reflections invite what was held back', () => {
  const scenario = buildScenario({
    facts: { schuld: 60 },
    moments: {
      a: { vraag: { codes: ['question-open'], features: { questions: 1 }, asks: ['schuld'], next: 'b' } },
      b: {
        reflectie: { codes: ['reflection-complex'], next: 'end' },
        nog: { codes: ['question-closed'], features: { questions: 1 }, next: 'end' },
      },
    },
  });

  it('after a vague or held-back answer, a reflection gives the client a second, easier chance', () => {
    // room just below the fact's sensitivity: held back when asked, told when invited
    const start = { stress: 42, load: 0 };
    const asked = play({ ...scenario, randomness: false }, ['vraag'], start);
    expect(['omitted', 'vague']).toContain(asked.facts.schuld!.fidelity);
    expect(asked.unsaid).toBe('schuld');
    const invited = takeTurn({ ...scenario, randomness: false }, asked, 'reflectie');
    expect(invited.explanation.facts).toEqual([
      expect.objectContaining({ factId: 'schuld', invited: true, sensitivityShift: -p.reflectionInviteBonus }),
    ]);
    const notInvited = takeTurn({ ...scenario, randomness: false }, asked, 'nog');
    expect(notInvited.explanation.facts).toEqual([]);
  });
});

describe('MITI parsing', () => {
  it('confront trumps a question and persuade; PwP wins over persuade; reflection plus checking question stays both', () => {
    expect(parseVolley(['question-closed', 'confront'])).toEqual(['confront']);
    expect(parseVolley(['persuade', 'confront'])).toEqual(['confront']);
    expect(parseVolley(['persuade', 'persuade-with-permission'])).toEqual(['persuade-with-permission']);
    expect(parseVolley(['reflection-complex', 'question-closed'])).toEqual(['reflection-complex', 'question-closed']);
    expect(parseVolley(['reflection-simple', 'reflection-complex', 'question-open', 'question-closed'])).toEqual([
      'reflection-complex',
      'question-open',
    ]);
  });
});
