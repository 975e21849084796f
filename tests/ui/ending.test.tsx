import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EndingScreen } from '../../src/features/ending/ending-screen.tsx';
import { choose, selectOutcome, startSession, stateOf } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

function finished(choices: string[]) {
  const session = startSession(fixture, { seed: 1 });
  for (const id of choices) choose(session, id);
  return session;
}

describe('ending', () => {
  it('shows the ending, the final mode and the outcome: facts against the truth, agreements and recall', async () => {
    const session = finished(['welkom', 'huur-vragen', 'opschrijven']);
    const outcome = selectOutcome(fixture, stateOf(session));
    const onPlayAgain = vi.fn();
    const { user } = renderWithI18n(<EndingScreen session={session} onPlayAgain={onPlayAgain} libraryHref="#/" />);

    expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toHaveFocus();
    expect(screen.getByText('Hij weet wat hij gaat doen.')).toBeInTheDocument();
    expect(screen.getByText('Aan het eind: gaat open')).toBeInTheDocument();
    expect(screen.getByText('3 beurten')).toBeInTheDocument();

    const facts = screen.getByRole('region', { name: 'Wat u te weten kwam' });
    const rent = within(facts).getByRole('listitem');
    expect(within(rent).getByRole('heading', { name: 'Huur' })).toBeInTheDocument();
    expect(outcome.facts[0]!.fidelity).toBe('accurate');
    expect(within(rent).getByText('juist verteld')).toBeInTheDocument();
    expect(within(rent).getByText('Ik loop twee maanden achter met de huur.')).toBeInTheDocument();
    expect(within(rent).getByText('Twee maanden huurachterstand.')).toBeInTheDocument();

    const agreements = screen.getByRole('region', { name: 'Afspraken' });
    const percent = Math.round(outcome.recall * 100);
    expect(within(agreements).getByText(`Naar verwachting onthoudt Marco ${percent}% van de afspraken.`)).toBeInTheDocument();
    expect(within(agreements).getByText('De corporatie bellen.')).toBeInTheDocument();
    expect(within(agreements).getByText('opgeschreven')).toBeInTheDocument();
    const chance = Math.round(outcome.agreements[0]!.chance * 100);
    expect(within(agreements).getByText(`Marco onthoudt dit waarschijnlijk (kans ${chance}%).`)).toBeInTheDocument();
    expect(within(agreements).getByRole('heading', { name: 'Niet afgesproken' })).toBeInTheDocument();
    expect(within(agreements).getByText('Afschriften inleveren.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opnieuw spelen' }));
    expect(onPlayAgain).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Terug naar de bibliotheek' })).toHaveAttribute('href', '#/');
  });

  it('shows a fact that never came up, and an agreement the client will probably forget', () => {
    const session = finished(['dreigen', 'reflectie', 'snel']);
    renderWithI18n(<EndingScreen session={session} onPlayAgain={() => {}} libraryHref="#/" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met vragen naar huis' })).toBeInTheDocument();
    expect(screen.getByText('Aan het eind: gesloten')).toBeInTheDocument();
    expect(screen.getByText('niet ter sprake gekomen')).toBeInTheDocument();
    expect(screen.getByText('niet opgeschreven')).toBeInTheDocument();
    expect(screen.getByText(/^Marco vergeet dit waarschijnlijk \(kans \d+%\)\.$/)).toBeInTheDocument();
  });

  it('renders the debrief extension point below the summary', () => {
    const session = finished(['welkom', 'reflectie', 'opschrijven']);
    renderWithI18n(<EndingScreen session={session} onPlayAgain={() => {}} libraryHref="#/" debrief={<section aria-label="debrief">…</section>} />);
    expect(screen.getByRole('region', { name: 'debrief' })).toBeInTheDocument();
  });
});
