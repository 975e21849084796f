/**
 * The debrief's "best alternative" by look-ahead: every option at a moment is played on to an ending with one
 * fixed, chance-free continuation, and the roads are compared by the debrief's order of outcomes. The best
 * alternative never persuades, confronts or threatens; when every road ends alike nothing is recommended.
 */
import { describe, expect, it } from 'vitest';
import {
  compareLoss,
  compareOutcomes,
  isMiNonAdherent,
  judgeTurn,
  lookAheadTurns,
  lossOf,
  initialState,
  type CompiledScenario,
} from './engine-api.ts';
import { findOption } from '../../src/engine/rewind.ts';
import { ALL_STRATEGIES, playStrategy } from '../../src/content/strategies.ts';
import { loadShipped } from '../helpers/scenarios.ts';
import { fixture } from '../ui/fixtures.ts';

const shipped = loadShipped();
const STRATEGIES = ['client-first', 'system-first', 'alternating', 'random', 'longest'];
const SEEDS = [1, 2];

/** The fixture with its last moment's two options made identical in effect: that turn is a tie. */
function tiedAtTheEnd(): CompiledScenario {
  return {
    ...fixture,
    moments: fixture.moments.map((m) => {
      if (m.id !== 'afspraak') return m;
      const [write, quick] = m.options;
      return { ...m, options: [write!, { ...quick!, codes: write!.codes, features: write!.features, agrees: write!.agrees }] };
    }),
  };
}

describe('look-ahead: the best alternative', () => {
  it('is never MI-non-adherent, and is never worse than the chosen option, on every shipped scenario', () => {
    let judgedTurns = 0;
    let others = 0;
    for (const scenario of shipped) {
      for (const id of STRATEGIES) {
        const strategy = ALL_STRATEGIES.find((s) => s.id === id)!;
        for (const seed of SEEDS) {
          const state = playStrategy(scenario, strategy, seed);
          const judged = lookAheadTurns(scenario, state);
          expect(judged).toHaveLength(state.choices.length);
          for (const j of judged) {
            judgedTurns += 1;
            const where = `${scenario.id} ${id} seed ${seed} turn ${j.turn}`;
            expect(j.chosen.optionId, where).toBe(state.choices[j.turn - 1]);
            if (j.best) {
              const option = findOption(scenario, state.explanations[j.turn - 1]!.momentId, j.best.optionId)!;
              expect(isMiNonAdherent(option), `${where}: recommends ${option.id}`).toBe(false);
              expect(j.best.nonAdherent, where).toBe(false);
              // No other adherent option leads further than the recommended one.
              for (const o of j.options)
                if (!o.nonAdherent) expect(compareOutcomes(o.outcome, j.best.outcome, scenario), where).toBeLessThanOrEqual(0);
            }
            if (j.verdict === 'other') {
              others += 1;
              expect(j.best, where).not.toBeNull();
              if (!j.chosen.nonAdherent) expect(compareOutcomes(j.best!.outcome, j.chosen.outcome, scenario), where).toBeGreaterThan(0);
            }
            if (j.verdict === 'best') expect(j.chosen.nonAdherent, `${where}: a non-adherent choice called best`).toBe(false);
            if (j.verdict === 'tie') {
              expect(j.best, where).toBeNull();
              for (const o of j.options) expect(compareOutcomes(o.outcome, j.options[0]!.outcome, scenario), where).toBe(0);
            }
          }
        }
      }
    }
    expect(judgedTurns).toBeGreaterThan(500);
    expect(others).toBeGreaterThan(0);
  }, 120_000);

  it('is deterministic: the same conversation gives the same judgement', () => {
    const scenario = shipped.find((s) => s.moments.length >= 12)!;
    const state = playStrategy(
      scenario,
      ALL_STRATEGIES.find((s) => s.id === 'random')!,
      5,
    );
    expect(lookAheadTurns(scenario, state)).toEqual(lookAheadTurns(scenario, state));
  });

  it('says so when every option ties, and recommends none', () => {
    const scenario = tiedAtTheEnd();
    const start = initialState(scenario, { seed: 7 });
    const atEnd = lookAheadTurns(scenario, { ...start, choices: ['welkom', 'reflectie', 'snel'] })[2]!;
    expect(atEnd.verdict).toBe('tie');
    expect(atEnd.best).toBeNull();
    expect(lossOf(atEnd, scenario)).toEqual([0, 0, 0, 0]);
  });

  it('calls the choice (one of) the best when nothing leads further, and never a threat', () => {
    const start = initialState(fixture, { seed: 7 });
    const welcome = judgeTurn(fixture, start, 'welkom', 1)!;
    expect(welcome.verdict).toBe('best');
    expect(welcome.best?.optionId).toBe('welkom');
    const threat = judgeTurn(fixture, start, 'dreigen', 1)!;
    expect(threat.verdict).toBe('other');
    expect(threat.best?.optionId).toBe('welkom');
    expect(lossOf(threat, fixture)[0]).toBeGreaterThan(0);
  });

  it('orders turns by what they cost: a lost ending before a lost fact', () => {
    const scenario = shipped.find((s) => s.id === 'voorbeeld-bijstand')!;
    const state = playStrategy(
      scenario,
      ALL_STRATEGIES.find((s) => s.id === 'system-first')!,
      1,
    );
    const judged = lookAheadTurns(scenario, state).filter((j) => j.verdict === 'other');
    const sorted = [...judged].sort((a, b) => compareLoss(a, b, scenario));
    for (let i = 1; i < sorted.length; i += 1) {
      const [a, b] = [lossOf(sorted[i - 1]!, scenario), lossOf(sorted[i]!, scenario)];
      const first = a.findIndex((x, k) => x !== b[k]);
      if (first >= 0) expect(a[first]).toBeGreaterThan(b[first]!);
    }
  });
});
