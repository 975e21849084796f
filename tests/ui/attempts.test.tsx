import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttemptStore, ATTEMPTS_PREFIX, MAX_ATTEMPTS, newAttemptId, type Attempt } from '../../src/app/play/attempt-store.ts';
import { compareAttempts } from '../../src/features/attempts/attempts.view.ts';
import { replay, selectOutcome } from '../../src/engine/index.ts';
import { hashFor, parseHash } from '../../src/app/route.ts';
import { fixture } from './fixtures.ts';
import { renderApp } from './render.tsx';

/** The debrief and attempts screens are loaded on demand; the first load in a test takes a moment. */
const LAZY = { timeout: 10_000 };

function attempt(id: string, choices: string[], startedAt: string, extra: Partial<Attempt> = {}): Attempt {
  const state = replay(fixture, choices, { seed: 5 });
  const ended = state.ending !== null;
  const outcome = selectOutcome(fixture, state);
  return {
    id,
    scenarioId: 'test-welkom',
    scenarioVersion: 1,
    seed: 5,
    choices,
    startedAt,
    finishedAt: ended ? startedAt : null,
    branchOf: null,
    summary: ended
      ? {
          endingId: outcome.endingId,
          mode: outcome.mode,
          turns: outcome.turns,
          disclosed: outcome.disclosed.length,
          recall: outcome.recall,
        }
      : null,
    ...extra,
  };
}

const good = attempt('a-1', ['welkom', 'huur-vragen', 'opschrijven'], '2026-03-01T09:00:00.000Z');
const bad = attempt('b-2', ['dreigen', 'reflectie', 'snel'], '2026-03-01T10:00:00.000Z');

describe('attempt addresses', () => {
  it('parses and builds the attempts and debrief routes, and keeps the old ones', () => {
    expect(parseHash('#/s/test-welkom/attempts')).toEqual({ screen: 'attempts', id: 'test-welkom' });
    expect(parseHash('#/s/test-welkom/debrief/mwyg-12ab')).toEqual({ screen: 'debrief', id: 'test-welkom', attemptId: 'mwyg-12ab' });
    expect(hashFor({ screen: 'debrief', id: 'x', attemptId: 'a-1' })).toBe('#/s/x/debrief/a-1');
    expect(parseHash('#/s/x/debrief/')).toEqual({ screen: 'library' });
    expect(parseHash('#/s/x/debrief/A_B')).toEqual({ screen: 'library' });
    expect(parseHash('#/s/x/play')).toEqual({ screen: 'play', id: 'x' });
  });
});

describe('attempt store', () => {
  it('keeps attempts per scenario, replaces by id, and keeps the list bounded', () => {
    const store = new AttemptStore(window.localStorage);
    expect(store.save(good)).toBe(true);
    expect(store.save(bad)).toBe(true);
    expect(store.save({ ...good, choices: ['welkom'] })).toBe(true);
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [{ ...good, choices: ['welkom'] }, bad], problem: null, dropped: 0 });
    for (let i = 0; i < MAX_ATTEMPTS + 5; i += 1)
      store.save(attempt(`x-${i}`, ['welkom'], `2026-04-01T10:${String(i).padStart(2, '0')}:00.000Z`));
    expect(store.load('test-welkom', 1).attempts).toHaveLength(MAX_ATTEMPTS);
  });

  it('reports no storage as a failed save, and keeps attempts of another scenario version', () => {
    expect(new AttemptStore(null).save(good)).toBe(false);
    const store = new AttemptStore(window.localStorage);
    store.save(good);
    store.save({ ...bad, scenarioVersion: 0 });
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).toContain('b-2');
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [good, { ...bad, scenarioVersion: 0 }], problem: null, dropped: 0 });
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).toContain('b-2');
    // Listed, but not replayed: its debrief is not offered by id.
    expect(store.find('test-welkom', 1, 'b-2')).toBeNull();
  });

  it('makes ids that fit in an address', () => {
    expect(newAttemptId(new Date('2026-03-01T09:00:00Z'), () => 0.5)).toMatch(/^[a-z0-9]+-[a-z0-9]{4}$/);
  });
});

