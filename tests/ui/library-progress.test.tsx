/** The library shows where to start, what was played and how it went, and leads to the attempts. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttemptStore } from '../../src/app/play/attempt-store.ts';
import { fakeSource } from './fixtures.ts';
import { renderApp } from './render.tsx';
import { goodAttempt, openAttempt, pathCatalogue, poorAttempt } from './selfstudy-fixtures.ts';

const source = () => fakeSource({ catalogue: pathCatalogue });

describe('library with progress', () => {
  it('lists the place to start first, marked in words', () => {
    renderApp({ source: source() });
    const regions = screen.getAllByRole('region');
    expect(regions[0]).toHaveAccessibleName('Begin hier');
    const card = within(regions[0]!).getByRole('article', { name: 'Eerste gesprek' });
    expect(within(card).getByText('Begin hier')).toBeInTheDocument();
    // not listed twice
    expect(screen.getAllByRole('article', { name: 'Eerste gesprek' })).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Werk en inkomen' })).not.toBeInTheDocument();
  });

  it('says "not played" for a scenario without attempts, with no link to attempts', () => {
    renderApp({ source: source() });
    const card = screen.getByRole('article', { name: 'Eerste gesprek' });
    expect(within(card).getByText('Nog niet gespeeld')).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /pogingen/ })).not.toBeInTheDocument();
  });

  it('shows how often it was played, the best outcome so far and when, and links to the attempts', () => {
    const store = new AttemptStore(window.localStorage);
    for (const a of [poorAttempt, goodAttempt, openAttempt]) store.save(a);
    renderApp({ source: source() });
    const card = screen.getByRole('article', { name: 'Eerste gesprek' });
    expect(within(card).getByText(/3 keer gespeeld, laatst op 3 mrt 2026/)).toBeInTheDocument();
    const best = within(card).getByText('Marco gaat met een plan naar huis');
    expect(best.closest('p')).toHaveTextContent(/^Beste afloop tot nu toe: Marco gaat met een plan naar huis \(.+\), op 1 mrt 2026$/);
    expect(within(card).getByRole('link', { name: 'Uw pogingen bij Eerste gesprek' })).toHaveAttribute('href', '#/s/test-welkom/attempts');
    // the other scenario stays unplayed
    expect(within(screen.getByRole('article', { name: 'Schulden op tafel' })).getByText('Nog niet gespeeld')).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    new AttemptStore(window.localStorage).save(goodAttempt);
    const { user } = renderApp({ source: source() });
    await user.click(screen.getByRole('button', { name: 'English' }));
    const card = screen.getByRole('article', { name: 'First conversation' });
    expect(screen.getAllByRole('region')[0]).toHaveAccessibleName('Start here');
    expect(within(card).getByText(/Played 1 time, last on 1 Mar 2026/)).toBeInTheDocument();
    expect(within(card).getByText('Marco goes home with a plan')).toHaveAttribute('lang', 'en');
    expect(within(card).getByRole('link', { name: 'Your attempts at First conversation' })).toBeInTheDocument();
  });

  it('the attempts link opens the attempts overview', async () => {
    new AttemptStore(window.localStorage).save(goodAttempt);
    const { user } = renderApp({ source: source() });
    await user.click(screen.getByRole('link', { name: 'Uw pogingen bij Eerste gesprek' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw pogingen' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
