/** The scenario analysis on small hand-built scenarios whose answers are known, and on the shipped example. */
import { describe, expect, it } from 'vitest';
import {
  availableOptions,
  compareOutcomes,
  initialState,
  nextRandom,
  outcomeOf,
  replay,
  takeTurn,
  type ClientState,
  type Code,
  type CompiledScenario,
  type Features,
} from '../../src/engine/index.ts';
import { analyseScenario, deterministic, RESOLUTIONS, type PathOutcome } from '../../src/content/analyse.ts';
import { endingFor, learnedAfter, learnedOf, recordsOf, sharedTurn, slotsOf } from '../../src/content/analyse-step.ts';
import { loadScenarioFile } from '../../scripts/lib/scenario-files.ts';
import { buildScenario as build } from '../helpers/build-scenario.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const WARM: Code[] = ['reflection-complex'];
const COLD: Code[] = ['confront'];
const THREAT: Partial<Features> = { threat: true, jargon: 2 };

/** Three turns, each with a client-first and a system-first option: the client-first path is known to be best. */
const threeChoices = build({
  chronicLoad: 50,
  trust: 45,
  facts: { woonsituatie: 30 },
  agreements: ['afschriften'],
  moments: {
    begin: {
      warm: { codes: WARM, next: 'vraag' },
      koud: { codes: COLD, features: THREAT, next: 'vraag' },
    },
    vraag: {
      'open-vraag': { codes: ['question-open'], features: { questions: 1, normalises: true }, asks: ['woonsituatie'], next: 'afspraak' },
      dreigen: { codes: ['question-closed', 'confront'], features: { ...THREAT, questions: 3 }, asks: ['woonsituatie'], next: 'afspraak' },
    },
    afspraak: {
      opschrijven: { codes: ['seek-collaboration'], features: { writtenAgreement: true }, agrees: ['afschriften'], next: 'end' },
      termijn: { codes: ['giving-information', 'confront'], features: { ...THREAT, demands: 3 }, agrees: ['afschriften'], next: 'end' },
    },
  },
});

/** Every path of a small acyclic scenario, by brute force. */
function allPaths(scenario: CompiledScenario): { choices: string[]; outcome: ReturnType<typeof outcomeOf> }[] {
  const played = deterministic(scenario);
  const paths: { choices: string[]; outcome: ReturnType<typeof outcomeOf> }[] = [];
  const walk = (state: ClientState) => {
    if (state.ending) return paths.push({ choices: state.choices, outcome: outcomeOf(played, state) });
    for (const o of availableOptions(played, state)) walk(takeTurn(played, state, o.id).state);
  };
  walk(initialState(played));
  return paths;
}

function replayed(scenario: CompiledScenario, path: PathOutcome) {
  const state = replay(deterministic(scenario), path.choices);
  expect(state.ending).not.toBeNull();
  return outcomeOf(deterministic(scenario), state);
}

function expectReplays(scenario: CompiledScenario, path: PathOutcome): void {
  const o = replayed(scenario, path);
  expect({ mode: o.mode, disclosed: o.disclosed, endingId: o.endingId }).toEqual({
    mode: path.mode,
    disclosed: path.disclosed,
    endingId: path.endingId,
  });
  expect(o.recall).toBeCloseTo(path.recall, 2);
}

// --- tests --------------------------------------------------------------------------------------------

