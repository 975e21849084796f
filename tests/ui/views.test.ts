/** The pure helpers behind the screens: routes, library grouping, the door, keys, announcements, the ending. */
import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, type Route } from '../../src/app/route.ts';
import { createScenarioLoader } from '../../src/app/scenario-loader.ts';
import { choose, selectOutcome, startSession, stateOf } from '../../src/engine/index.ts';
import {
  announcementView,
  doorAngle,
  doorGeometry,
  DOOR_GLIDE_STEP,
  isTypingTarget,
  MAX_DOOR_ANGLE,
  optionIndexForKey,
  optionsView,
  transcriptView,
} from '../../src/features/conversation/conversation.view.ts';
import { endingView } from '../../src/features/ending/ending.view.ts';
import { debriefView, mainRule, shorten } from '../../src/features/debrief/debrief.view.ts';
import { cardFor, libraryView } from '../../src/features/library/library.view.ts';
import { shortName } from '../../src/features/shared/names.ts';
import { brokenEntry, catalogue, debtEntry, fakeSource, fixture, playableEntry } from './fixtures.ts';

describe('routes', () => {
  it('round-trips every screen through the hash', () => {
    const routes: Route[] = [
      { screen: 'library' },
      { screen: 'briefing', id: 'voorbeeld-bijstand' },
      { screen: 'play', id: 'voorbeeld-bijstand' },
    ];
    for (const route of routes) expect(parseHash(hashFor(route))).toEqual(route);
    expect(hashFor({ screen: 'play', id: 'x-1' })).toBe('#/s/x-1/play');
  });

  it('treats anything unknown as the library', () => {
    for (const hash of ['', '#', '#/', '#/s/', '#/s/Bad Id', '#/s/x/debrief', '#/%E0%A4%A', '#/other']) {
      expect(parseHash(hash)).toEqual({ screen: 'library' });
    }
    expect(parseHash('#/s/x/')).toEqual({ screen: 'briefing', id: 'x' });
  });
});

describe('library view', () => {
  it('groups in the fixed domain order and puts unknown domains under overig', () => {
    const odd = { ...debtEntry, id: 'odd', domain: 'ruimtevaart' };
    const groups = libraryView([debtEntry, playableEntry, odd, brokenEntry], 'nl');
    expect(groups.map((g) => [g.domain, g.cards.map((c) => c.id)])).toEqual([
      ['werk-en-inkomen', ['test-welkom', 'kapot']],
      ['schuldhulp', ['schulden']],
      ['overig', ['odd']],
    ]);
  });

  it('shows errors before warnings and counts the errors left out', () => {
    const card = cardFor(brokenEntry, 'nl', 2);
    expect(card.ok).toBe(false);
    if (card.ok) return;
    expect(card.issues.map((i) => i.where)).toEqual(['scenarios/kapot.yaml:4:3', 'scenarios/kapot.yaml:12:7']);
    expect(card.moreErrors).toBe(2);
    expect(cardFor({ ...brokenEntry, title: '' }, 'nl').title).toEqual({ text: 'scenarios/kapot.yaml', lang: 'nl' });
  });

  it('uses the English title and summary only when there are any', () => {
    expect(cardFor(playableEntry, 'en')).toMatchObject({
      title: { text: 'First conversation', lang: 'en' },
      summary: { text: 'Marco applies for social assistance.', lang: 'en' },
    });
    expect(cardFor(debtEntry, 'en')).toMatchObject({ title: { text: 'Schulden op tafel', lang: 'nl' } });
    expect(cardFor(playableEntry, 'nl').title).toEqual({ text: 'Eerste gesprek', lang: 'nl' });
    expect(libraryView(catalogue, 'nl').flatMap((g) => g.cards)).toHaveLength(3);
  });
});

