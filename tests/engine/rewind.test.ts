import { describe, expect, it } from 'vitest';
import { choose, selectOptions, startSession, stateOf } from './engine-api.ts';
import { replayRecord, resumeSession, rewindSession, stateAfterChoices } from '../../src/engine/rewind.ts';
import { loadExample } from '../helpers/scenarios.ts';

const example = loadExample();
const script = ['welkom', 'spannend-reflectie', 'agenda-met-keuze', 'wat-is-er-gebeurd'];

function played(seed: number | string = 'rewind') {
  const session = startSession(example, { seed });
  for (const id of script) choose(session, id);
  return session;
}

describe('rewind', () => {
  it('rebuilds the state after the first n choices, equal to playing only those', () => {
    const session = played();
    const short = startSession(example, { seed: 'rewind' });
    for (const id of script.slice(0, 2)) choose(short, id);
    expect(stateAfterChoices(example, stateOf(session), 2)).toEqual(stateOf(short));
    expect(stateAfterChoices(example, stateOf(session), 0).choices).toEqual([]);
    expect(stateAfterChoices(example, stateOf(session), 99)).toEqual(stateOf(session));
  });

  it('gives a live session at that turn that accepts a different choice, and leaves the original alone', () => {
    const session = played();
    const rewound = rewindSession(session, 1);
    expect(stateOf(rewound).turn).toBe(1);
    expect(stateOf(rewound).choices).toEqual(['welkom']);
    const other = selectOptions(example, stateOf(rewound)).find((o) => o.id !== script[1])!;
    choose(rewound, other.id);
    expect(stateOf(rewound).choices).toEqual(['welkom', other.id]);
    expect(stateOf(session).choices).toEqual(script);
  });

  it('replays a stored record exactly and resumes it; refuses a choice the scenario no longer has', () => {
    const original = played(42);
    const state = stateOf(original);
    const result = replayRecord(example, { seed: state.seed, choices: state.choices });
    if (!result.ok) throw new Error(result.detail);
    expect(result.state).toEqual(state);
    const resumed = resumeSession(example, result.state);
    const next = selectOptions(example, state)[0]!.id;
    choose(resumed, next);
    choose(original, next);
    expect(stateOf(resumed)).toEqual(stateOf(original));
    expect(replayRecord(example, { seed: 1, choices: ['bestaat-niet'] })).toMatchObject({ ok: false, reason: 'scenario-changed' });
  });
});
