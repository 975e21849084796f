/**
 * Saved data under damage and half-working storage:
 *  - a damaged attempt in the saved list costs only that attempt, whatever the damage, with a notice;
 *  - storage whose reads fail (throw, or lose what was written) while writes work, or the reverse, never
 *    hides the debrief of the attempt just played: the attempt in memory is enough;
 *  - a rewind says the earlier attempt is kept only when it really is.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttemptStore, ATTEMPTS_PREFIX, type Attempt } from '../../src/app/play/attempt-store.ts';
import { replay, selectOutcome } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { pressOption, renderApp } from './render.tsx';

const LAZY = { timeout: 10_000 };
const KEY = `${ATTEMPTS_PREFIX}test-welkom`;
const PLAY = '#/s/test-welkom/play';

function attempt(id: string, choices: string[], startedAt: string): Attempt {
  const state = replay(fixture, choices, { seed: 5 });
  const outcome = selectOutcome(fixture, state);
  const ended = state.ending !== null;
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
  };
}

const first = attempt('a-1', ['welkom', 'huur-vragen', 'opschrijven'], '2026-03-01T09:00:00.000Z');
const second = attempt('b-2', ['dreigen', 'reflectie', 'snel'], '2026-03-01T10:00:00.000Z');
const third = attempt('c-3', ['welkom', 'reflectie'], '2026-03-01T11:00:00.000Z');

/** The saved list as JSON text, with the middle attempt's text changed by `damage`. */
function savedWithDamagedMiddle(damage: (entry: string) => string): string {
  const entries = [first, second, third].map((a) => JSON.stringify(a));
  entries[1] = damage(entries[1]!);
  return `{"format":1,"attempts":[${entries.join(',')}]}`;
}

const realGetItem = Storage.prototype.getItem;
const storedIds = () =>
  (JSON.parse(realGetItem.call(window.localStorage, KEY) ?? '{"attempts":[]}') as { attempts: Attempt[] }).attempts.map((a) => a.id);

afterEach(() => vi.restoreAllMocks());

describe('one damaged attempt costs only that attempt', { timeout: 20_000 }, () => {
  it.each([
    ['a quote lost (the list no longer parses)', (e: string) => e.replace('"seed"', 'seed"')],
    ['a stray byte in a string', (e: string) => e.replace('"dreigen"', '"dre\\x"igen"')],
    ['a field cut out', (e: string) => e.replace(/"choices":\[[^\]]*\],/, '"choices":[')],
    ['a brace lost', (e: string) => e.replace(/}$/, '')],
    ['garbage instead of the attempt', () => '\u0000\u00ff%%%'],
    ['a field of the wrong type', (e: string) => e.replace('"seed":5', '"seed":"vijf"')],
    ['an attempt of another scenario', (e: string) => e.replace('"scenarioId":"test-welkom"', '"scenarioId":"ander"')],
  ])('%s: the other attempts stay, the store is readable again, and it says so', (_name, damage) => {
    window.localStorage.setItem(KEY, savedWithDamagedMiddle(damage));
    const store = new AttemptStore(window.localStorage);
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [first, third], problem: 'corrupt', dropped: 1 });
    expect(storedIds()).toEqual(['a-1', 'c-3']);
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [first, third], problem: null, dropped: 0 });
  });

  it('a list cut short keeps every attempt before the cut', () => {
    const whole = savedWithDamagedMiddle((e) => e);
    window.localStorage.setItem(KEY, whole.slice(0, whole.indexOf('"c-3"') + 10));
    expect(new AttemptStore(window.localStorage).load('test-welkom', 1)).toEqual({
      attempts: [first, second],
      problem: 'corrupt',
      dropped: 1,
    });
  });

  it('damage outside the attempts (the list around them) loses nothing and needs no notice', () => {
    window.localStorage.setItem(KEY, savedWithDamagedMiddle((e) => e).replace('{"format":1,', '{"format":1,,'));
    expect(new AttemptStore(window.localStorage).load('test-welkom', 1)).toEqual({
      attempts: [first, second, third],
      problem: null,
      dropped: 0,
    });
  });

  it('a copied attempt (the same id twice) is shown once, without a notice', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ format: 1, attempts: [first, second, { ...second, choices: ['welkom'] }, third] }));
    expect(new AttemptStore(window.localStorage).load('test-welkom', 1)).toEqual({
      attempts: [first, second, third],
      problem: null,
      dropped: 0,
    });
    expect(storedIds()).toEqual(['a-1', 'b-2', 'c-3']);
  });

  it('the attempts page lists the others and says one was removed', async () => {
    window.localStorage.setItem(
      KEY,
      savedWithDamagedMiddle((e) => e.replace('"seed"', 'seed"')),
    );
    renderApp({ hash: '#/s/test-welkom/attempts' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Poging 2' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Poging 3' })).not.toBeInTheDocument();
    const notice = screen.getByText('Een bewaarde poging was beschadigd en is verwijderd. Uw andere pogingen zijn er nog.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('the play page says how many were removed and that the others are still there', async () => {
    window.localStorage.setItem(
      KEY,
      savedWithDamagedMiddle(() => '{"id":"x"')
        .replace('"c-3"', '"c-3')
        .replace(/\]\}$/, ''),
    );
    renderApp({ hash: PLAY });
    await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(
      screen.getByText('2 bewaarde pogingen waren beschadigd en zijn verwijderd. Uw andere pogingen zijn er nog.'),
    ).toBeInTheDocument();
    expect(storedIds()).toEqual(['a-1']);
  });
});