describe('conversation view', () => {
  it('opens the door with the room, within bounds', () => {
    expect(doorAngle(0)).toBe(0);
    expect(doorAngle(100)).toBe(MAX_DOOR_ANGLE);
    expect(doorAngle(-5)).toBe(0);
    expect(doorAngle(150)).toBe(MAX_DOOR_ANGLE);
    const closed = doorGeometry(0);
    expect(closed.leaf).toBe('50,30 110,30 110,160 50,160');
    expect(closed.light).toBe(0);
    const open = doorGeometry(doorAngle(80));
    const edge = (g: { leaf: string }) => Number(g.leaf.split(' ')[1]!.split(',')[0]);
    expect(edge(open)).toBeLessThan(edge(closed));
    expect(open.light).toBeGreaterThan(0.8);
  });

  it('moves no point of the door more than 0.45 units in one step of its glide', () => {
    const points = (angle: number) => {
      const door = doorGeometry(angle);
      return [door.leaf, door.spill, `${door.knob.cx} ${door.knob.cy}`].join(' ').split(/[ ,]/).map(Number);
    };
    let largest = 0;
    for (let angle = 0; angle + DOOR_GLIDE_STEP <= MAX_DOOR_ANGLE; angle += 0.1) {
      const [before, after] = [points(angle), points(angle + DOOR_GLIDE_STEP)];
      expect(after).toHaveLength(before.length);
      largest = Math.max(largest, ...before.map((value, index) => Math.abs(after[index]! - value)));
    }
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(0.451);
  });

  it('maps number keys to options', () => {
    expect(optionIndexForKey('1', 3)).toBe(0);
    expect(optionIndexForKey('3', 3)).toBe(2);
    expect(optionIndexForKey('4', 3)).toBeNull();
    expect(optionIndexForKey('0', 3)).toBeNull();
    expect(optionIndexForKey('a', 3)).toBeNull();
    expect(optionIndexForKey('12', 20)).toBeNull();
  });

  it('knows when the user is typing', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTypingTarget(make('<input type="text">'))).toBe(true);
    expect(isTypingTarget(make('<input>'))).toBe(true);
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<select></select>'))).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<button></button>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });

  it('builds the transcript and the announcement from the state, thoughts optional', () => {
    const session = startSession(fixture, { seed: 1 });
    expect(announcementView(fixture, stateOf(session), 'nl', { showThoughts: true })).toBeNull();
    expect(transcriptView(fixture, stateOf(session), 'en', { showThoughts: true }).map((i) => [i.speaker, i.kind, i.text, i.lang])).toEqual(
      [
        ['client', 'speech', 'Good morning.', 'en'],
        ['client', 'thought', 'What will they ask?', 'en'],
      ],
    );
    expect(transcriptView(fixture, stateOf(session), 'nl', { showThoughts: false })).toHaveLength(1);
    choose(session, 'welkom');
    choose(session, 'reflectie');
    expect(announcementView(fixture, stateOf(session), 'nl', { showThoughts: true })).toEqual({
      lines: [
        { kind: 'said', text: 'Ja. Precies.' },
        { kind: 'said', text: 'En nu?' },
      ],
      modeChange: 'opening',
      reaction: null,
    });
    expect(optionsView(fixture, stateOf(session), 'nl').map((o) => [o.number, o.id])).toEqual([
      [1, 'opschrijven'],
      [2, 'snel'],
    ]);
  });

  it('shortens names to the first name', () => {
    expect(shortName('Marco Jansen')).toBe('Marco');
    expect(shortName('  Fatima ')).toBe('Fatima');
  });
});

