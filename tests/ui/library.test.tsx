import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render.tsx';

describe('library', () => {
  it('groups scenarios by translated domain, with persona, summary, duration and level', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Kies een gesprek' })).toBeInTheDocument();
    const work = screen.getByRole('region', { name: 'Werk en inkomen' });
    const debt = screen.getByRole('region', { name: 'Schuldhulpverlening' });
    expect(screen.queryByRole('region', { name: 'Jeugd en gezin' })).not.toBeInTheDocument();

    const card = within(work).getByRole('article', { name: 'Eerste gesprek' });
    expect(within(card).getByText('Marco Jansen, 44 jaar')).toBeInTheDocument();
    expect(within(card).getByText('Marco vraagt bijstand aan.')).toBeInTheDocument();
    expect(within(card).getByText('5 minuten')).toBeInTheDocument();
    expect(within(card).getByText('Niveau: basis')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Naar de briefing: Eerste gesprek' })).toHaveAttribute('href', '#/s/test-welkom');

    const debtCard = within(debt).getByRole('article', { name: 'Schulden op tafel' });
    expect(within(debtCard).getByText('Fatima El Amrani, 37 jaar')).toBeInTheDocument();
    expect(within(debtCard).getByText('Niveau: gevorderd')).toBeInTheDocument();
  });

  it("shows a broken scenario's error count and first errors instead of a start link, and hides no other card", () => {
    renderApp();
    const broken = screen.getByRole('article', { name: 'Een kapot scenario' });
    expect(within(broken).getByText('Kan niet gestart worden')).toBeInTheDocument();
    expect(within(broken).getByText('4 fouten in scenarios/kapot.yaml')).toBeInTheDocument();
    const issues = within(broken).getByRole('list', { name: 'Eerste fouten' });
    const items = within(issues)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'scenarios/kapot.yaml:4:3 the field "persona" is missing; add it',
      'scenarios/kapot.yaml:12:7 next: "eind" is not a moment or ending',
      'scenarios/kapot.yaml:20:5 age must be a number',
    ]);
    expect(within(broken).getByText('en nog 1 fout')).toBeInTheDocument();
    expect(within(broken).queryByRole('link')).not.toBeInTheDocument();
    expect(within(broken).queryByRole('button')).not.toBeInTheDocument();
    // the others are still there and playable
    expect(screen.getAllByRole('link', { name: /^Naar de briefing/ })).toHaveLength(2);
  });

  it('shows English titles and domain names in English when available, Dutch otherwise', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a conversation' })).toBeInTheDocument();
    const work = screen.getByRole('region', { name: 'Work and income' });
    const card = within(work).getByRole('article', { name: 'First conversation' });
    expect(within(card).getByText('Marco applies for social assistance.')).toBeInTheDocument();
    expect(within(card).getByText('Marco Jansen, 44 years old')).toBeInTheDocument();
    expect(within(card).getByText('Level: basic')).toBeInTheDocument();
    // no English title: the Dutch one stays
    expect(screen.getByRole('article', { name: 'Schulden op tafel' })).toBeInTheDocument();
    expect(screen.getByText('4 errors in scenarios/kapot.yaml')).toBeInTheDocument();
  });
});
