/** The pieces of the client model, one rule at a time, on a tiny hand-built scenario. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  NO_FEATURES,
  PARAM_SOURCES,
  initialState,
  takeTurn,
  type Code,
  type CompiledOption,
  type CompiledScenario,
  type Features,
} from './engine-api.ts';
import { moderate, modeForRoom, nextMode, windowEdge } from '../../src/engine/dynamics.ts';
import { accuracyChance, disclosureChance, recallAgreements, recallShare } from '../../src/engine/memory.ts';
import { Draws } from '../../src/engine/rng.ts';

const p = DEFAULT_PARAMS;

function option(id: string, codes: Code[], features: Partial<Features> = {}, extra: Partial<CompiledOption> = {}): CompiledOption {
  return {
    id,
    text: `${id}.text`,
    codes,
    features: { ...NO_FEATURES, ...features },
    asks: [],
    agrees: [],
    reply: null,
    thought: null,
    note: null,
    next: { default: { kind: 'moment', id: 'm' } },
    ...extra,
  };
}

function scenarioWith(options: CompiledOption[], persona: Partial<CompiledScenario['persona']> = {}): CompiledScenario {
  return {
    formatVersion: 1,
    id: 'unit',
    version: 1,
    title: 't',
    summary: 's',
    domain: 'overig',
    level: 'basis',
    durationMinutes: 1,
    learningGoals: [],
    changeGoal: null,
    randomness: false,
    maxTurns: 60,
    start: 'm',
    persona: {
      name: 'X',
      age: 40,
      situation: 's',
      caseFile: 'c',
      chronicLoad: 60,
      trust: 30,
      trait: 'flight',
      arrivalStress: 0,
      tuning: {},
      facts: [],
      agreements: [],
      ...persona,
    },
    moments: [{ id: 'm', phase: 'engaging', client: null, thought: null, options }],
    endings: [
      { id: 'out', title: 'o', text: 'o', walkOut: true, when: null },
      { id: 'end', title: 'e', text: 'e', walkOut: false, when: null },
    ],
    lines: {},
  };
}

function once(opt: CompiledOption, persona: Partial<CompiledScenario['persona']> = {}) {
  const scenario = scenarioWith([opt, option('other', ['greeting'])], persona);
  return takeTurn(scenario, initialState(scenario), opt.id).explanation;
}

describe('parameters', () => {
  it('every parameter has a documented source', () => {
    for (const key of Object.keys(DEFAULT_PARAMS))
      expect(PARAM_SOURCES[key as keyof typeof PARAM_SOURCES]?.length ?? 0).toBeGreaterThan(20);
  });
});

describe('impulse rules', () => {
  it('codes one reflection per volley, the complex one winning', () => {
    const e = once(option('r', ['reflection-simple', 'reflection-complex']));
    expect(e.rules.map((r) => r.id)).toEqual(['code.reflection-complex']);
  });

  it('lets confront win over persuade and adds a threat on top', () => {
    const e = once(option('c', ['persuade', 'confront'], { threat: true }));
    expect(e.rules.map((r) => r.id)).toEqual(['code.confront', 'feature.threat']);
    expect(e.raw.stress).toBe(20);
    expect(e.after.sensitisation).toBe(p.sensitisationPerThreat);
    expect(e.recovery.slow).toBe(true);
  });

  it('counts stacked questions, demands and jargon as load', () => {
    const e = once(option('q', ['question-closed'], { questions: 3, demands: 2, jargon: 1 }));
    expect(e.after.load).toBeCloseTo(2 * p.loadPerExtraQuestion + p.loadPerExtraDemand + p.loadPerJargon);
    expect(e.after.room).toBeLessThan(e.before.room);
  });

  it('stops an affirmation from landing after three', () => {
    const affirm = option('a', ['affirm']);
    const scenario = scenarioWith([affirm, option('b', ['greeting'])]);
    let state = initialState(scenario);
    const ids: string[][] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = takeTurn(scenario, state, 'a');
      ids.push(r.explanation.rules.map((x) => x.id));
      state = r.state;
    }
    expect(ids[2]).toEqual(['code.affirm']);
    expect(ids[3]).toEqual(['affirm-repeated']);
  });

  it('turns a run of closed questions into a cross-examination', () => {
    const q = option('q', ['question-closed'], { questions: 1 });
    const scenario = scenarioWith([q, option('b', ['greeting'])], { chronicLoad: 20 });
    let state = initialState(scenario);
    const fired: boolean[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = takeTurn(scenario, state, 'q');
      fired.push(r.explanation.rules.some((x) => x.id === 'cross-examination'));
      state = r.state;
    }
    expect(fired).toEqual([false, false, false, false, true, true]);
  });

  it('small talk backfires only on a stressed client', () => {
    expect(once(option('s', ['greeting'], { smallTalk: true }), { chronicLoad: 80 }).rules.map((r) => r.id)).toContain(
      'small-talk-backfires',
    );
    expect(once(option('s', ['greeting'], { smallTalk: true }), { chronicLoad: 0, arrivalStress: 0 }).rules.map((r) => r.id)).toContain(
      'small-talk-neutral',
    );
  });

  it('applies an author override but keeps the derived rules visible', () => {
    const e = once(option('o', ['structure'], {}, { impulse: { stress: 2, trust: -1 } }));
    expect(e.raw).toEqual({ stress: 2, trust: -1 });
    expect(e.rules.map((r) => r.id)).toEqual(['code.structure', 'author-override']);
  });

  it('caps trust gain and loss asymmetrically', () => {
    expect(once(option('g', ['reflection-complex', 'affirm', 'emphasize-autonomy'])).trustChange).toBe(p.trustGainCap);
    expect(once(option('l', ['confront'], { threat: true })).trustChange).toBe(-p.trustLossCap);
  });
});

describe('dynamics', () => {
  it('lets trust buffer threats and help calming', () => {
    expect(moderate(10, 80, 0, p).effective).toBeLessThan(moderate(10, 20, 0, p).effective);
    expect(moderate(10, 50, 50, p).effective).toBeGreaterThan(moderate(10, 50, 0, p).effective);
    expect(moderate(-6, 80, 0, p).effective).toBeLessThan(moderate(-6, 20, 0, p).effective);
  });

  it('changes mode only past the hysteresis margin', () => {
    expect(modeForRoom(46, p)).toBe('opening');
    expect(nextMode('guarded', 46, p)).toBe('guarded');
    expect(nextMode('guarded', 48, p)).toBe('opening');
    expect(nextMode('opening', 43, p)).toBe('opening');
    expect(nextMode('opening', 41, p)).toBe('guarded');
    expect(nextMode('closed', 90, p)).toBe('open');
    expect(nextMode('open', 5, p)).toBe('closed');
  });

  it('narrows the window with chronic load and widens it with trust', () => {
    expect(windowEdge(50, 80, p)).toBeLessThan(windowEdge(50, 20, p));
    expect(windowEdge(80, 50, p)).toBeGreaterThan(windowEdge(20, 50, p));
  });
});

describe('facts and agreements', () => {
  it('discloses more with more room and accuracy grows with room', () => {
    expect(disclosureChance(80, 70, p)).toBeGreaterThan(0.5);
    expect(disclosureChance(40, 70, p)).toBeLessThan(0.05);
    expect(accuracyChance(70, p)).toBeGreaterThan(accuracyChance(30, p));
  });

  it('never tells a safety-critical fact without trust, and answers wrong when closed', () => {
    const fact = {
      id: 'f',
      topic: 'f.topic',
      truth: 'f.truth',
      sensitivity: 85,
      answers: { accurate: 'a', vague: 'v', omitted: 'o', wrong: 'w' },
    };
    const ask = option('ask', ['question-open'], { questions: 1 }, { asks: ['f'] });
    const low = once(ask, { facts: [fact], chronicLoad: 0, trust: 30 });
    expect(low.facts[0]).toMatchObject({ gatedByTrust: true, pDisclose: 0 });
    const closed = once({ ...ask, asks: ['f'] }, { facts: [{ ...fact, sensitivity: 30 }], chronicLoad: 95, arrivalStress: 30 });
    expect(closed.after.room).toBeLessThan(p.capitulationBelow);
    expect(closed.facts[0]!.fidelity).toBe('wrong');
  });

  it('recalls written agreements better, and fewer better than many', () => {
    const one = recallAgreements({ a: { turn: 1, room: 60, written: true, reminder: false } }, 60, p);
    const spoken = recallAgreements({ a: { turn: 1, room: 60, written: false, reminder: false } }, 60, p);
    expect(one[0]!.chance).toBeGreaterThan(spoken[0]!.chance);
    const many = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { turn: 1, room: 60, written: true, reminder: false }]));
    expect(recallShare(recallAgreements(many, 60, p))).toBeLessThan(one[0]!.chance);
    expect(recallShare([])).toBe(0);
  });

  it('draws 0.5 and picks the first item when randomness is off', () => {
    const d = new Draws(123, false);
    expect([d.next(), d.next()]).toEqual([0.5, 0.5]);
    expect(d.pick(['a', 'b'])).toBe('a');
    const r = new Draws(123, true);
    const values = [r.next(), r.next(), r.next()];
    expect(new Set(values).size).toBe(3);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
