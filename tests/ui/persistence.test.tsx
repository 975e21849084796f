import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPTS_FORMAT, ATTEMPTS_PREFIX, CURRENT_PREFIX, type Attempt } from '../../src/app/play/attempt-store.ts';
import { pressOption, renderApp, replied } from './render.tsx';

/** The debrief and attempts screens are loaded on demand; the first load in a test takes a moment. */
const LAZY = { timeout: 10_000 };

const KEY = `${ATTEMPTS_PREFIX}test-welkom`;
const PLAY = '#/s/test-welkom/play';

const stored = (): Attempt[] => (JSON.parse(window.localStorage.getItem(KEY) ?? '{"attempts":[]}') as { attempts: Attempt[] }).attempts;
const options = () => screen.getByRole('group', { name: 'Wat zegt u?' });

async function openPlay() {
  const rendered = renderApp({ hash: PLAY });
  await screen.findByRole('group', { name: 'Wat zegt u?' });
  return rendered;
}

afterEach(() => vi.restoreAllMocks());

describe('persistence: saved after every turn, resumed after a reload', { timeout: 20_000 }, () => {
  it('resumes at the same turn after a reload, with the conversation so far', async () => {
    const first = await openPlay();
    await pressOption(first.user, '1');
    await pressOption(first.user, '2');
    expect(stored()).toHaveLength(1);
    expect(stored()[0]).toMatchObject({
      scenarioId: 'test-welkom',
      scenarioVersion: 1,
      choices: ['welkom', 'reflectie'],
      finishedAt: null,
    });
    expect(window.localStorage.getItem(`${CURRENT_PREFIX}test-welkom`)).toBe(stored()[0]!.id);
    first.unmount();

    await openPlay();
    expect(screen.getByText('U gaat verder waar u was gebleven, bij beurt 3.')).toBeInTheDocument();
    expect(screen.getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(within(options()).getByRole('button', { name: /Zullen we samen opschrijven/ })).toBeInTheDocument();
    expect(stored()).toHaveLength(1);
  });

  it('starts again from the resume notice, keeping the old attempt', async () => {
    const first = await openPlay();
    await pressOption(first.user, '1');
    first.unmount();
    const { user } = await openPlay();
    await user.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(within(options()).getByRole('button', { name: /Hoe is het voor u om hier te zijn/ })).toBeInTheDocument();
    expect(screen.queryByText(/U gaat verder/)).not.toBeInTheDocument();
    await pressOption(user, '2');
    expect(stored().map((a) => a.choices)).toEqual([['welkom'], ['papieren']]);
  });

  it.each([
    ['not JSON at all', '{kapot', 'Een bewaarde poging was beschadigd en is verwijderd. U begint opnieuw.'],
    [
      'the wrong shape',
      JSON.stringify({ format: 1, attempts: [{ id: 'x', choices: 'welkom' }] }),
      'Een bewaarde poging was beschadigd en is verwijderd. U begint opnieuw.',
    ],
  ])('discards saved data that is %s, with a visible notice, and starts fresh', async (_name, raw, message) => {
    window.localStorage.setItem(KEY, raw);
    window.localStorage.setItem(`${CURRENT_PREFIX}test-welkom`, 'x');
    await openPlay();
    const notice = screen.getByText(message);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(within(options()).getByRole('button', { name: /Hoe is het voor u om hier te zijn/ })).toBeInTheDocument();
    expect(window.localStorage.getItem(KEY)).not.toBe(raw);
  });

  it('migrates a list in an older save format instead of dropping it, and resumes its attempt', async () => {
    const attempt: Attempt = {
      id: 'abc-1',
      scenarioId: 'test-welkom',
      scenarioVersion: 1,
      seed: 3,
      choices: ['welkom', 'reflectie'],
      startedAt: '2026-01-01T10:00:00.000Z',
      finishedAt: null,
      branchOf: null,
      summary: null,
    };
    window.localStorage.setItem(KEY, JSON.stringify({ format: 1, attempts: [attempt] }));
    window.localStorage.setItem(`${CURRENT_PREFIX}test-welkom`, 'abc-1');
    await openPlay();
    expect(screen.getByText('U gaat verder waar u was gebleven, bij beurt 3.')).toBeInTheDocument();
    expect(screen.getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(stored()).toEqual([attempt]);
    expect(JSON.parse(window.localStorage.getItem(KEY)!)).toMatchObject({ format: ATTEMPTS_FORMAT });
  });

  it('discards an attempt whose choices the scenario no longer has (it changed)', async () => {
    const attempt: Attempt = {
      id: 'abc-1',
      scenarioId: 'test-welkom',
      scenarioVersion: 1,
      seed: 3,
      choices: ['welkom', 'bestaat-niet'],
      startedAt: '2026-01-01T10:00:00.000Z',
      finishedAt: null,
      branchOf: null,
      summary: null,
    };
    window.localStorage.setItem(KEY, JSON.stringify({ format: 1, attempts: [attempt] }));
    window.localStorage.setItem(`${CURRENT_PREFIX}test-welkom`, 'abc-1');
    await openPlay();
    expect(screen.getByText(/oudere versie van het scenario/)).toBeInTheDocument();
    expect(within(options()).getByRole('button', { name: /Hoe is het voor u om hier te zijn/ })).toBeInTheDocument();
    expect(stored().map((a) => a.id)).not.toContain('abc-1');
  });

  it('plays on without saving when storage refuses, says so once, and still opens the debrief', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user } = await openPlay();
    await pressOption(user, '1');
    expect(setItem).toHaveBeenCalled();
    expect(screen.getByText(/Uw voortgang kan in deze browser niet worden bewaard/).closest('[role="status"]')).not.toBeNull();
    await pressOption(user, '1');
    await pressOption(user, '1');
    expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toBeInTheDocument();
    expect(screen.getAllByText(/Uw voortgang kan in deze browser niet worden bewaard/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Naar de nabespreking' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 3' }));
    expect(within(options()).getByRole('button', { name: /Zullen we samen opschrijven/ })).toBeInTheDocument();
  });
});

