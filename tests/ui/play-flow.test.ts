/**
 * The play flow without React: the lifecycle (fresh → playing → ended → debrief), rewind and play again, the
 * requests other screens send, and what a reload restores — driven directly on the machine.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { choose, startSession, stateOf } from '../../src/engine/index.ts';
import { AttemptStore, type Attempt } from '../../src/app/play/attempt-store.ts';
import { createEndingMemory, type EndingMemory } from '../../src/app/play/ending-memory.ts';
import type { PlayHost, PlayObserver, SavedProgress } from '../../src/app/play/play-host.ts';
import { playFlowMachine, type PlayFlowInput } from '../../src/app/play/play-flow.machine.ts';
import { createPlayRequests, type PlayRequests } from '../../src/app/play/play-requests.ts';
import { fixture } from './fixtures.ts';

/** A Storage kept in a Map, so every test is a browser of its own. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** One browser tab: its storage, its ending memory and its pending requests, shared by every flow it opens. */
interface Tab {
  storage: Storage;
  endings: EndingMemory;
  requests: PlayRequests;
  heard: string[];
}

function newTab(): Tab {
  return { storage: memoryStorage(), endings: createEndingMemory(() => null), requests: createPlayRequests(), heard: [] };
}

let clock = Date.parse('2026-05-01T09:00:00.000Z');
const now = () => new Date((clock += 1000));

function listener(tab: Tab): PlayObserver {
  return {
    started: (e) => tab.heard.push(`started ${e.state.turn} resumed=${e.resumed}`),
    turn: (e) => tab.heard.push(`turn ${e.state.turn} ${e.explanation.optionId}`),
    ended: (e) => tab.heard.push(`ended ${e.state.ending?.id}`),
  };
}

/** Open the play page in this tab (a mount, or a reload). */
function open(tab: Tab, extra: Partial<PlayFlowInput> & { savedProgress?: SavedProgress } = {}) {
  const host: PlayHost = { observers: [listener(tab)], savedProgress: extra.savedProgress ? () => extra.savedProgress! : undefined };
  const input: PlayFlowInput = {
    scenario: fixture,
    store: new AttemptStore(tab.storage),
    host,
    endings: tab.endings,
    requests: tab.requests,
    now,
    begin: (scenario) => startSession(scenario, { seed: 42 }),
    ...extra,
  };
  return createActor(playFlowMachine, { input });
}

const stored = (tab: Tab): Attempt[] => new AttemptStore(tab.storage).load('test-welkom', 1).attempts;
const stateName = (actor: ReturnType<typeof open>) => JSON.stringify(actor.getSnapshot().value);
const play = (actor: ReturnType<typeof open>, ...optionIds: string[]) => {
  for (const id of optionIds) choose(actor.getSnapshot().context.session, id);
};

