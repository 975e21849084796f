/** The cmi5 reporter's rules with @xapi/cmi5 replaced: order, the mastery score, and stopping after a failure. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type Cmi5 from '@xapi/cmi5';
import { startCmi5 } from '../../src/app/lms/cmi5-reporter.ts';
import { initialState, takeTurn, type ClientState } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';

const sent: string[] = [];
const behaviour = { failOn: null as string | null, masteryScore: undefined as number | undefined };

class FakeCmi5 {
  launchParameters = {
    activityId: 'urn:ruimte:scenario:test-welkom',
    actor: { account: { homePage: 'https://lms.example', name: '1' } },
    registration: 'reg-1',
  };
  get launchData() {
    return { launchMode: 'Normal', masteryScore: behaviour.masteryScore, contextTemplate: { extensions: { session: 's-1' } } };
  }
  private step(name: string): Promise<void> {
    if (behaviour.failOn === name) return Promise.reject(new Error(`${name} refused`));
    sent.push(name);
    return Promise.resolve();
  }
  initialize = () => this.step('initialized');
  complete = () => this.step('completed');
  pass = () => this.step('passed');
  terminate = () => this.step('terminated');
  sendXapiStatement = (s: { verb: { id: string }; context: { registration: string } }) =>
    this.step(`${s.verb.id.split('/').pop()}@${s.context.registration}`);
}

function playAll(choices: string[]): ClientState[] {
  const states = [initialState(fixture, { seed: 7 })];
  for (const choice of choices) states.push(takeTurn(fixture, states.at(-1)!, choice).state);
  return states;
}

async function run(choices: string[]) {
  const onProblem = vi.fn();
  const host = startCmi5(
    { kind: 'cmi5', url: 'x', scenarioId: 'test-welkom' },
    { onProblem, win: window, Cmi5: FakeCmi5 as unknown as new () => Cmi5 },
  );
  const observer = host.observers[0]!;
  const states = playAll(choices);
  observer.started!({ scenario: fixture, attemptId: 'a', state: states[0]!, resumed: false });
  for (const state of states.slice(1)) {
    observer.turn!({ scenario: fixture, attemptId: 'a', state, explanation: state.explanations.at(-1)! });
    if (state.ending) observer.ended!({ scenario: fixture, attemptId: 'a', state });
  }
  await vi.waitFor(() => expect(sent.at(-1) === 'terminated' || onProblem.mock.calls.length > 0).toBe(true));
  return { onProblem, end: states.at(-1)! };
}

describe('cmi5 reporting', () => {
  beforeEach(() => {
    sent.length = 0;
    behaviour.failOn = null;
    behaviour.masteryScore = undefined;
  });

  it('sends initialized, one answered per choice on the launch registration, then the outcome and terminated, in order', async () => {
    const { onProblem } = await run(['welkom', 'reflectie', 'opschrijven']);
    expect(sent[0]).toBe('initialized');
    expect(sent.slice(1, 4)).toEqual(['answered@reg-1', 'answered@reg-1', 'answered@reg-1']);
    expect(sent.at(-2)).toBe('completed');
    expect(sent.at(-1)).toBe('terminated');
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('does not claim passed below the mastery score the LMS set', async () => {
    behaviour.masteryScore = 1.01;
    await run(['welkom', 'reflectie', 'opschrijven']);
    expect(sent).not.toContain('passed');
  });

  it('stops after the first failure and reports it once; play is not disturbed', async () => {
    behaviour.failOn = 'initialized';
    const { onProblem } = await run(['welkom', 'reflectie', 'opschrijven']);
    await new Promise((done) => setTimeout(done, 10));
    expect(sent).toEqual([]);
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem.mock.calls[0]![0]).toContain('initialized refused');
  });
});
