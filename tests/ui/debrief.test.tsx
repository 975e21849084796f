import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DebriefScreen } from '../../src/features/debrief/debrief-screen.tsx';
import { alternativesAt, choose, curves, mitiSummary, selectOutcome, startSession, stateOf } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

function played(choices: string[]) {
  const session = startSession(fixture, { seed: 7 });
  for (const id of choices) choose(session, id);
  return stateOf(session);
}

describe('debrief', () => {
  it('renders every section from the engine records, with the engine’s numbers', async () => {
    const state = played(['welkom', 'huur-vragen', 'opschrijven']);
    const onRewind = vi.fn();
    const { user } = renderWithI18n(<DebriefScreen scenario={fixture} state={state} onRewind={onRewind} libraryHref="#/" attemptsHref="#/s/test-welkom/attempts" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Nabespreking' })).toHaveFocus();

    // Curves: a drawn chart and the same numbers in a table, one row per turn plus the start.
    const curvesRegion = screen.getByRole('region', { name: 'Het verloop van het gesprek' });
    expect(within(curvesRegion).getByRole('img', { name: /Grafiek van stress, vertrouwen en mentale ruimte over 3 beurten/ })).toBeInTheDocument();
    const points = curves(state.explanations);
    const rows = within(curvesRegion).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    points.forEach((point, i) => {
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells.slice(1).map((c) => c.textContent)).toEqual([point.stress, point.trust, point.room].map((n) => String(Math.round(n))));
    });
    expect(within(rows[1]!).getByText('Welkom. Hoe is het voor u om hier te zijn?')).toBeInTheDocument();

    // Facts next to the truth.
    const facts = screen.getByRole('region', { name: 'Wat u te weten kwam' });
    expect(within(facts).getByRole('columnheader', { name: 'Wat u nu denkt' })).toBeInTheDocument();
    expect(within(facts).getByRole('columnheader', { name: 'Wat waar is' })).toBeInTheDocument();
    const rent = within(facts).getByRole('row', { name: /Huur/ });
    expect(selectOutcome(fixture, state).facts[0]!.fidelity).toBe('accurate');
    expect(within(rent).getByText('juist verteld')).toBeInTheDocument();
    expect(within(rent).getByText('Ik loop twee maanden achter met de huur.')).toBeInTheDocument();
    expect(within(rent).getByText('Twee maanden huurachterstand.')).toBeInTheDocument();

    // Agreements the client will remember.
    const agreements = screen.getByRole('region', { name: 'Welke afspraken Marco onthoudt' });
    const outcome = selectOutcome(fixture, state);
    expect(within(agreements).getByText(`Naar verwachting onthoudt Marco ${Math.round(outcome.recall * 100)}% van de afspraken.`)).toBeInTheDocument();
    expect(within(agreements).getByText('opgeschreven')).toBeInTheDocument();
    expect(within(agreements).getByText('Afschriften inleveren.')).toBeInTheDocument();

    // MITI-informed ratios, labelled as practice feedback.
    const miti = screen.getByRole('region', { name: /Gesprekstechniek in cijfers/ });
    expect(within(miti).getByText('Oefenfeedback')).toBeInTheDocument();
    expect(within(miti).getByText(/geen officiële MITI-codering/)).toBeInTheDocument();
    const summary = mitiSummary(state.explanations);
    expect(summary.percentOpenQuestions.value).toBe(1);
    const open = within(miti).getByRole('row', { name: /Open vragen/ });
    expect(within(open).getByText('100%')).toBeInTheDocument();
    expect(within(open).getByText('redelijk vanaf 50%, goed vanaf 70%')).toBeInTheDocument();
    expect(within(open).getByText('goed')).toBeInTheDocument();
    const complex = within(miti).getByRole('row', { name: /Complexe reflecties/ });
    expect(within(complex).getByText('te weinig om te meten')).toBeInTheDocument();
    const rq = within(miti).getByRole('row', { name: /Reflecties per vraag/ });
    expect(within(rq).getByText(String(summary.reflectionToQuestion.value))).toBeInTheDocument();
    expect(within(rq).getByText('onder de norm')).toBeInTheDocument();

    // The stress-sensitive checklist, with the turns that decided each item.
    const checklist = screen.getByRole('region', { name: 'Stressbewust werken' });
    const asked = within(checklist).getByText('Gevraagd hoe het met de cliënt gaat').closest('li')!;
    expect(within(asked).getByText('gedaan')).toBeInTheDocument();
    expect(within(asked).getByText('beurt 1')).toBeInTheDocument();
    const written = within(checklist).getByText('Afspraken opgeschreven').closest('li')!;
    expect(within(written).getByText('beurt 3')).toBeInTheDocument();
    const reminder = within(checklist).getByText('Een herinnering aangeboden').closest('li')!;
    expect(within(reminder).getByText('niet gedaan')).toBeInTheDocument();

    // Turn by turn: what happened, why, and the best alternative from that same state.
    const turns = screen.getByRole('region', { name: 'Beurt voor beurt' });
    const items = [...turns.querySelectorAll<HTMLElement>('li.turn')];
    expect(items).toHaveLength(3);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { name: 'Beurt 1' })).toBeInTheDocument();
    expect(within(first).getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(within(first).getByText(/^Een open vraag geeft de cliënt ruimte/)).toBeInTheDocument();
    const e1 = state.explanations[0]!;
    expect(
      within(first).getByText(`Stress ${Math.round(e1.before.stress)} → ${Math.round(e1.after.stress)}, vertrouwen ${Math.round(e1.before.trust)} → ${Math.round(e1.after.trust)}, ruimte ${Math.round(e1.before.room)} → ${Math.round(e1.after.room)}`),
    ).toBeInTheDocument();
    const second = items[1]!;
    const best = alternativesAt(fixture, state, 2)[0]!;
    if (best.optionId === 'huur-vragen') expect(within(second).getByText('Dit was de keuze die de meeste ruimte gaf.')).toBeInTheDocument();
    else expect(within(second).getByText('Het is veel tegelijk.')).toBeInTheDocument();

    await user.click(within(second).getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(onRewind).toHaveBeenCalledWith(1);
    expect(screen.getByRole('link', { name: 'Al uw pogingen' })).toHaveAttribute('href', '#/s/test-welkom/attempts');
  }, 20_000); // a long page for jsdom's role queries on a shared, busy machine

  it('shows the best alternative when another option would have given more room, and the author’s note', () => {
    const withNote = {
      ...fixture,
      moments: fixture.moments.map((m) => (m.id !== 'begin' ? m : { ...m, options: m.options.map((o) => (o.id === 'dreigen' ? { ...o, note: 'dreigen.note' } : o)) })),
      lines: { ...fixture.lines, 'dreigen.note': { nl: 'Een dreiging aan het begin sluit de deur.', en: 'A threat at the start shuts the door.' } },
    };
    const session = startSession(withNote, { seed: 7 });
    for (const id of ['dreigen', 'reflectie', 'snel']) choose(session, id);
    renderWithI18n(<DebriefScreen scenario={withNote} state={stateOf(session)} libraryHref="#/" />, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Debrief' })).toBeInTheDocument();
    const first = screen.getByRole('heading', { name: 'Turn 1' }).closest('li')!;
    expect(within(first).getByText('A threat at the start shuts the door.')).toBeInTheDocument();
    expect(within(first).getByText(/^A threat \(a sanction, stopping the benefit\)/)).toBeInTheDocument();
    expect(within(first).getByText('This would have given more room:')).toBeInTheDocument();
    const best = alternativesAt(withNote, stateOf(session), 1)[0]!;
    expect(best.optionId).not.toBe('dreigen');
    expect(within(first).getByText(fixture.lines[`${best.optionId}.text`]!.en!)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Back to turn/ })).not.toBeInTheDocument();
  });
});
