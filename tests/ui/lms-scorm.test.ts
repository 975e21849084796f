/** SCORM 1.2 reporting against a fake LMS API: what is written when, the rules, and an LMS that fails. */
import { describe, expect, it, vi } from 'vitest';
import { cmiTimespan, interactionId, scormSafe, startScorm } from '../../src/app/lms/scorm-reporter.ts';
import { lmsScore, lmsStatus } from '../../src/app/lms/outcome-report.ts';
import { decodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/app/lms/suspend-data.ts';
import { initialState, takeTurn, type ClientState } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { fakeScorm, interactionsOf } from './lms-fake-scorm.ts';

const at = new Date(2026, 11, 3, 10, 0, 0);

function play(choices: string[]): { states: ClientState[] } {
  const states = [initialState(fixture, { seed: 7 })];
  for (const choice of choices) states.push(takeTurn(fixture, states[states.length - 1]!, choice).state);
  return { states };
}

function drive(api: ReturnType<typeof fakeScorm>, choices: string[], onProblem = vi.fn()) {
  const session = startScorm(api, { scenarioId: 'test-welkom', onProblem, now: () => at });
  if (!session) return { session, onProblem };
  const [observer] = session.host.observers;
  const { states } = play(choices);
  observer!.started!({ scenario: fixture, attemptId: 'a1', state: states[0]!, resumed: false });
  for (const state of states.slice(1)) {
    observer!.turn!({ scenario: fixture, attemptId: 'a1', state, explanation: state.explanations[state.explanations.length - 1]! });
    if (state.ending) observer!.ended!({ scenario: fixture, attemptId: 'a1', state });
  }
  return { session, onProblem, states };
}

describe('SCORM 1.2 reporting', () => {
  it('marks the start incomplete and keeps the conversation in suspend_data after every choice', () => {
    const api = fakeScorm();
    const { session } = drive(api, ['welkom', 'reflectie']);
    expect(api.calls[0]).toBe('LMSInitialize');
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(decodeSuspendData(api.data.get('cmi.suspend_data')!)).toEqual({
      scenarioId: 'test-welkom',
      version: fixture.version,
      seed: 7,
      choices: ['welkom', 'reflectie'],
    });
    expect(api.data.get('cmi.core.lesson_location')).toBe('test-welkom/afspraak');
    expect(api.data.get('cmi.core.exit')).toBe('suspend');
    expect(api.calls.filter((c) => c === 'LMSCommit')).toHaveLength(3);
    expect(session!.finished).toBe(false);
  });

  it('writes one choice interaction per turn with the option and its MI codes, then status, score and finish at the ending', () => {
    const api = fakeScorm();
    const { states } = drive(api, ['welkom', 'reflectie', 'opschrijven']);
    const end = states![states!.length - 1]!;
    expect(end.ending).not.toBeNull();
    expect(interactionsOf(api)).toEqual([
      { id: 't1-welkom--greeting.question-open', type: 'choice', response: 'a', objectives: ['greeting', 'question-open'] },
      { id: 't2-reflectie--reflection-complex', type: 'choice', response: 'b', objectives: ['reflection-complex'] },
      { id: 't3-opschrijven--seek-collaboration', type: 'choice', response: 'a', objectives: ['seek-collaboration'] },
    ]);
    expect(api.data.get('cmi.interactions.0.result')).toBe('neutral');
    expect(api.data.get('cmi.interactions.0.time')).toBe('10:00:00');
    expect(api.data.get('cmi.core.lesson_status')).toBe(lmsStatus(fixture, end));
    expect(api.data.get('cmi.core.score.raw')).toBe(String(lmsScore(fixture, end)));
    expect(api.data.get('cmi.core.score.max')).toBe('100');
    expect(api.data.get('cmi.suspend_data')).toBe('');
    expect(api.data.get('cmi.core.exit')).toBe('');
    expect(api.data.get('cmi.core.session_time')).toBe('0000:00:00.00');
    expect(api.calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
  });

  it('appends interactions after those of an earlier launch and never lowers status or score', () => {
    const api = fakeScorm({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.interactions.0.id': 'earlier' });
    drive(api, ['dreigen', 'reflectie', 'snel']);
    expect(api.data.get('cmi.interactions.1.id')).toMatch(/^t1-dreigen--confront$/);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.data.get('cmi.core.score.raw')).toBe('100');
  });

  it('brings back the conversation the LMS kept, for its scenario only', () => {
    const api = fakeScorm({ 'cmi.suspend_data': `r1|test-welkom|${fixture.version}|7|welkom,reflectie` });
    const session = startScorm(api, { scenarioId: 'test-welkom', onProblem: vi.fn() });
    expect(session!.host.savedProgress!('test-welkom')).toEqual({ seed: 7, choices: ['welkom', 'reflectie'] });
    expect(session!.host.savedProgress!('other')).toBeNull();
  });

  it('ignores plays of another scenario in a SCO made for one', () => {
    const api = fakeScorm();
    const session = startScorm(api, { scenarioId: 'another', onProblem: vi.fn() });
    const state = initialState(fixture, { seed: 7 });
    session!.host.observers[0]!.started!({ scenario: fixture, attemptId: 'a1', state, resumed: false });
    expect(api.data.get('cmi.core.lesson_status')).toBe('not attempted');
  });

  it('commits on a hidden page and finishes once when the page goes', () => {
    const api = fakeScorm();
    const { session } = drive(api, ['welkom']);
    session!.commit();
    session!.finish();
    session!.finish();
    expect(api.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(api.data.get('cmi.core.exit')).toBe('suspend');
  });
});

describe('an LMS that fails', () => {
  it('a refused LMSInitialize: no session, one problem reported', () => {
    const api = fakeScorm();
    api.failing.add('LMSInitialize');
    const onProblem = vi.fn();
    expect(startScorm(api, { scenarioId: null, onProblem })).toBeNull();
    expect(onProblem).toHaveBeenCalledWith(expect.stringContaining('LMSInitialize failed (error 101'));
  });

  it('calls that answer "false" or throw are reported and play goes on to the ending', () => {
    for (const mode of ['false', 'throw'] as const) {
      const api = fakeScorm();
      const onProblem = vi.fn();
      const session = startScorm(api, { scenarioId: null, onProblem });
      if (mode === 'false') api.failing.add('*');
      else api.throwing = true;
      const observer = session!.host.observers[0]!;
      const { states } = play(['welkom', 'reflectie', 'opschrijven']);
      expect(() => {
        observer.started!({ scenario: fixture, attemptId: 'a1', state: states[0]!, resumed: false });
        for (const state of states.slice(1))
          observer.turn!({ scenario: fixture, attemptId: 'a1', state, explanation: state.explanations.at(-1)! });
        observer.ended!({ scenario: fixture, attemptId: 'a1', state: states.at(-1)! });
      }).not.toThrow();
      expect(onProblem).toHaveBeenCalled();
    }
  });
});

describe('SCORM values', () => {
  it('keeps identifiers to safe characters and 255 long', () => {
    expect(scormSafe('a b/c')).toBe('a_b_c');
    expect(interactionId(3, 'x'.repeat(300), ['confront'])).toHaveLength(255);
  });

  it('writes CMITimespan as HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
  });

  it('the limit is the standard one', () => {
    expect(SUSPEND_DATA_LIMIT).toBe(4096);
  });
});
