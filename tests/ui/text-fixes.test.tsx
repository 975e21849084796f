/** Small texts that cost trust when wrong: chances in words, plurals through i18next, no double walk-out. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/app/play/attempt-store.ts';
import { AttemptsScreen } from '../../src/features/attempts/attempts-screen.tsx';
import { loadShipped } from '../helpers/scenarios.ts';
import { addLazyBundles } from '../../src/features/debrief/lazy-locales.ts';
import { ruleCount } from '../../src/features/debrief/turn-reasons.ts';
import { certaintyOf, recallWording } from '../../src/features/ending/ending.view.ts';
import { availableOptions, initialState, selectOutcome, takeTurn, type ClientState } from '../../src/engine/index.ts';
import { renderWithI18n, testI18n } from './render.tsx';

describe('chances in words', () => {
  it('says "almost certainly" instead of 0% or 100%, and keeps the number in between', () => {
    expect(certaintyOf(0, false)).toBe('almostNever');
    expect(certaintyOf(5, false)).toBe('almostNever');
    expect(certaintyOf(30, false)).toBe('unlikely');
    expect(certaintyOf(62, true)).toBe('likely');
    expect(certaintyOf(100, true)).toBe('almostSure');
    expect(recallWording(0)).toBe('none');
    expect(recallWording(62)).toBe('share');
    expect(recallWording(100)).toBe('all');
    const i18n = testI18n('nl');
    addLazyBundles(i18n);
    expect(i18n.t('debrief:agreements.certainty.almostNever', { name: 'Dennis', percent: 0 })).toBe('Dennis vergeet dit vrijwel zeker.');
    expect(i18n.t('debrief:agreements.recall.none', { name: 'Dennis', percent: 0 })).not.toMatch(/0%/);
  });
});

describe('plurals through i18next', () => {
  it('counts jargon terms and other counted rules with _one and _other', () => {
    const i18n = testI18n('nl');
    addLazyBundles(i18n);
    const jargon = (terms: number) => ({ key: 'jargon', detail: { terms: String(terms) } });
    expect(i18n.t('debrief:rules.jargon', { terms: '1', count: ruleCount(jargon(1)) })).toBe(
      '1 vakterm: de cliënt moet vertalen wat u bedoelt.',
    );
    expect(i18n.t('debrief:rules.jargon', { terms: '3', count: ruleCount(jargon(3)) })).toBe(
      '3 vaktermen: de cliënt moet vertalen wat u bedoelt.',
    );
    const en = testI18n('en');
    addLazyBundles(en);
    expect(en.t('debrief:rules.jargon', { count: 1 })).toBe('1 jargon term: the client has to translate what you mean.');
    expect(en.t('debrief:curves.chartLabel', { count: 1 })).toMatch(/over 1 turn\./);
  });

  it('leaves no "(en)" or "(s)" plural stand-ins in the locale files', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../locales');
    for (const lang of readdirSync(root)) {
      for (const file of readdirSync(join(root, lang))) {
        expect(readFileSync(join(root, lang, file), 'utf8'), `${lang}/${file}`).not.toMatch(/\w\((en|s|e)\)/);
      }
    }
  });
});

describe('a walk-out is named once', { timeout: 30_000 }, () => {
  it('shows the walk-out ending on the attempt card without "(weggelopen)" behind it', async () => {
    const scenario = loadShipped().find((s) => s.id === 'warming-up-welkom')!;
    // Any road on which the client leaves.
    const search = (state: ClientState): ClientState | null => {
      if (state.ending) return state.ending.walkedOut ? state : null;
      for (const option of availableOptions(scenario, state)) {
        const found = search(takeTurn(scenario, state, option.id).state);
        if (found) return found;
      }
      return null;
    };
    const state = search(initialState(scenario, { seed: 5 }));
    expect(state?.ending?.walkedOut).toBe(true);
    const outcome = selectOutcome(scenario, state!);
    const attempt: Attempt = {
      id: 'w-1',
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: 5,
      choices: state!.choices,
      startedAt: '2026-03-01T09:00:00.000Z',
      finishedAt: '2026-03-01T09:10:00.000Z',
      branchOf: null,
      summary: {
        endingId: outcome.endingId,
        mode: outcome.mode,
        turns: outcome.turns,
        disclosed: outcome.disclosed.length,
        recall: outcome.recall,
      },
    };
    renderWithI18n(
      <AttemptsScreen
        scenario={scenario}
        attempts={[attempt]}
        libraryHref="#/"
        briefingHref="#/s/x"
        debriefHref={() => '#/'}
        onResume={() => undefined}
      />,
    );
    const ending = screen.getByText(/Dennis is weggelopen/);
    expect(ending.textContent).toBe('Dennis is weggelopen');
  });
});
