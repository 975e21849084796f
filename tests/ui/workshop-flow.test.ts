/** The facilitator's walk through a conversation: steps, back and forward, votes, majority, ties, reveal. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay, selectOptions } from '../../src/engine/index.ts';
import { seedForCode } from '../../src/features/workshop/session-code.ts';
import {
  decision,
  flowState,
  isRevealed,
  parseFlow,
  recordOf,
  reduceFlow,
  startFlow,
  type FlowAction,
  type WorkshopFlow,
} from '../../src/features/workshop/workshop-flow.ts';
import { nextStepOf, stepView, whatIfRows } from '../../src/features/workshop/workshop.view.ts';
import { mustCompile, SCENARIO_DIR } from '../helpers/scenarios.ts';

const scenario = mustCompile(resolve(SCENARIO_DIR, 'warming-up-welkom.yaml'));
const CODE = 'K7M2Q';

function run(flow: WorkshopFlow, ...actions: (FlowAction | FlowAction['type'])[]): WorkshopFlow {
  return actions.reduce<WorkshopFlow>((f, a) => reduceFlow(scenario, f, typeof a === 'string' ? ({ type: a } as FlowAction) : a), flow);
}

const start = () => startFlow(scenario.id, CODE);
const ids = (flow: WorkshopFlow) => selectOptions(scenario, flowState(scenario, flow)).map((o) => o.id);

describe('workshop flow', () => {
  it('walks one moment through its seven steps in order, then on to the next moment', () => {
    const steps: string[] = [];
    let flow = start();
    for (let i = 0; i < 8; i += 1) {
      steps.push(flow.step);
      flow = run(flow, 'next');
    }
    expect(steps).toEqual(['client', 'options', 'vote', 'confirm', 'reaction', 'reveal', 'whatif', 'client']);
    expect(flow.choices).toHaveLength(1);
    expect(flowState(scenario, flow).momentId).toBe('eerste-reactie');
  });

  it('back undoes every step, and going back over the reaction takes the choice back with its votes', () => {
    let flow = run(
      start(),
      'next',
      'next',
      { type: 'vote', index: 1 },
      { type: 'vote', index: 1 },
      { type: 'vote', index: 0 },
      'next',
      'next',
    );
    expect(flow.step).toBe('reaction');
    expect(flow.choices).toEqual([ids(start())[1]]);
    expect(flow.votes).toEqual([{ counts: { [ids(start())[1]!]: 2, [ids(start())[0]!]: 1 } }]);
    flow = run(flow, 'back');
    expect(flow.step).toBe('confirm');
    expect(flow.choices).toEqual([]);
    expect(flow.tally).toEqual({ [ids(start())[1]!]: 2, [ids(start())[0]!]: 1 });
    expect(run(flow, 'back', 'back', 'back', 'back').step).toBe('client');
    // Back at the very start stays there.
    expect(run(start(), 'back')).toEqual(start());
  });

  it('back from the next moment returns to the previous "Wat als…" with its choice still taken', () => {
    const flow = run(start(), 'next', 'next', 'next', 'next', 'next', 'next', 'next');
    expect(flow.step).toBe('client');
    const back = run(flow, 'back');
    expect(back.step).toBe('whatif');
    expect(back.choices).toEqual(flow.choices);
  });

  it('letters add hands during the vote; counts can be typed; the majority is taken by default', () => {
    const options = ids(start());
    let flow = run(start(), 'next', 'next');
    flow = run(flow, { type: 'vote', index: 2 }, { type: 'vote', index: 2 }, { type: 'set-votes', optionId: options[0]!, count: 1 });
    expect(flow.tally).toEqual({ [options[2]!]: 2, [options[0]!]: 1 });
    flow = run(flow, 'next');
    expect(decision(flow, options)).toEqual({ kind: 'majority', optionId: options[2] });
    expect(run(flow, 'next').choices).toEqual([options[2]]);
  });

  it('a tie stops at the confirmation until the trainer picks; a letter there is a pick, not a vote', () => {
    const options = ids(start());
    const tied = run(start(), 'next', 'next', { type: 'vote', index: 0 }, { type: 'vote', index: 3 }, 'next');
    expect(decision(tied, options)).toEqual({ kind: 'tie', tied: [options[0], options[3]] });
    expect(run(tied, 'next')).toEqual(tied);
    const picked = run(tied, { type: 'vote', index: 3 });
    expect(picked.tally).toEqual(tied.tally);
    expect(decision(picked, options)).toEqual({ kind: 'picked', optionId: options[3] });
    const taken = run(picked, 'next');
    expect(taken.step).toBe('reaction');
    expect(taken.choices).toEqual([options[3]]);
  });

  it('without votes the first letter is proposed (a clicker alone can go on) and the turn records no votes', () => {
    const skipped = run(start(), 'next', 'next', 'skip-votes');
    expect(skipped.step).toBe('confirm');
    expect(decision(skipped, ids(start()))).toEqual({ kind: 'no-votes', optionId: ids(start())[0] });
    expect(run(skipped, 'next').votes).toEqual([null]);
  });

  it('reveal: hidden until the client has reacted; R jumps there from the reaction only', () => {
    const beforeChoice = run(start(), 'next');
    expect(run(beforeChoice, 'reveal')).toEqual(beforeChoice);
    const reacted = run(start(), 'next', 'next', 'next', 'next');
    expect(reacted.step).toBe('reaction');
    expect(isRevealed(reacted.step)).toBe(false);
    const revealed = run(reacted, 'reveal');
    expect(revealed.step).toBe('reveal');
    const view = stepView(scenario, revealed, 'nl');
    expect(view.revealed).toBe(true);
    expect(view.after).not.toBeNull();
    // Before the reveal the view holds no thought at all, so nothing can leak into the page.
    const hidden = stepView(scenario, reacted, 'nl');
    expect(hidden.openingThought).toEqual([]);
    expect(hidden.reactionThought).toEqual([]);
    expect(stepView(scenario, revealed, 'nl').openingThought.length).toBeGreaterThan(0); // binnenkomst has a thought
  });

  it('a clicker alone (next only) reaches the ending, and the state is the engine replay of the choices', () => {
    let flow = start();
    for (let i = 0; i < 200 && flow.step !== 'ending'; i += 1) flow = run(flow, 'next');
    expect(flow.step).toBe('ending');
    const state = replay(scenario, flow.choices, { seed: seedForCode(CODE) });
    expect(state.ending).not.toBeNull();
    expect(flowState(scenario, flow)).toEqual(state);
    expect(nextStepOf('whatif', true)).toBe('ending');
    expect(run(flow, 'next')).toEqual(flow);
    expect(run(flow, 'back').step).toBe('whatif');
  });

  it('"Wat als…" gives every option from the same state, without moving the conversation', () => {
    const flow = run(start(), 'next', 'next', 'next', 'next', 'next', 'next');
    expect(flow.step).toBe('whatif');
    const rows = whatIfRows(scenario, flow, 'nl');
    expect(rows.map((r) => r.optionId)).toEqual(ids(start()));
    expect(rows.map((r) => r.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(rows.filter((r) => r.chosen).map((r) => r.optionId)).toEqual(flow.choices);
    expect(flow.choices).toHaveLength(1);
    // The chosen row tells the same as the conversation itself.
    const view = stepView(scenario, flow, 'nl');
    const chosen = rows.find((r) => r.chosen)!;
    expect(chosen.room).toBe(view.after!.room - view.before.room);
    expect(chosen.mode).toBe(view.after!.mode);
    // The welcome lowers stress more than the reproach.
    const welkom = rows.find((r) => r.optionId === 'welkom')!;
    const teLaat = rows.find((r) => r.optionId === 'te-laat')!;
    expect(welkom.stress).toBeLessThan(teLaat.stress);
    expect(welkom.reply.length).toBeGreaterThan(0);
  });

  it('the view shows the discuss questions of the moment and its letters in the session order', () => {
    const view = stepView(scenario, start(), 'en');
    expect(view.discuss?.text).toMatch(/Dennis/);
    expect(view.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(view.opening[0]!.text).toMatch(/bus/);
  });

  it('makes the shared workshop record and reads a flow back, refusing one that does not fit', () => {
    const flow = run(start(), 'next', 'next', { type: 'vote', index: 1 }, 'next', 'next');
    expect(recordOf(scenario, flow, 'Groep 1')).toEqual({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      code: CODE,
      group: 'Groep 1',
      choices: flow.choices,
      votes: [{ counts: { [ids(start())[1]!]: 1 } }],
    });
    expect(parseFlow(scenario, JSON.parse(JSON.stringify(flow)))).toEqual(flow);
    expect(parseFlow(scenario, { ...flow, choices: ['bestaat-niet'], votes: [null] })).toBeNull();
    expect(parseFlow(scenario, { ...flow, step: 'client', choices: [], votes: [] })).not.toBeNull();
    expect(parseFlow(scenario, { ...flow, step: 'ending' })).toBeNull();
    expect(parseFlow(scenario, { ...flow, scenarioId: 'other' })).toBeNull();
    expect(parseFlow(scenario, 'nonsense')).toBeNull();
  });
});
