import { describe, expect, it } from 'vitest';
import { choose, selectOptions, startSession, stateOf } from './engine-api.ts';
import { planStart, reachableStartModes, startStateAt, stressForMode, stressRangeForMode } from '../../src/engine/start-at.ts';
import { initialState, replay, startOptionsOf } from '../../src/engine/turn.ts';
import { loadExample } from '../helpers/scenarios.ts';
import { MODES } from '../../src/engine/scenario.types.ts';

const example = loadExample();
const second = example.moments[1]!.id;

describe('start at a moment with chosen numbers', () => {
  it('with no request is exactly the engine’s normal start', () => {
    expect(startStateAt(example, { seed: 7 })).toEqual(initialState(example, { seed: 7 }));
    expect(planStart(example).options).toEqual({ momentId: example.start });
  });

  it('starts at the chosen moment, with the chosen stress and trust, and shows that moment’s client text', () => {
    const state = startStateAt(example, { seed: 1, momentId: second, stress: 30, trust: 60 });
    expect(state.momentId).toBe(second);
    expect(state.vars.stress).toBe(30);
    expect(state.vars.trust).toBe(60);
    expect(state.initialTrust).toBe(60);
    expect(state.origin).toEqual({ momentId: second, stress: 30, trust: 60 });
    expect(state.transcript.every((line) => line.momentId === second)).toBe(true);
  });

  it('clamps and rounds numbers to whole points from 0 to 100', () => {
    const plan = planStart(example, { stress: 140.4, trust: -3 });
    expect([plan.stress, plan.trust]).toEqual([100, 0]);
  });

  it('gives every reachable mode when a mode is asked for, with the mode following from room as the engine rules', () => {
    const modes = reachableStartModes(example);
    expect(modes.length).toBeGreaterThan(1);
    for (const mode of modes) {
      const plan = planStart(example, { mode });
      expect(plan.mode).toBe(mode);
      expect(plan.modeMatches).toBe(true);
      const state = startStateAt(example, { mode, seed: 3 });
      expect(state.mode).toBe(mode);
      expect(state.vars.stress).toBe(stressForMode(example, mode));
    }
  });

  it('lets given stress win over an asked mode, and says so', () => {
    const closed = stressRangeForMode(example, 'closed')!;
    const plan = planStart(example, { mode: 'open', stress: closed.max });
    expect(plan.mode).toBe('closed');
    expect(plan.modeMatches).toBe(false);
  });

  it('has mode ranges that do not overlap and cover 0–100 stress', () => {
    const ranges = MODES.map((m) => stressRangeForMode(example, m)).filter((r) => r !== null);
    const covered = ranges.reduce((n, r) => n + (r.max - r.min + 1), 0);
    expect(covered).toBe(101);
  });

  it('rejects a moment that does not exist', () => {
    expect(() => planStart(example, { momentId: 'bestaat-niet' })).toThrow(/bestaat-niet/);
  });

  it('plays on through the normal session, and replays to the same state from its origin', () => {
    const state = startStateAt(example, { seed: 'lab', momentId: second, mode: 'guarded' });
    const session = startSession(example, { seed: 'lab' }, state);
    expect(stateOf(session)).toEqual(state);
    const first = selectOptions(example, state)[0]!;
    choose(session, first.id);
    const after = stateOf(session);
    expect(after.choices).toEqual([first.id]);
    expect(replay(example, after.choices, startOptionsOf(after))).toEqual(after);
  });
});