describe('attempts page', { timeout: 20_000 }, () => {
  it('lists every attempt and compares two side by side with both curves in each chart', async () => {
    const store = new AttemptStore(window.localStorage);
    store.save(good);
    store.save(bad);
    store.save(attempt('c-3', ['welkom'], '2026-03-01T11:00:00.000Z', { branchOf: { attemptId: 'a-1', turn: 1 } }));
    const { user } = renderApp({ hash: '#/s/test-welkom/attempts' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw pogingen' }, LAZY)).toHaveFocus();

    const cards = [...document.querySelectorAll<HTMLElement>('.attempt-card')];
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByRole('link', { name: 'Nabespreking van poging 1' })).toHaveAttribute(
      'href',
      '#/s/test-welkom/debrief/a-1',
    );
    expect(within(cards[0]!).getByText('Marco gaat met een plan naar huis (gaat open)')).toBeInTheDocument();
    expect(within(cards[2]!).getByText('verder vanaf poging 1, beurt 2')).toBeInTheDocument();
    expect(within(cards[2]!).getByRole('button', { name: 'Verder met poging 3' })).toBeInTheDocument();

    const compare = screen.getByRole('region', { name: 'Twee pogingen vergelijken' });
    expect(within(compare).getByRole('combobox', { name: 'Eerste poging' })).toHaveValue('a-1');
    expect(within(compare).getByRole('combobox', { name: 'Tweede poging' })).toHaveValue('b-2');
    expect(within(compare).getByRole('img', { name: 'Mentale ruimte in poging 1 en poging 2, per beurt' })).toBeInTheDocument();
    expect(within(compare).getByRole('img', { name: 'Stress in poging 1 en poging 2, per beurt' })).toBeInTheDocument();
    const legend = within(compare).getByRole('list', { name: 'Lijnen' });
    expect(legend).toHaveTextContent('Poging 1 (doorgetrokken lijn)');
    expect(legend).toHaveTextContent('Poging 2 (gestreepte lijn)');
    const ending = within(compare).getByText('Einde').closest('tr')!;
    expect(within(ending).getByText('Marco gaat met een plan naar huis')).toBeInTheDocument();
    expect(within(ending).getByText('Marco gaat met vragen naar huis')).toBeInTheDocument();

    // The overlaid curves carry exactly the engine's numbers.
    const comparison = compareAttempts(fixture, { attempt: good, n: 1 }, { attempt: bad, n: 2 }, 'nl')!;
    const lines = within(compare)
      .getByRole('img', { name: /^Mentale ruimte/ })
      .querySelectorAll('.line-chart__line');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(lines[0]!.getAttribute('stroke-dasharray')).toBeNull();
    expect(comparison.a.values.room).toEqual(
      replay(fixture, good.choices, { seed: 5 }).explanations.reduce<number[]>(
        (acc, e, i) => (i === 0 ? [Math.round(e.before.room), Math.round(e.after.room)] : [...acc, Math.round(e.after.room)]),
        [],
      ),
    );

    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Tweede poging' }), 'a-1');
    expect(within(compare).getByText('Kies twee verschillende pogingen.')).toBeInTheDocument();
  });

  it('opens the debrief of a kept attempt at its address', async () => {
    new AttemptStore(window.localStorage).save(bad);
    renderApp({ hash: '#/s/test-welkom/debrief/b-2' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
    expect(screen.getByText('Marco gaat met vragen naar huis')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Terug naar beurt/ })).toHaveLength(3);
  });

  it('says so when the attempt is not kept', async () => {
    renderApp({ hash: '#/s/test-welkom/debrief/weg-1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze poging is niet gevonden' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Al uw pogingen' })).toHaveAttribute('href', '#/s/test-welkom/attempts');
  });

  it('continues an unfinished attempt from the list', async () => {
    new AttemptStore(window.localStorage).save(attempt('c-3', ['welkom'], '2026-03-01T11:00:00.000Z'));
    const { user } = renderApp({ hash: '#/s/test-welkom/attempts' });
    await user.click(await screen.findByRole('button', { name: 'Verder met poging 1' }, LAZY));
    const group = await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(window.location.hash).toBe('#/s/test-welkom/play');
    expect(within(group).getByRole('button', { name: /Het is veel tegelijk/ })).toBeInTheDocument();
  });
});

describe('attempts of an older scenario version', { timeout: 20_000 }, () => {
  it('stay listed with their saved summary, marked as not replayable, with nothing to replay them by', async () => {
    const store = new AttemptStore(window.localStorage);
    store.save({ ...good, scenarioVersion: 0 });
    store.save({ ...attempt('c-3', ['welkom'], '2026-03-01T11:00:00.000Z'), scenarioVersion: 0 });
    store.save(bad);
    renderApp({ hash: '#/s/test-welkom/attempts' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw pogingen' }, LAZY)).toBeInTheDocument();

    const cards = [...document.querySelectorAll<HTMLElement>('.attempt-card')];
    expect(cards).toHaveLength(3);
    const marked = 'gespeeld met een oudere versie van het scenario: kan niet opnieuw worden gespeeld';
    expect(within(cards[0]!).getByText(marked)).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Marco gaat met een plan naar huis (gaat open)')).toBeInTheDocument();
    expect(within(cards[0]!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(cards[1]!).queryByText(marked)).not.toBeInTheDocument();
    expect(within(cards[1]!).getByRole('link', { name: 'Nabespreking van poging 2' })).toBeInTheDocument();
    expect(within(cards[2]!).getByText(marked)).toBeInTheDocument();
    expect(within(cards[2]!).queryByRole('button')).not.toBeInTheDocument();
    // Only one attempt replays, so there is nothing to compare yet.
    expect(screen.getByText('Speel het scenario twee keer om pogingen te vergelijken.')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)!).attempts).toHaveLength(3);
  });

  it('is not continued by a reload of the play page, but kept, with a notice', async () => {
    const store = new AttemptStore(window.localStorage);
    const old = { ...attempt('c-3', ['welkom'], '2026-03-01T11:00:00.000Z'), scenarioVersion: 0 };
    store.save(old);
    store.setCurrent('test-welkom', 'c-3');
    renderApp({ hash: '#/s/test-welkom/play' });
    const group = await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(within(group).getByRole('button', { name: /Hoe is het voor u om hier te zijn/ })).toBeInTheDocument();
    expect(screen.getByText(/hoorde bij een oudere versie van het scenario en kan niet verder worden gespeeld/)).toBeInTheDocument();
    expect(store.load('test-welkom', 1).attempts).toEqual([old]);
  });
});
