/** The client actor and the UI-facing API: one transition per choice, emitted effects, refusals, selectors. */
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  initialState,
  choose,
  lineText,
  onEngineEvent,
  selectClientLines,
  selectOptions,
  selectOutcome,
  startSession,
  stateOf,
  type EngineEvent,
} from './engine-api.ts';
import { loadExample } from '../helpers/scenarios.ts';

const example = loadExample();

describe('client actor', () => {
  it('starts in the mode its numbers give and shows the first moment', () => {
    const session = startSession(example, { seed: 3 });
    expect(stateOf(session)).toEqual(initialState(example, { seed: 3 }));
    expect(stateOf(session).momentId).toBe('binnenkomst');
    expect(
      selectOptions(example, stateOf(session))
        .map((o) => o.id)
        .sort(),
    ).toEqual(['kon-u-het-vinden', 'papieren-eerst', 'welkom']);
    const opening = selectClientLines(stateOf(session));
    expect(lineText(example, opening[0]!.line, 'nl')).toMatch(/Goedemorgen/);
  });

  it('emits mode changes, disclosures and the ending; the state follows the mode', () => {
    const session = startSession(example, { seed: 3 });
    const events: EngineEvent[] = [];
    const stop = onEngineEvent(session, (e) => events.push(e));
    for (const id of ['papieren-eerst', 'bsn-vragen', 'alle-documenten']) choose(session, id);
    expect(events.filter((e) => e.type === 'turn.taken')).toHaveLength(3);
    const change = events.find((e) => e.type === 'mode.changed');
    expect(change).toMatchObject({ from: 'guarded', to: 'closed' });
    expect(stateOf(session).mode).toBe('closed');
    stop();
    choose(session, 'sinds-wanneer');
    expect(events.filter((e) => e.type === 'turn.taken')).toHaveLength(3);
  });

  it('emits a turn after the state holds it, and the turn carries what the client said', () => {
    const session = startSession(example, { seed: 3 });
    const seen: { turn: number; stateTurn: number; lines: string[]; newLines: string[] }[] = [];
    onEngineEvent(session, (e) => {
      if (e.type !== 'turn.taken') return;
      const state = stateOf(session);
      seen.push({
        turn: e.turn,
        stateTurn: state.turn,
        lines: e.lines.map((l) => l.line),
        newLines: selectClientLines(state).map((l) => l.line),
      });
    });
    for (const id of ['welkom', 'spannend-reflectie']) choose(session, id);
    expect(seen.map((s) => s.turn)).toEqual([1, 2]);
    for (const s of seen) {
      expect(s.stateTurn).toBe(s.turn);
      expect(s.lines.length).toBeGreaterThan(0);
      expect(s.lines).toEqual(s.newLines);
    }
  });

  it('refuses an option that is not on offer, and anything after the end', () => {
    const session = startSession(example, { seed: 3 });
    expect(() => choose(session, 'samenvatten')).toThrow(EngineError);
    // the actor itself refuses it too: the state stays, and the refusal is an event
    const refusals: EngineEvent[] = [];
    onEngineEvent(session, (e) => e.type === 'choice.refused' && refusals.push(e));
    const before = stateOf(session);
    session.actor.send({ type: 'consultant.choose', optionId: 'samenvatten' });
    expect(stateOf(session)).toBe(before);
    expect(refusals).toEqual([expect.objectContaining({ type: 'choice.refused', optionId: 'samenvatten', reason: 'unknown-option' })]);
    const script = [
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
    const ends: EngineEvent[] = [];
    onEngineEvent(session, (e) => e.type === 'conversation.ended' && ends.push(e));
    for (const id of script) choose(session, id);
    expect(stateOf(session).ending).toMatchObject({ id: 'met-plan', walkedOut: false });
    expect(ends).toEqual([{ type: 'conversation.ended', endingId: 'met-plan', walkedOut: false, turn: 16 }]);
    expect(() => choose(session, 'welkom')).toThrow(/ended/);
    expect(refusals.at(-1)).toMatchObject({ reason: 'conversation-ended' });
    expect(selectOutcome(example, stateOf(session)).endingId).toBe('met-plan');
  });

  it('a client pushed past the window walks out, and the state records the walk-out', () => {
    const session = startSession(example, { seed: 3 });
    const hostile = [
      'papieren-eerst',
      'bsn-vragen',
      'alle-documenten',
      'waarom-niet-eerder',
      'ontslagbrief',
      'woont-er-iemand',
      'huur-betaald',
      'budget-tip',
      'genoeg-gehoord',
      'aan-het-werk',
      'inlichtingenplicht-waarschuwing',
      'zwart-werk',
      'lenen-verboden',
      'veertien-dagen',
      'moet-bellen',
    ];
    const events: EngineEvent[] = [];
    onEngineEvent(session, (e) => events.push(e));
    for (const id of hostile) {
      if (stateOf(session).ending) break;
      choose(session, id);
    }
    expect(stateOf(session).ending?.walkedOut).toBe(true);
    expect(events.some((e) => e.type === 'client.walked-out')).toBe(true);
    expect(events.some((e) => e.type === 'reaction.started')).toBe(true);
    const outcome = selectOutcome(example, stateOf(session));
    expect(outcome).toMatchObject({ walkedOut: true, mode: 'walked-out', endingId: 'weggelopen', recall: 0 });
  });
});

describe('the order of the options', () => {
  const firstIds = (seed: number) => selectOptions(example, stateOf(startSession(example, { seed }))).map((o) => o.id);

  it('is the same for the same seed, and differs between conversations, so the best answer has no fixed place', () => {
    expect(firstIds(11)).toEqual(firstIds(11));
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => firstIds(seed).join(',')));
    expect(orders.size).toBeGreaterThan(3);
    const firstPlace = new Set(Array.from({ length: 30 }, (_, seed) => firstIds(seed)[0]));
    expect(firstPlace.size).toBe(3);
  });

  it('does not change what the client does: the same choices give the same state in either order', () => {
    const shuffled = startSession(example, { seed: 5 });
    const fileOrder = startSession({ ...example, shuffleOptions: false }, { seed: 5 });
    for (const session of [shuffled, fileOrder]) for (const id of ['welkom']) choose(session, id);
    expect(stateOf(shuffled).vars).toEqual(stateOf(fileOrder).vars);
    expect(selectOptions({ ...example, shuffleOptions: false }, stateOf(fileOrder)).map((o) => o.id)).toEqual(
      example.moments.find((m) => m.id === stateOf(fileOrder).momentId)!.options.map((o) => o.id),
    );
  });
});
