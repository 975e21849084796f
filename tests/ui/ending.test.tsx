import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EndingScreen } from '../../src/features/ending/ending-screen.tsx';
import { choose, lineText, selectOutcome, startSession, stateOf } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

function finished(choices: string[]) {
  const session = startSession(fixture, { seed: 1 });
  for (const id of choices) choose(session, id);
  return session;
}

describe('ending', () => {
  it('says how it ended in a sentence, with the final mode, turns and recall, and leads to the debrief', async () => {
    const session = finished(['welkom', 'huur-vragen', 'opschrijven']);
    const outcome = selectOutcome(fixture, stateOf(session));
    const onPlayAgain = vi.fn();
    const { user } = renderWithI18n(
      <EndingScreen
        session={session}
        onPlayAgain={onPlayAgain}
        libraryHref="#/"
        debriefHref="#/s/test-welkom/debrief/x1"
        attemptsHref="#/s/test-welkom/attempts"
      />,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' })).toHaveFocus();
    expect(screen.getByText('Hij weet wat hij gaat doen.')).toBeInTheDocument();
    expect(screen.getByText('Aan het eind: gaat open')).toBeInTheDocument();
    expect(screen.getByText('3 beurten')).toBeInTheDocument();
    const percent = Math.round(outcome.recall * 100);
    expect(screen.getByText(`Marco onthoudt naar verwachting ${percent}% van de afspraken.`)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Naar de nabespreking' })).toHaveAttribute('href', '#/s/test-welkom/debrief/x1');
    expect(screen.getByRole('link', { name: 'Al uw pogingen' })).toHaveAttribute('href', '#/s/test-welkom/attempts');
    await user.click(screen.getByRole('button', { name: 'Opnieuw spelen' }));
    expect(onPlayAgain).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Terug naar de bibliotheek' })).toHaveAttribute('href', '#/');
  });

  it('shows the client as the conversation left them: portrait, door and last words, before the summary', () => {
    const session = finished(['welkom', 'huur-vragen', 'opschrijven']);
    const state = stateOf(session);
    const last = state.transcript.filter((e) => e.turn === state.turn && e.speaker === 'client');
    expect(last.length).toBeGreaterThan(0);
    renderWithI18n(<EndingScreen session={session} onPlayAgain={() => {}} libraryHref="#/" />);
    const scene = screen.getByRole('region', { name: 'Hoe Marco erbij zit aan het eind' });
    expect(within(scene).getByRole('img', { name: /^Marco / })).toBeInTheDocument();
    expect(within(scene).getByText(/^Mentale ruimte: \d+ van 100/)).toBeInTheDocument();
    for (const entry of last) expect(within(scene).getByText(lineText(fixture, entry.line, 'nl'))).toBeInTheDocument();
    // Before the summary sentence.
    const summary = screen.getByText('Hij weet wat hij gaat doen.');
    expect(scene.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers the debrief as a button when there is no address for it (nothing could be saved)', async () => {
    const session = finished(['dreigen', 'reflectie', 'snel']);
    const onDebrief = vi.fn();
    const { user } = renderWithI18n(<EndingScreen session={session} onPlayAgain={() => {}} libraryHref="#/" onDebrief={onDebrief} />, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Marco goes home with questions' })).toBeInTheDocument();
    expect(screen.getByText('At the end: closed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'All your attempts' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'To the debrief' }));
    expect(onDebrief).toHaveBeenCalledOnce();
  });
});