describe('analyseScenario', () => {
  it('finds the best and the worst path, ordered as compareOutcomes orders them', () => {
    const a = analyseScenario(threeChoices);
    expect(a.best.choices).toEqual(['warm', 'open-vraag', 'opschrijven']);
    expect(a.best).toMatchObject({ mode: 'opening', disclosed: ['woonsituatie'], endingId: 'goed' });
    // two cold turns in a row and the client has already left, whatever the third option
    expect(a.worst.choices.slice(0, 2)).toEqual(['koud', 'dreigen']);
    expect(a.worst).toMatchObject({ mode: 'walked-out', disclosed: [], recall: 0, endingId: 'weggelopen' });
    expect(compareOutcomes(a.best, a.worst)).toBeGreaterThan(0);
    expect(a).toMatchObject({
      id: 'fixture',
      title: 'Fixture',
      domain: 'overig',
      moments: 3,
      options: 6,
      endings: 3,
      unreachable: [],
      deadEnds: [],
      truncated: false,
    });
    // the best and the worst bound every one of the eight paths; the best is strictly better than the rest
    for (const first of ['warm', 'koud']) {
      for (const second of ['open-vraag', 'dreigen']) {
        for (const third of ['opschrijven', 'termijn']) {
          const choices = [first, second, third];
          const o = outcomeOf(deterministic(threeChoices), replay(deterministic(threeChoices), choices));
          if (choices.join() !== a.best.choices.join()) expect(compareOutcomes(a.best, o)).toBeGreaterThan(0);
          expect(compareOutcomes(o, a.worst)).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('agrees with brute force when facts are asked again and agreements written down later', () => {
    const scenario = build({
      chronicLoad: 55,
      trust: 40,
      facts: { woonsituatie: 30, schuld: 60 },
      agreements: ['afschriften', 'bellen'],
      moments: {
        begin: {
          warm: { codes: WARM, next: 'midden' },
          'meteen-vragen': { codes: ['question-closed'], features: { questions: 3 }, asks: ['woonsituatie'], next: 'midden' },
          koud: { codes: COLD, features: THREAT, next: 'midden' },
        },
        midden: {
          'opnieuw-vragen': {
            codes: ['question-open'],
            features: { questions: 1, normalises: true },
            asks: ['woonsituatie', 'schuld'],
            next: 'slot',
          },
          afspreken: { codes: ['seek-collaboration'], features: { demands: 2 }, agrees: ['afschriften', 'bellen'], next: 'slot' },
          dreigen: {
            codes: ['confront'],
            features: { ...THREAT, questions: 2 },
            asks: ['schuld'],
            next: { default: 'slot', closed: 'weggelopen' },
          },
        },
        slot: {
          opschrijven: { codes: ['seek-collaboration'], features: { writtenAgreement: true }, agrees: ['afschriften'], next: 'end' },
          'nog-eens': { codes: ['question-closed'], features: { questions: 2 }, asks: ['woonsituatie'], next: 'end' },
          termijn: { codes: ['giving-information', 'confront'], features: { ...THREAT, demands: 3 }, agrees: ['bellen'], next: 'end' },
        },
      },
    });
    const a = analyseScenario(scenario);
    const paths = allPaths(scenario);
    expect(paths.length).toBeGreaterThan(20); // 27, less the ones "dreigen" ends early
    const best = paths.reduce((x, y) => (compareOutcomes(y.outcome, x.outcome) > 0 ? y : x));
    const worst = paths.reduce((x, y) => (compareOutcomes(y.outcome, x.outcome) < 0 ? y : x));
    // equal in the order's terms (the report rounds recall to two decimals)
    for (const [found, truth] of [
      [a.best, best.outcome],
      [a.worst, worst.outcome],
    ] as const) {
      expect({ mode: found.mode, facts: found.disclosed.length }).toEqual({ mode: truth.mode, facts: truth.disclosed.length });
      expect(found.recall).toBeCloseTo(truth.recall, 2);
    }
    expect(a.resolution).toEqual(RESOLUTIONS[RESOLUTIONS.length - 1]);
  });

  it('reports best and worst whose choices replay to exactly that outcome', () => {
    const a = analyseScenario(threeChoices);
    expectReplays(threeChoices, a.best);
    expectReplays(threeChoices, a.worst);
  });

  it('reports translation coverage from the line table', () => {
    expect(analyseScenario(threeChoices).coverage).toEqual({ nl: 1, en: 0.5 });
  });

  it('reports moments no path reaches: an unlinked one, and one behind a mode that never occurs', () => {
    // A calm, trusting client with only calming options never becomes closed.
    const scenario = build({
      trust: 80,
      chronicLoad: 10,
      moments: {
        begin: {
          luisteren: { codes: WARM, next: { default: 'midden', closed: 'herstel' } },
          bevestigen: { codes: ['affirm'], next: 'midden' },
        },
        herstel: { a: { codes: WARM, next: 'midden' }, b: { codes: WARM, next: 'midden' } },
        midden: { a: { codes: WARM, next: 'end' }, b: { codes: ['affirm'], next: 'end' } },
        los: { a: { codes: WARM, next: 'end' }, b: { codes: WARM, next: 'end' } },
      },
    });
    const a = analyseScenario(scenario);
    expect(a.unreachable).toEqual(['herstel', 'los']);
    expect(a.endingsReached).toEqual(['goed']);
  });

  it('terminates on loops and still respects maxTurns', () => {
    const scenario = build({
      maxTurns: 12,
      moments: {
        hub: {
          nog: { codes: WARM, next: 'hub' },
          verder: { codes: ['question-open'], next: 'keuze' },
        },
        keuze: {
          terug: { codes: COLD, next: 'hub' },
          klaar: { codes: WARM, next: 'end' },
        },
      },
    });
    const a = analyseScenario(scenario);
    expect(a.truncated).toBe(false);
    expect(a.deadEnds).toEqual([]);
    for (const path of [a.best, a.worst]) {
      expect(path.choices.length).toBeLessThanOrEqual(12);
      expectReplays(scenario, path);
    }
  });

  it('reports a loop with no way out as a dead end, ended only by maxTurns', () => {
    const scenario = build({
      maxTurns: 60,
      moments: {
        begin: { rond: { codes: WARM, next: 'rond' }, stop: { codes: WARM, next: 'end' } },
        rond: { a: { codes: WARM, next: 'rond' }, b: { codes: ['affirm'], next: 'rond' } },
      },
    });
    const a = analyseScenario(scenario);
    expect(a.deadEnds).toEqual(['rond']);
    const looped = [a.best, a.worst].find((p) => p.choices[0] === 'rond');
    if (looped) expect(looped.choices).toHaveLength(60);
  });

  it('stops at the state limit, says so, and still reports a replayable best and worst', () => {
    const scenario = build({
      maxTurns: 10,
      moments: {
        hub: {
          a: { codes: WARM, next: 'hub' },
          b: { codes: COLD, features: THREAT, next: 'hub' },
          c: { codes: ['question-closed'], features: { questions: 2 }, next: 'hub' },
          d: { codes: ['affirm'], next: 'end' },
        },
      },
    });
    const a = analyseScenario(scenario, { stateLimit: 10 });
    expect(a.truncated).toBe(true);
    expect(a.states).toBe(10);
    expectReplays(scenario, a.best);
    expectReplays(scenario, a.worst);
    expect(analyseScenario(scenario).truncated).toBe(false);
  });
});

describe('the shared turn (analyse-step.ts) matches takeTurn', () => {
  // Every shipped scenario: their endings ask for facts, agreements and recall in many ways.
  it.each(loadShipped().map((s) => [s.id, s] as const))(
    '%s: carries facts, agreements and the ending over a turn as takeTurn does',
    (_id, shipped) => {
      const scenario = deterministic(shipped);
      const slots = slotsOf(scenario);
      let rng = 7;
      for (let game = 0; game < 40; game += 1) {
        let state: ClientState = initialState(scenario);
        while (!state.ending) {
          const options = availableOptions(scenario, state);
          const [r, next] = nextRandom(rng);
          rng = next;
          const id = options[Math.floor(r * options.length)]!.id;
          const real = takeTurn(scenario, state, id).state;
          const shared = sharedTurn(scenario, slots, state, id);
          const learned = learnedAfter(learnedOf(state, slots), shared, state.turn + 1);
          expect(recordsOf(learned, slots)).toEqual({ facts: real.facts, agreements: real.agreements });
          expect({
            vars: shared.state.vars,
            mode: shared.state.mode,
            moment: shared.state.momentId,
            ending: endingFor(scenario, slots, shared, learned) ?? undefined,
          }).toEqual({
            vars: real.vars,
            mode: real.mode,
            moment: real.momentId,
            ending: real.ending?.id,
          });
          state = real;
        }
      }
    },
  );
});

describe('the shipped example', () => {
  it('voorbeeld-bijstand: complete, every moment and ending reached, best and worst replay', { timeout: 60_000 }, () => {
    const loaded = loadScenarioFile('scenarios/voorbeeld-bijstand.yaml');
    const scenario = loaded.scenario!;
    const a = analyseScenario(scenario);
    expect(a.truncated).toBe(false);
    expect(a.unreachable).toEqual([]);
    expect(a.endingsReached).toEqual(scenario.endings.map((e) => e.id));
    expect(a.best.mode).toBe('open');
    expect(a.worst.mode).toBe('walked-out');
    expectReplays(scenario, a.best);
    expectReplays(scenario, a.worst);
  });

  it('quick runs only the coarsest bands, on fewer states, and its paths still replay exactly', { timeout: 60_000 }, () => {
    const scenario = loadScenarioFile('scenarios/voorbeeld-bijstand.yaml').scenario!;
    const full = analyseScenario(scenario);
    const quick = analyseScenario(scenario, { quick: true });
    expect(quick.resolution).toEqual(RESOLUTIONS[0]);
    expect(quick.states).toBeLessThan(full.states / 3);
    expect(compareOutcomes(quick.best, full.best)).toBeLessThanOrEqual(0);
    expect(compareOutcomes(quick.worst, full.worst)).toBeGreaterThanOrEqual(0);
    expectReplays(scenario, quick.best);
    expectReplays(scenario, quick.worst);
  });
});
