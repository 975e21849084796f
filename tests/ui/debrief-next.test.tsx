/** After a debrief, the app suggests what to play next and says why. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttemptStore } from '../../src/app/play/attempt-store.ts';
import { fakeSource } from './fixtures.ts';
import { renderApp } from './render.tsx';
import { debtPathEntry, poorAttempt, welcomeEntry } from './selfstudy-fixtures.ts';

const LAZY = { timeout: 10_000 };

describe('what next', () => {
  it('names the habit that went worst and links to a scenario that trains it', async () => {
    new AttemptStore(window.localStorage).save(poorAttempt);
    const source = fakeSource({ catalogue: [welcomeEntry, { ...debtPathEntry, trains: ['asked-about-stress'] }] });
    renderApp({ hash: '#/s/test-welkom/debrief/b-2', source });
    const section = await screen.findByRole('region', { name: 'Wat nu?' }, LAZY);
    expect(section).toHaveTextContent('Het minst goed ging „Gevraagd hoe het met de cliënt gaat”: dat deed u in dit gesprek niet.');
    expect(within(section).getByRole('link', { name: 'Schulden op tafel' })).toHaveAttribute('href', '#/s/schulden');
  });

  it('suggests a scenario not yet played when no other scenario trains what went wrong', async () => {
    new AttemptStore(window.localStorage).save(poorAttempt);
    renderApp({ hash: '#/s/test-welkom/debrief/b-2', source: fakeSource({ catalogue: [welcomeEntry, debtPathEntry] }) });
    const section = await screen.findByRole('region', { name: 'Wat nu?' }, LAZY);
    expect(section).toHaveTextContent('Een gesprek dat u nog niet speelde:');
    expect(within(section).getByRole('link', { name: 'Schulden op tafel' })).toBeInTheDocument();
  });
});
