/** The debrief prints, and a certificate of participation: what it says, and that only it is printed. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_ITEMS } from '../../src/engine/index.ts';
import { certificateView } from '../../src/features/debrief/certificate.view.ts';
import { AttemptStore } from '../../src/app/play/attempt-store.ts';
import { fakeSource } from './fixtures.ts';
import { renderApp } from './render.tsx';
import { goodAttempt, pathCatalogue } from './selfstudy-fixtures.ts';

const LAZY = { timeout: 10_000 };

afterEach(() => vi.restoreAllMocks());

describe('certificate view', () => {
  it('lists the habits shown (offered and done), in checklist order, with the date in the language', () => {
    const checklist = CHECKLIST_ITEMS.map((item, i) => ({
      item,
      done: i % 2 === 0 || item === 'summarised',
      applicable: item !== 'summarised',
      turns: [],
    }));
    const view = certificateView(
      { text: 'Titel', lang: 'nl' },
      { ending: null, mode: 'open', turns: 7 },
      checklist,
      new Date('2026-12-03T10:00:00Z'),
      'nl',
    );
    expect(view.date).toBe('3 december 2026');
    expect(view.habits).toEqual(['asked-about-stress', 'one-thing-at-a-time', 'plain-language', 'wrote-agreements-down', 'normalised']);
    expect(
      certificateView({ text: 'T', lang: 'en' }, { ending: null, mode: 'open', turns: 1 }, [], new Date('2026-12-03T10:00:00Z'), 'en').date,
    ).toBe('3 December 2026');
  });
});

describe('printing from the debrief', () => {
  it('offers both prints; the certificate names the scenario, outcome and habits shown, and only it is marked for print', async () => {
    new AttemptStore(window.localStorage).save(goodAttempt);
    const { user } = renderApp({ hash: '#/s/test-welkom/debrief/a-1', source: fakeSource({ catalogue: pathCatalogue }) });
    await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY);
    // Not on screen: only while it is printed.
    expect(screen.queryByRole('region', { name: 'Bewijs van deelname', hidden: true })).not.toBeInTheDocument();
    const printed: { className: string; certificate: string | null }[] = [];
    window.print = vi.fn(() => {
      const section = document.querySelector('.certificate');
      printed.push({ className: document.documentElement.className, certificate: section?.textContent ?? null });
      if (section) {
        expect(within(section as HTMLElement).getByText('Gevraagd hoe het met de cliënt gaat')).toBeInTheDocument();
        expect(section.parentElement).toHaveClass('debrief');
      }
    });
    await user.click(screen.getByRole('button', { name: 'Bewijs van deelname afdrukken' }));
    await user.click(screen.getByRole('button', { name: 'Nabespreking afdrukken' }));
    expect(window.print).toHaveBeenCalledTimes(2);
    expect(printed[0]!.className).toContain('print-certificate');
    expect(printed[0]!.certificate).toMatch(/Eerste gesprek.*Marco gaat met een plan naar huis.*Afspraken opgeschreven/);
    // The day the conversation was played (the fixture's), not the day it is printed.
    expect(printed[0]!.certificate).toContain('1 maart 2026');
    expect(printed[1]!.className).not.toContain('print-certificate');
    expect(printed[1]!.certificate).toBeNull();
    expect(document.querySelector('.certificate')).toBeNull();
    expect(document.documentElement).not.toHaveClass('print-certificate');
  });
});
