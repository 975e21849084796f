import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DebriefScreen } from '../../src/features/debrief/debrief-screen.tsx';
import {
  choose,
  compareLoss,
  curves,
  isMiNonAdherent,
  lookAheadTurns,
  mitiSummary,
  selectOutcome,
  startSession,
  stateOf,
  type CompiledScenario,
} from '../../src/engine/index.ts';
import { findOption } from '../../src/engine/rewind.ts';
import { ALL_STRATEGIES, playStrategy } from '../../src/content/strategies.ts';
import { debriefView } from '../../src/features/debrief/debrief.view.ts';
import { loadShipped } from '../helpers/scenarios.ts';
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
    const { user } = renderWithI18n(
      <DebriefScreen scenario={fixture} state={state} onRewind={onRewind} libraryHref="#/" attemptsHref="#/s/test-welkom/attempts" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Nabespreking' })).toHaveFocus();

    // Curves: a drawn chart and the same numbers in a table, one row per turn plus the start.
    const curvesRegion = screen.getByRole('region', { name: 'Het verloop van het gesprek' });
    expect(
      within(curvesRegion).getByRole('img', { name: /Grafiek van stress, vertrouwen en mentale ruimte over 3 beurten/ }),
    ).toBeInTheDocument();
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
    expect(
      within(agreements).getByText(`Naar verwachting onthoudt Marco ${Math.round(outcome.recall * 100)}% van de afspraken.`),
    ).toBeInTheDocument();
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
    // The fixture never offers a reminder: not applicable, with its own word and mark (not a ✗).
    const reminder = within(checklist).getByText('Een herinnering aangeboden').closest('li')!;
    expect(within(reminder).getByText('niet van toepassing')).toBeInTheDocument();
    expect(within(reminder).queryByText('✗')).not.toBeInTheDocument();
    const threats = within(checklist).getByText('Geen dreiging of confrontatie').closest('li')!;
    expect(within(threats).getByText('gedaan')).toBeInTheDocument();

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
      within(first).getByText(
        `Stress ${Math.round(e1.before.stress)} → ${Math.round(e1.after.stress)}, vertrouwen ${Math.round(e1.before.trust)} → ${Math.round(e1.after.trust)}, ruimte ${Math.round(e1.before.room)} → ${Math.round(e1.after.room)}`,
      ),
    ).toBeInTheDocument();
    const second = items[1]!;
    const judged = lookAheadTurns(fixture, state)[1]!;
    if (judged.verdict === 'best') expect(within(second).getByText(/^Dit was een van de beste keuzes/)).toBeInTheDocument();
    else if (judged.verdict === 'tie') expect(within(second).getByText(/^Hier maakte uw keuze weinig uit/)).toBeInTheDocument();
    else expect(within(second).getByText('Het is veel tegelijk.')).toBeInTheDocument();

    await user.click(within(second).getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(onRewind).toHaveBeenCalledWith(1);
    expect(screen.getByRole('link', { name: 'Al uw pogingen' })).toHaveAttribute('href', '#/s/test-welkom/attempts');
  }, 20_000); // a long page for jsdom's role queries on a shared, busy machine

  it('shows the best alternative when another option would have given more room, and the author’s note', () => {
    const withNote = {
      ...fixture,
      moments: fixture.moments.map((m) =>
        m.id !== 'begin' ? m : { ...m, options: m.options.map((o) => (o.id === 'dreigen' ? { ...o, note: 'dreigen.note' } : o)) },
      ),
      lines: {
        ...fixture.lines,
        'dreigen.note': { nl: 'Een dreiging aan het begin sluit de deur.', en: 'A threat at the start shuts the door.' },
      },
    };
    const session = startSession(withNote, { seed: 7 });
    for (const id of ['dreigen', 'reflectie', 'snel']) choose(session, id);
    renderWithI18n(<DebriefScreen scenario={withNote} state={stateOf(session)} libraryHref="#/" />, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Debrief' })).toBeInTheDocument();
    const first = screen.getByRole('heading', { name: 'Turn 1' }).closest('li')!;
    expect(within(first).getByText('A threat at the start shuts the door.')).toBeInTheDocument();
    expect(within(first).getByText(/^A threat \(a sanction, stopping the benefit\)/)).toBeInTheDocument();
    // A threat is never praised; the adherent option that leads furthest is shown with what it changes.
    expect(within(first).getByText(/^We do not recommend persuading, confronting or threatening/)).toBeInTheDocument();
    const best = lookAheadTurns(withNote, stateOf(session))[0]!.best!;
    expect(best.optionId).toBe('welkom');
    expect(within(first).getByText(fixture.lines[`${best.optionId}.text`]!.en!)).toBeInTheDocument();
    expect(
      within(first).getByText('Ending ‘Marco goes home with a plan’ instead of ‘Marco goes home with questions’.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Back to turn/ })).not.toBeInTheDocument();
  });

  it('says the choice made little difference when every option ties, without an empty number comparison', () => {
    const [write, quick] = fixture.moments[2]!.options;
    const tied: CompiledScenario = {
      ...fixture,
      moments: fixture.moments.map((m) =>
        m.id !== 'afspraak' ? m : { ...m, options: [write!, { ...quick!, codes: write!.codes, features: write!.features }] },
      ),
    };
    const session = startSession(tied, { seed: 7 });
    for (const id of ['welkom', 'reflectie', 'snel']) choose(session, id);
    renderWithI18n(<DebriefScreen scenario={tied} state={stateOf(session)} libraryHref="#/" />);
    const third = screen.getByRole('heading', { name: 'Beurt 3' }).closest('li')!;
    expect(within(third).getByText('Hier maakte uw keuze weinig uit: elk antwoord leidde tot dezelfde afloop.')).toBeInTheDocument();
    expect(within(third).queryByRole('blockquote')).not.toBeInTheDocument();
    expect(third.querySelector('.turn__alternative')).toBeNull();
    expect(document.body.textContent).not.toMatch(/(\d+) in plaats van \1\b/);
  });

  it('never recommends persuading, confronting or threatening, on any shipped scenario', () => {
    for (const scenario of loadShipped()) {
      for (const id of ['system-first', 'random']) {
        const state = playStrategy(
          scenario,
          ALL_STRATEGIES.find((s) => s.id === id)!,
          3,
        );
        for (const row of debriefView(scenario, state, 'nl').turns) {
          if (row.best?.verdict !== 'other') continue;
          const e = state.explanations[row.turn - 1]!;
          expect(isMiNonAdherent(findOption(scenario, e.momentId, row.best.optionId)!), `${scenario.id} ${id} turn ${row.turn}`).toBe(
            false,
          );
          // Every recommendation says what differs; never "0 instead of 0".
          for (const d of row.best.differences)
            if (d.kind !== 'ending') expect(d.best, `${scenario.id} turn ${row.turn} ${d.kind}`).not.toBe(d.actual);
        }
      }
    }
  }, 60_000);

  it('opens with a one-screen summary: the outcome, the three costliest turns with links, and what to try', async () => {
    const scenario = loadShipped().find((s) => s.id === 'voorbeeld-bijstand')!;
    const state = playStrategy(
      scenario,
      ALL_STRATEGIES.find((s) => s.id === 'system-first')!,
      1,
    );
    const { user } = renderWithI18n(<DebriefScreen scenario={scenario} state={state} libraryHref="#/" />);
    const summary = screen.getByRole('region', { name: 'In het kort' });
    expect(within(summary).getByText(/^Het gesprek eindigde na \d+ beurten met ‘/)).toBeInTheDocument();

    const costliest = lookAheadTurns(scenario, state)
      .filter((j) => j.verdict === 'other')
      .sort((a, b) => compareLoss(a, b, scenario))
      .slice(0, 3)
      .map((j) => j.turn);
    expect(costliest).toHaveLength(3);
    const [costList, tryList] = within(summary).getAllByRole('list');
    const costItems = [...costList!.children] as HTMLElement[];
    expect(costItems).toHaveLength(3);
    expect(costItems.map((li) => within(li).getByRole('link').textContent)).toEqual(costliest.map((n) => `Beurt ${n}`));
    for (const li of costItems) expect(li.textContent).toMatch(/Waarom: \S/);
    const tryItems = [...tryList!.children] as HTMLElement[];
    expect(tryItems.map((li) => within(li).getAllByRole('link')[0]!.getAttribute('href'))).toEqual(
      costliest.map((n) => `#debrief-turn-${n}`),
    );

    // The link moves to the turn's row in the list below without changing the address (the app routes on it).
    const hash = window.location.hash;
    await user.click(within(tryItems[0]!).getByRole('link'));
    expect(document.getElementById(`debrief-turn-${costliest[0]}`)).toHaveFocus();
    expect(window.location.hash).toBe(hash);

    // A reason that holds every turn is said once, above the turns, not in every row.
    expect(screen.getAllByText(/beweegt de stress elke beurt een stukje naar het rustniveau/)).toHaveLength(1);
  }, 30_000);

  it('explains mental room, mental load, stress, trust and the words for the mode in a disclosure, not on hover', async () => {
    const { user } = renderWithI18n(<DebriefScreen scenario={fixture} state={played(['welkom'])} libraryHref="#/" />, 'en');
    // A native <details>: its summary is in the tab order and opens with Enter or Space (checked in the browser tests).
    const toggle = screen.getByText('What do these words mean?');
    expect(toggle.tagName).toBe('SUMMARY');
    await user.click(toggle);
    expect(toggle.closest('details')).toHaveAttribute('open');
    for (const term of ['Mental room', 'Mental load', 'Stress', 'Trust'])
      expect(within(toggle.closest('details')!).getByText(term)).toBeVisible();
    expect(screen.getByText(/changes only when the room clearly crosses a boundary/)).toBeVisible();
  });
});