describe('ending view', () => {
  it('sets what was heard against the truth and rounds recall to a percentage', () => {
    const session = startSession(fixture, { seed: 1 });
    for (const id of ['welkom', 'huur-vragen', 'opschrijven']) choose(session, id);
    const view = endingView(fixture, stateOf(session), 'en');
    expect(view).toMatchObject({
      endingId: 'goed',
      title: { text: 'Marco goes home with a plan', lang: 'en' },
      finalMode: 'opening',
      walkedOut: false,
      turns: 3,
      facts: [
        {
          id: 'huur',
          topic: { text: 'Rent', lang: 'en' },
          fidelity: 'accurate',
          heard: { text: 'I am two months behind with the rent.', lang: 'en' },
          truth: { text: 'Two months of rent arrears.', lang: 'en' },
        },
      ],
      agreements: [{ id: 'bellen', text: { text: 'Call the housing association.', lang: 'en' }, written: true, remembered: true }],
      notMade: [{ id: 'afschriften', text: { text: 'Hand in bank statements.', lang: 'en' } }],
    });
    expect(view.recallPercent).toBe(Math.round(selectOutcome(fixture, stateOf(session)).recall * 100));
  });

  it('reports a walk-out with no recall', () => {
    const session = startSession(fixture, { seed: 1 });
    const state = stateOf(session);
    const outcome = {
      ...selectOutcome(fixture, state),
      ended: true,
      endingId: 'weg',
      walkedOut: true,
      mode: 'walked-out' as const,
      agreements: [],
      recall: 0,
    };
    const view = endingView(fixture, state, 'nl', outcome);
    expect(view).toMatchObject({ title: { text: 'Marco loopt weg' }, finalMode: 'walked-out', recallPercent: null });
    expect(view.facts[0]).toMatchObject({ fidelity: 'not-asked', heard: null });
  });
});

describe('scenario loader', () => {
  it('loads each scenario once, serves it synchronously afterwards, and forgets a failure', async () => {
    const source = fakeSource();
    const loader = createScenarioLoader(source);
    expect(loader.peek(fixture.id)).toBeUndefined();
    const [a, b] = await Promise.all([loader.load(fixture.id), loader.load(fixture.id)]);
    expect(a).toBe(fixture);
    expect(b).toBe(fixture);
    expect(loader.peek(fixture.id)).toBe(fixture);
    await expect(loader.load('nope')).rejects.toThrow('no scenario "nope"');
    await expect(loader.load('nope')).rejects.toThrow();
    expect(source.loads).toEqual(['test-welkom', 'nope', 'nope']);
  });
});

describe('debrief summary view', () => {
  const playedFixture = (choices: string[]) => {
    const session = startSession(fixture, { seed: 7 });
    for (const id of choices) choose(session, id);
    return stateOf(session);
  };

  it('lists no costly turn when every choice was among the best or made no difference', () => {
    const view = debriefView(fixture, playedFixture(['welkom', 'huur-vragen', 'opschrijven']), 'nl');
    expect(view.summary.costly).toEqual([]);
    expect(view.summary.bestTurns + view.summary.tieTurns).toBe(3);
  });

  it('lists at most three costly turns, costliest first, each with what to try and what it changes', () => {
    const view = debriefView(fixture, playedFixture(['dreigen', 'reflectie', 'snel']), 'nl');
    expect(view.summary.costly.length).toBeGreaterThan(0);
    expect(view.summary.costly.length).toBeLessThanOrEqual(3);
    const first = view.summary.costly[0]!;
    expect(first.turn).toBe(1); // the threat lost the ending; later turns lose less
    expect(first.tryInstead.text).toBe('Welkom. Hoe is het voor u om hier te zijn?');
    expect(first.differences[0]).toMatchObject({ kind: 'ending' });
    expect(first.why).toMatchObject({ kind: 'rule' });
    // Each listed turn's row recommends the same option.
    for (const c of view.summary.costly) expect(view.turns[c.turn - 1]!.best).toMatchObject({ verdict: 'other' });
  });

  it('passes over an author-set effect for the rule that did most harm, and cuts long quotes at a word', () => {
    expect(mainRule([{ id: 'author-override', stress: 20, trust: -5, load: 0 }])).toBeNull();
    expect(
      mainRule([
        { id: 'code.affirm', stress: -2, trust: 3, load: 0 },
        { id: 'jargon', stress: 4, trust: 0, load: 2 },
      ])?.id,
    ).toBe('jargon');
    expect(shorten({ text: 'Een twee drie vier vijf zes', lang: 'nl' }, 12)).toEqual({ text: 'Een twee…', lang: 'nl' });
    expect(shorten({ text: 'Kort.', lang: 'nl' }, 12)).toEqual({ text: 'Kort.', lang: 'nl' });
  });
});
