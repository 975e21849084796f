/** Sources in the briefing (the only links out of Ruimte) and beside a turn in the debrief. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BriefingScreen } from '../../src/features/briefing/briefing-screen.tsx';
import { DebriefScreen } from '../../src/features/debrief/debrief-screen.tsx';
import { turnRows } from '../../src/features/debrief/debrief.view.ts';
import { choose, startSession, stateOf, type CompiledScenario } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

const withSources: CompiledScenario = {
  ...fixture,
  sources: [
    {
      id: 'pw-17',
      title: 'source.pw-17.title',
      url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=17',
      note: 'source.pw-17.note',
    },
    { id: 'kwaad', title: 'source.kwaad.title', url: 'javascript:alert(1)', note: null },
  ],
  moments: fixture.moments.map((m) => ({
    ...m,
    options: m.options.map((o) => (o.id === 'dreigen' ? { ...o, sources: ['pw-17', 'onbekend'] } : o)),
  })),
  lines: {
    ...fixture.lines,
    'source.pw-17.title': { nl: 'Participatiewet, artikel 17', en: 'Participation Act, article 17' },
    'source.pw-17.note': { nl: 'De inlichtingenplicht.' },
    'source.kwaad.title': { nl: 'Geen echte bron' },
    'begin.thought': { nl: 'Wat gaat {consulent} vragen?', en: 'What will {consulent} ask?' },
  },
};

function renderBriefing(scenario: CompiledScenario, lng: 'nl' | 'en' = 'nl') {
  return renderWithI18n(<BriefingScreen scenario={scenario} onStart={vi.fn()} libraryHref="#/" />, lng);
}

describe('sources in the briefing', () => {
  it('links each https source in a new tab, says that it leaves Ruimte, and shows the note', () => {
    renderBriefing(withSources);
    const section = screen.getByRole('region', { name: 'Bronnen voor de trainer' });
    const link = within(section).getByRole('link', {
      name: 'Participatiewet, artikel 17 (website buiten Ruimte: wetten.overheid.nl; opent in een nieuw tabblad)',
    });
    expect(link).toHaveAttribute('href', 'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=17');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(section).getByText('De inlichtingenplicht.')).toHaveAttribute('lang', 'nl');
  });

  it('never links an address that is not https: the title is plain text', () => {
    renderBriefing(withSources);
    const section = screen.getByRole('region', { name: 'Bronnen voor de trainer' });
    expect(within(section).getAllByRole('link')).toHaveLength(1);
    expect(within(section).getByText('Geen echte bron').closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('in English, with the Dutch note marked as Dutch', () => {
    renderBriefing(withSources, 'en');
    const section = screen.getByRole('region', { name: 'Sources for the trainer' });
    expect(
      within(section).getByRole('link', {
        name: 'Participation Act, article 17 (website outside Ruimte: wetten.overheid.nl; opens in a new tab)',
      }),
    ).toBeInTheDocument();
    expect(within(section).getByText('De inlichtingenplicht.')).toHaveAttribute('lang', 'nl');
  });

  it('has no sources section and no link out when the scenario lists none', () => {
    renderBriefing(fixture);
    expect(screen.queryByRole('region', { name: 'Bronnen voor de trainer' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((a) => /^https?:/.test(a.getAttribute('href') ?? ''))).toEqual([]);
  });

  it('tells the trainee how the client will refer to them, only when the scenario does', () => {
    const { unmount } = renderBriefing(withSources);
    expect(
      screen.getByText('In dit gesprek heeft de cliënt het over u als ‘die’. Dat kunt u wijzigen bij Instellingen.'),
    ).toBeInTheDocument();
    unmount();
    renderBriefing(fixture);
    expect(screen.queryByText(/heeft de cliënt het over u/)).not.toBeInTheDocument();
  });
});

describe('sources in the debrief', () => {
  it('names the sources of the chosen option beside its turn, leaving out unknown ids', () => {
    const session = startSession(withSources, { seed: 1 });
    choose(session, 'dreigen');
    choose(session, 'reflectie');
    const rows = turnRows(withSources, stateOf(session), 'en');
    expect(rows[0]!.sources).toEqual([{ text: 'Participation Act, article 17', lang: 'en' }]);
    expect(rows[1]!.sources).toEqual([]);
  });

  it('shows "Bron" with the title as text (no link) in the turn of that option', () => {
    const session = startSession(withSources, { seed: 1 });
    choose(session, 'dreigen');
    renderWithI18n(<DebriefScreen scenario={withSources} state={stateOf(session)} libraryHref="#/" />);
    const source = screen.getByText('Bron (link in de briefing):').closest('p')!;
    expect(source).toHaveTextContent('Bron (link in de briefing): Participatiewet, artikel 17');
    expect(within(source).queryByRole('link')).toBeNull();
  });
});