describe('the play flow', () => {
  it('writes nothing until it starts, then records every turn and tells the observers', () => {
    const tab = newTab();
    const actor = open(tab);
    expect(stateName(actor)).toBe('{"running":"playing"}');
    expect(tab.heard).toEqual([]);
    actor.start();
    expect(tab.heard).toEqual(['started 0 resumed=false']);
    expect(stored(tab)).toEqual([]); // an untouched start is not kept
    play(actor, 'welkom', 'huur-vragen');
    expect(stored(tab)).toHaveLength(1);
    expect(stored(tab)[0]).toMatchObject({ seed: 42, choices: ['welkom', 'huur-vragen'], finishedAt: null, branchOf: null });
    expect(actor.getSnapshot().context).toMatchObject({ saved: true, storageFailed: false });
    play(actor, 'opschrijven');
    expect(stateName(actor)).toBe('{"running":"ended"}');
    expect(tab.heard).toEqual(['started 0 resumed=false', 'turn 1 welkom', 'turn 2 huur-vragen', 'turn 3 opschrijven', 'ended goed']);
    expect(stored(tab)[0]!.summary).toMatchObject({ endingId: 'goed', turns: 3 });
    actor.send({ type: 'showDebrief' });
    expect(stateName(actor)).toBe('{"running":"debrief"}');
  });

  it('a reload mid-conversation continues the same attempt at the same turn', () => {
    const tab = newTab();
    const first = open(tab).start();
    play(first, 'welkom', 'reflectie');
    const id = first.getSnapshot().context.attempt.id;
    const reloaded = open(tab).start();
    const { context } = reloaded.getSnapshot();
    expect(context.attempt.id).toBe(id);
    expect(stateOf(context.session).choices).toEqual(['welkom', 'reflectie']);
    expect(context.notice).toEqual({ kind: 'resumed', turn: 3 });
    expect(tab.heard.at(-1)).toBe('started 2 resumed=true');
    expect(stored(tab)).toHaveLength(1);
  });

  it('a reload at the ending shows that ending again; a start from the briefing forgets it', () => {
    const tab = newTab();
    const first = open(tab).start();
    play(first, 'welkom', 'huur-vragen', 'opschrijven');
    const id = first.getSnapshot().context.attempt.id;

    const reloaded = open(tab).start();
    expect(stateName(reloaded)).toBe('{"running":"ended"}');
    expect(reloaded.getSnapshot().context).toMatchObject({ saved: true, attempt: { id } });

    tab.requests.send('test-welkom', { type: 'start' });
    const started = open(tab).start();
    expect(stateName(started)).toBe('{"running":"playing"}');
    expect(stateOf(started.getSnapshot().context.session).turn).toBe(0);
    expect(tab.requests.peek('test-welkom')).toBeNull();
    // Forgotten for good: the next reload opens a new conversation too.
    expect(stateName(open(tab).start())).toBe('{"running":"playing"}');
  });

  it('rewinds in a new attempt that is kept at once; the earlier attempt stays as it was', () => {
    const tab = newTab();
    const actor = open(tab).start();
    play(actor, 'welkom', 'huur-vragen');
    const [before] = stored(tab);
    actor.send({ type: 'rewind', turn: 1 });
    const { context } = actor.getSnapshot();
    expect(stateName(actor)).toBe('{"running":"playing"}');
    expect(context).toMatchObject({ generation: 1, notice: { kind: 'rewound', turn: 2, kept: true } });
    expect(stateOf(context.session).choices).toEqual(['welkom']);
    const [old, branch] = stored(tab);
    expect(old).toEqual(before);
    expect(branch).toMatchObject({ seed: 42, choices: ['welkom'], branchOf: { attemptId: before!.id, turn: 1 } });
    play(actor, 'reflectie');
    expect(stored(tab)[1]!.choices).toEqual(['welkom', 'reflectie']);
  });

  it('rewinds from the in-place debrief and plays again from the ending, forgetting the ending', () => {
    const tab = newTab();
    const actor = open(tab).start();
    play(actor, 'welkom', 'huur-vragen', 'opschrijven');
    actor.send({ type: 'showDebrief' });
    actor.send({ type: 'rewind', turn: 2 });
    expect(stateName(actor)).toBe('{"running":"playing"}');
    play(actor, 'opschrijven');
    expect(stateName(actor)).toBe('{"running":"ended"}');
    actor.send({ type: 'playAgain' });
    expect(stateName(actor)).toBe('{"running":"playing"}');
    expect(actor.getSnapshot().context).toMatchObject({ generation: 2, notice: null, saved: false });
    expect(stateOf(actor.getSnapshot().context.session).turn).toBe(0);
    expect(tab.endings.shown('test-welkom')).toBeNull();
  });

  it("answers a kept debrief's rewind: a branch from that turn, saved, and the request used up", () => {
    const tab = newTab();
    const first = open(tab).start();
    play(first, 'welkom', 'huur-vragen', 'opschrijven');
    const original = stored(tab)[0]!;
    tab.requests.send('test-welkom', { type: 'rewind', attemptId: original.id, turn: 1 });
    const actor = open(tab).start();
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'rewound', turn: 2, kept: true });
    expect(stateOf(actor.getSnapshot().context.session).choices).toEqual(['welkom']);
    expect(stored(tab)[1]).toMatchObject({ choices: ['welkom'], branchOf: { attemptId: original.id, turn: 1 } });
    expect(stored(tab)[0]).toEqual(original);
    expect(tab.requests.peek('test-welkom')).toBeNull();
    // A reload now continues the branch.
    expect(open(tab).start().getSnapshot().context.attempt.id).toBe(stored(tab)[1]!.id);
  });

  it("answers the attempts page's resume, and makes that attempt the one a reload continues", () => {
    const tab = newTab();
    const first = open(tab).start();
    play(first, 'welkom');
    const resumeId = first.getSnapshot().context.attempt.id;
    first.send({ type: 'playAgain' });
    play(first, 'papieren');
    tab.requests.send('test-welkom', { type: 'resume', attemptId: resumeId });
    const actor = open(tab).start();
    expect(actor.getSnapshot().context).toMatchObject({ attempt: { id: resumeId }, notice: { kind: 'resumed', turn: 2 } });
    expect(new AttemptStore(tab.storage).currentId('test-welkom')).toBe(resumeId);
  });

  it('plays on when nothing can be saved, and says so through storageFailed', () => {
    const tab = newTab();
    const actor = open(tab, { store: new AttemptStore(null) }).start();
    play(actor, 'welkom');
    expect(actor.getSnapshot().context).toMatchObject({ saved: false, storageFailed: true });
    play(actor, 'huur-vragen', 'opschrijven');
    expect(stateName(actor)).toBe('{"running":"ended"}');
  });

  it('keeps nothing for a trial play (no store): no save, no failure, same rewind and play again', () => {
    const tab = newTab();
    const actor = open(tab, { store: null, endings: null, requests: null }).start();
    play(actor, 'welkom', 'huur-vragen');
    actor.send({ type: 'rewind', turn: 1 });
    play(actor, 'reflectie');
    expect(actor.getSnapshot().context).toMatchObject({ saved: false, storageFailed: false, generation: 1 });
    expect(tab.storage.length).toBe(0);
  });

  it('continues the progress a host keeps, ahead of what the browser has', () => {
    const tab = newTab();
    const actor = open(tab, { savedProgress: { seed: 7, choices: ['welkom', 'reflectie'] } }).start();
    expect(stateOf(actor.getSnapshot().context.session)).toMatchObject({ seed: 7, choices: ['welkom', 'reflectie'] });
    expect(actor.getSnapshot().context.notice).toEqual({ kind: 'resumed', turn: 3 });
    expect(tab.heard).toEqual(['started 2 resumed=true']);
  });

  it('is deterministic: the same seed and choices give the same attempt', () => {
    const run = () => {
      const actor = open(newTab()).start();
      play(actor, 'welkom', 'huur-vragen', 'opschrijven');
      const { attempt, session } = actor.getSnapshot().context;
      return { choices: attempt.choices, summary: attempt.summary, vars: stateOf(session).vars };
    };
    expect(run()).toEqual(run());
  });
});