async function playToTheEnd() {
  const rendered = renderApp({ hash: PLAY });
  await screen.findByRole('group', { name: 'Wat zegt u?' });
  for (let i = 0; i < 3; i += 1) await pressOption(rendered.user, '1');
  expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toBeInTheDocument();
  return rendered;
}

/** The ending's way to the debrief: a link to its page when saved, a button that opens it in place when not. */
const toDebrief = () => screen.getByText('Naar de nabespreking');

describe('the debrief of the attempt just played is always shown', { timeout: 20_000 }, () => {
  it('when storage reads throw but writes work, and the attempts already kept are not overwritten', async () => {
    new AttemptStore(window.localStorage).save(first);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { user } = await playToTheEnd();
    await user.click(toDebrief());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
    expect(screen.queryByText('Deze poging is niet gevonden')).not.toBeInTheDocument();
    vi.restoreAllMocks();
    expect(storedIds()).toContain('a-1');
  });

  it('when storage reads silently lose what was written', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      return key.startsWith('ruimte.attempts.') ? null : realGetItem.call(this, key);
    });
    const { user } = await playToTheEnd();
    await user.click(toDebrief());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
  });

  it('when storage becomes unreadable between the ending and the debrief page', async () => {
    const { user } = await playToTheEnd();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await user.click(toDebrief());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
  });

  it('when writes throw but reads work', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user } = await playToTheEnd();
    await user.click(toDebrief());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
  });
});

describe('a rewind says what is really kept', { timeout: 20_000 }, () => {
  it('from the transcript, with storage refusing writes: the earlier attempt is not said to be kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user } = renderApp({ hash: PLAY });
    await screen.findByRole('group', { name: 'Wat zegt u?' });
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(
      screen.getByText('U bent terug bij beurt 2. Uw eerdere poging kon in deze browser niet worden bewaard.').closest('[role="status"]'),
    ).not.toBeNull();
    expect(screen.queryByText(/blijft bewaard/)).not.toBeInTheDocument();
  });

  it('from the debrief page of an attempt only in memory: not said to be kept', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      return key.startsWith('ruimte.attempts.') ? null : realGetItem.call(this, key);
    });
    const { user } = await playToTheEnd();
    await user.click(toDebrief());
    await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY);
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    await waitFor(() => expect(window.location.hash).toBe(PLAY));
    const group = await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(within(group).getAllByRole('button').length).toBeGreaterThan(0);
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging kon in deze browser niet worden bewaard.')).toBeInTheDocument();
  });

  it('with storage switched off entirely (even reaching it throws): not said to be kept, debrief in place', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const { user } = renderApp({ hash: PLAY });
    await screen.findByRole('group', { name: 'Wat zegt u?' });
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging kon in deze browser niet worden bewaard.')).toBeInTheDocument();
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(toDebrief());
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
  });

  it('with working storage it still says the earlier attempt is kept', async () => {
    const { user } = renderApp({ hash: PLAY });
    await screen.findByRole('group', { name: 'Wat zegt u?' });
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging blijft bewaard.')).toBeInTheDocument();
  });

  it('continuing an unfinished attempt from the list says it continues, not that it was rewound', async () => {
    new AttemptStore(window.localStorage).save(third);
    const { user } = renderApp({ hash: '#/s/test-welkom/attempts' });
    await user.click(await screen.findByRole('button', { name: 'Verder met poging 1' }, LAZY));
    await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(screen.getByText('U gaat verder waar u was gebleven, bij beurt 3.')).toBeInTheDocument();
  });
});