describe('rewind from the debrief page', { timeout: 20_000 }, () => {
  it('goes back to that turn in a new attempt; the next choice differs and the old attempt stays', async () => {
    const { user } = await openPlay();
    await pressOption(user, '1');
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(screen.getByRole('link', { name: 'Naar de nabespreking' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toHaveFocus();
    const original = stored()[0]!;
    expect(window.location.hash).toBe(`#/s/test-welkom/debrief/${original.id}`);
    expect(original.choices).toEqual(['welkom', 'huur-vragen', 'opschrijven']);
    expect(original.finishedAt).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    await waitFor(() => expect(window.location.hash).toBe(PLAY));
    const group = await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging blijft bewaard.')).toBeInTheDocument();
    expect(screen.getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: /Het is veel tegelijk/ })).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: /Het is veel tegelijk/ }));
    await replied();

    const [old, branch] = stored();
    expect(old).toEqual(original);
    expect(branch).toMatchObject({ seed: original.seed, choices: ['welkom', 'reflectie'], branchOf: { attemptId: original.id, turn: 1 } });
  });
});

describe('rewind from the transcript', { timeout: 20_000 }, () => {
  it('replays to that turn with the same seed in a new attempt, and the next choice can differ', async () => {
    const { user } = await openPlay();
    await pressOption(user, '1');
    await pressOption(user, '1');
    const [before] = stored();
    expect(before!.choices).toEqual(['welkom', 'huur-vragen']);

    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging blijft bewaard.').closest('[role="status"]')).not.toBeNull();
    const group = options();
    expect(screen.getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(screen.queryByText('Ik loop twee maanden achter met de huur.')).not.toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: /Het is veel tegelijk/ }));
    await replied();
    expect(screen.getByText('Ja. Precies.')).toBeInTheDocument();

    const [old, branch] = stored();
    expect(old).toEqual(before);
    expect(branch).toMatchObject({ seed: before!.seed, choices: ['welkom', 'reflectie'], branchOf: { attemptId: before!.id, turn: 1 } });
  });
});

describe('the rewind note on the ending', { timeout: 20_000 }, () => {
  it('is gone once the rewound conversation has ended', async () => {
    const { user } = await openPlay();
    await pressOption(user, '1');
    await pressOption(user, '1');
    await user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(screen.getByText('U bent terug bij beurt 2. Uw eerdere poging blijft bewaard.')).toBeInTheDocument();
    for (let i = 0; i < 5 && screen.queryByRole('group', { name: 'Wat zegt u?' }); i += 1) await pressOption(user, '1');
    expect(screen.getByRole('link', { name: 'Naar de nabespreking' })).toBeInTheDocument();
    expect(screen.queryByText('U bent terug bij beurt 2. Uw eerdere poging blijft bewaard.')).not.toBeInTheDocument();
  });
});

describe('the ending survives a reload and the way back from the debrief', { timeout: 20_000 }, () => {
  it('shows the same ending after a reload; starting from the briefing begins a new conversation', async () => {
    const first = await openPlay();
    for (let i = 0; i < 3; i += 1) await pressOption(first.user, '1');
    expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toBeInTheDocument();
    first.unmount();

    const { user } = renderApp({ hash: PLAY });
    expect(await screen.findByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de nabespreking' })).toHaveAttribute(
      'href',
      `#/s/test-welkom/debrief/${stored()[0]!.id}`,
    );

    window.history.replaceState(null, '', '/#/s/test-welkom');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await user.click(await screen.findByRole('button', { name: 'Start het gesprek' }));
    const group = await screen.findByRole('group', { name: 'Wat zegt u?' });
    expect(within(group).getByRole('button', { name: /Hoe is het voor u om hier te zijn/ })).toBeInTheDocument();
  });
});
