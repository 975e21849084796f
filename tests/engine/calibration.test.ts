/**
 * The model must teach the right lesson. Scripted conversations on the example scenario check the numbers
 * from issue #2 (domain notes §3.6); policy-driven conversations check the same contrast on every shipped
 * scenario, so a content edit that breaks the lesson fails CI.
 */
import { describe, expect, it } from 'vitest';
import {
  REFLECTIONS,
  QUESTIONS,
  availableOptions,
  initialState,
  modeForRoomRank,
  outcomeOf,
  takeTurn,
  type ClientState,
  type CompiledScenario,
} from './engine-api.ts';
import { loadExample, loadShipped } from '../helpers/scenarios.ts';
import { clientFirstPolicy, systemFirstPolicy } from '../helpers/policies.ts';
import { firstTurnAtLeast, playScript, sensitiveDisclosed } from '../helpers/play.ts';

const example = loadExample();
const SEED = 7;

const play = (scenario: CompiledScenario, script: string[], seed = SEED) => playScript(scenario, script, seed);

// Documents first, stacked closed questions, righting reflex, a deadline warning, jargon.
const SYSTEM_FIRST = [
  'papieren-eerst',
  'bsn-vragen',
  'alle-documenten',
  'sinds-wanneer',
  'ontslagbrief',
  'woont-er-iemand',
  'huur-open',
  'budget-tip',
  'genoeg-gehoord',
  'aan-het-werk',
  'regels-zelf-lezen',
  'andere-inkomsten',
  'hoeveel-rekeningen',
  'veertien-dagen',
  'verwijzing-schuldhulp',
  'beslissing-acht-weken',
];
// Welcome, how is it to be here, agenda with a choice, reflections, an affirmation, permission before
// information, a summary, agreements written down, a reminder.
const CLIENT_FIRST = [
  'welkom',
  'spannend-reflectie',
  'agenda-met-keuze',
  'wat-is-er-gebeurd',
  'doorzetter',
  'kinderen-reflectie',
  'huur-toestemming',
  'zorgen-reflectie',
  'samenvatten',
  'werk-reflectie',
  'uitleg-met-toestemming',
  'bijverdienste-normaliseren',
  'geldzaken-open',
  'samen-opschrijven',
  'idee-met-toestemming',
  'sms-en-terugblik',
];

describe('calibration on the example scenario', () => {
  it('the scripts are what they claim to be', () => {
    const codesOf = (script: string[]) => script.map((id) => example.moments.flatMap((m) => m.options).find((o) => o.id === id)!);
    const cf = codesOf(CLIENT_FIRST);
    const reflections = cf.filter((o) => o.codes.some((c) => REFLECTIONS.has(c))).length;
    const questions = cf.filter((o) => o.codes.some((c) => QUESTIONS.has(c))).length;
    expect(reflections).toBeGreaterThanOrEqual(questions);
    expect(cf.some((o) => o.codes.includes('affirm'))).toBe(true);
    expect(cf.some((o) => o.features.writtenAgreement)).toBe(true);
    expect(cf.some((o) => o.features.summary)).toBe(true);
    const sf = codesOf(SYSTEM_FIRST);
    expect(sf[0]!.features.demands).toBeGreaterThan(0);
    expect(sf.some((o) => o.features.questions >= 3)).toBe(true);
    expect(sf.some((o) => o.features.threat)).toBe(true);
    expect(sf.some((o) => o.features.jargon > 0)).toBe(true);
  });

  it('a system-first conversation ends closed or, after its deadline warning, walked out; it forgets and never hears the shameful facts', () => {
    const states = play(example, SYSTEM_FIRST);
    const end = states[states.length - 1]!;
    const outcome = outcomeOf(example, end);
    expect(end.ending).not.toBeNull();
    expect(['guarded', 'closed', 'walked-out']).toContain(outcome.mode);
    // Walking out follows a threat: the turn it happens is the warning, not a dull question.
    if (outcome.walkedOut)
      expect(end.explanations.at(-1)!.features.threat || end.explanations.at(-1)!.codes.includes('confront')).toBe(true);
    expect(outcome.recall).toBeLessThanOrEqual(0.4);
    expect(sensitiveDisclosed(example, end)).toEqual([]);
  });

  it('a client-first conversation opens by turn 8 and 14, hears a shameful fact, and is remembered', () => {
    const states = play(example, CLIENT_FIRST);
    const end = states[states.length - 1]!;
    const outcome = outcomeOf(example, end);
    expect(firstTurnAtLeast(states, 'opening')).toBeLessThanOrEqual(8);
    expect(firstTurnAtLeast(states, 'open')).toBeLessThanOrEqual(14);
    expect(sensitiveDisclosed(example, end).length).toBeGreaterThanOrEqual(1);
    expect(outcome.recall).toBeGreaterThanOrEqual(0.7);
    expect(outcome.endingId).toBe('met-plan');
  });

  it('the client-first conversation discloses a shameful fact for most seeds, not just one', () => {
    let disclosed = 0;
    for (let seed = 0; seed < 100; seed += 1) {
      const states = play(example, CLIENT_FIRST, seed);
      if (sensitiveDisclosed(example, states[states.length - 1]!).length > 0) disclosed += 1;
    }
    expect(disclosed).toBeGreaterThanOrEqual(60);
  });

  it('one confrontation in a good conversation costs 3 to 5 turns of recovery', () => {
    const at = CLIENT_FIRST.indexOf('huur-toestemming');
    const confronting = [...CLIENT_FIRST];
    confronting[at] = 'huur-betaald';
    const good = play(example, CLIENT_FIRST);
    const hurt = play(example, confronting);
    const before = good[at]!.vars.stress; // stress just before the confrontation
    const after = hurt.slice(at + 1).map((s) => s.vars.stress);
    expect(after[0]!).toBeGreaterThan(before + 5);
    const turnsToRecover = after.findIndex((s) => s <= before);
    expect(turnsToRecover).toBeGreaterThanOrEqual(3);
    expect(turnsToRecover).toBeLessThanOrEqual(5);
    // and it shows: the good conversation ends with more room
    expect(hurt[hurt.length - 1]!.vars.room).toBeLessThan(good[good.length - 1]!.vars.room);
  });
});

function playPolicy(scenario: CompiledScenario, policy: typeof clientFirstPolicy, seed = SEED): ClientState {
  let state = initialState(scenario, { seed });
  while (!state.ending) state = takeTurn(scenario, state, policy(availableOptions(scenario, state))).state;
  return state;
}

describe.each(loadShipped().map((s) => [s.id, s] as const))('calibration on %s', (_id, scenario) => {
  it('client-first play ends better than system-first play', () => {
    const cf = outcomeOf(scenario, playPolicy(scenario, clientFirstPolicy));
    const sf = outcomeOf(scenario, playPolicy(scenario, systemFirstPolicy));
    expect(modeForRoomRank(cf.mode)).toBeGreaterThan(modeForRoomRank(sf.mode));
    expect(cf.recall).toBeGreaterThan(sf.recall);
    expect(['guarded', 'closed', 'walked-out']).toContain(sf.mode);
    expect(sf.recall).toBeLessThanOrEqual(0.4);
  });
});
