/** The workshop's group pages in the app: a group link, the compare view with N groups, the room's debrief. */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { hashFor, parseHash } from '../../src/app/route.ts';
import { chartGeometry, DASHES, MARKERS } from '../../src/features/debrief/chart.view.ts';
import { addLinks, compareGroups, compareQuery, groupsFromQuery, uniqueLabels } from '../../src/features/workshop/compare-groups.view.ts';
import { groupLink } from '../../src/features/workshop/group-link.ts';
import { moveSlide, slideStep } from '../../src/features/workshop/room-slides.ts';
import type { WorkshopRecord } from '../../src/features/workshop/workshop-record.ts';
import { replay } from '../../src/engine/index.ts';
import { seedForCode } from '../../src/features/workshop/session-code.ts';
import { fixture } from './fixtures.ts';
import { renderApp } from './render.tsx';

const LAZY = { timeout: 10_000 };
/** jsdom's Blob has no text(); FileReader reads it. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
const group = (name: string, choices: string[]): WorkshopRecord => ({
  scenarioId: 'test-welkom',
  scenarioVersion: 1,
  code: 'KAN42',
  group: name,
  choices,
  votes: choices.map((c) => ({ counts: { [c]: 3 } })),
});
const red = group('Rood', ['welkom', 'huur-vragen', 'opschrijven']);
const blue = group('Blauw', ['dreigen', 'reflectie', 'snel']);
const green = group('Groen', ['papieren', 'reflectie', 'opschrijven']);

describe('group addresses', () => {
  it('keeps a group link’s query as written and leaves the other routes alone', () => {
    const link = groupLink(red);
    const route = parseHash(link);
    expect(route).toEqual({ screen: 'workshop-group', id: 'test-welkom', query: link.split('?')[1] });
    expect(hashFor(route)).toBe(link);
    expect(parseHash('#/workshop/test-welkom/compare')).toEqual({ screen: 'workshop-compare', id: 'test-welkom', query: '' });
    expect(parseHash('#/workshop/test-welkom/debrief?f=1')).toEqual({ screen: 'workshop-room', id: 'test-welkom', query: 'f=1' });
    expect(parseHash('#/s/test-welkom/play')).toEqual({ screen: 'play', id: 'test-welkom' });
  });
});

describe('N-series comparison', () => {
  it('gives up to six lines their own dash and marker, keeping the first three as before', () => {
    expect(DASHES.slice(0, 3)).toEqual(['', '8 5', '2 4']);
    expect(MARKERS.slice(0, 3)).toEqual(['circle', 'square', 'triangle']);
    const geometry = chartGeometry(
      Array.from({ length: 6 }, (_, i) => ({ id: `g${i}`, values: [10 * i, 20, 30] })),
      { width: 600, height: 200 },
    );
    expect(new Set(geometry.series.map((s) => s.dash)).size).toBe(6);
    expect(new Set(geometry.series.map((s) => s.marker)).size).toBe(6);
  });

  it('makes one labelled series per group from the engine’s numbers, names told apart', () => {
    const series = compareGroups(fixture, [red, blue, green, { ...green, choices: ['welkom', 'reflectie'], votes: [null, null] }], 'nl');
    expect(series.map((s) => s.label)).toEqual(['Rood', 'Blauw', 'Groen', 'Groen (2)']);
    const played = replay(fixture, blue.choices, { seed: seedForCode('KAN42') });
    expect(series[1]!.side.values.stress).toEqual([
      Math.round(played.explanations[0]!.before.stress),
      ...played.explanations.map((e) => Math.round(e.after.stress)),
    ]);
    expect(uniqueLabels(['a', 'a', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
  });

  it('reads pasted links line by line, with a reason per line that fails', () => {
    const pasted = [
      groupLink(red),
      '',
      'https://example.org/',
      groupLink(red),
      groupLink({ ...blue, scenarioId: 'ander' }),
      `http://x/${groupLink(blue)}`,
    ].join('\n');
    const result = addLinks(fixture, [], pasted);
    expect(result.groups.map((g) => g.group)).toEqual(['Rood', 'Blauw']);
    expect(result.problems).toEqual([
      { line: 3, problem: { code: 'not-a-link' } },
      { line: 4, problem: { code: 'duplicate' } },
      { line: 5, problem: { code: 'other-scenario', scenarioId: 'ander' } },
    ]);
    expect(groupsFromQuery(fixture, compareQuery(result.groups))).toEqual(result.groups);
    expect(groupsFromQuery(fixture, 'g=rubbish&g=%')).toEqual([]);
  });
});

describe('room debrief keys', () => {
  it('moves on with the clicker keys and stays within the slides', () => {
    expect(slideStep('PageDown', false)).toBe('next');
    expect(slideStep('ArrowRight', false)).toBe('next');
    expect(slideStep('PageUp', false)).toBe('previous');
    expect(slideStep('ArrowLeft', false)).toBe('previous');
    expect(slideStep('PageDown', true)).toBeNull();
    expect(slideStep('a', false)).toBeNull();
    expect(moveSlide(0, 'previous', 5)).toBe(0);
    expect(moveSlide(4, 'next', 5)).toBe(4);
    expect(moveSlide(2, 'last', 5)).toBe(4);
  });
});

describe('group pages', { timeout: 20_000 }, () => {
  it('a group link shows that group’s path, its votes and its debrief', async () => {
    renderApp({ hash: groupLink(red) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Het pad van Rood' }, LAZY)).toHaveFocus();
    const summary = screen.getByRole('table', { name: 'Per moment de stemmen, de gekozen optie en de cijfers erna' });
    expect(within(summary).getAllByRole('row')).toHaveLength(4);
    expect(within(summary).getByText('Zullen we samen opschrijven wat u gaat doen?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV downloaden (Excel)' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nabespreking voor de zaal' })).toHaveAttribute('href', groupLink(red, 'debrief'));
  });

  it('downloads the session as CSV and JSON, made in the browser', async () => {
    const made: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.set(`blob:${blobs.size}`, b), `blob:${blobs.size - 1}`),
        revokeObjectURL: () => undefined,
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      made.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
    });
    try {
      const { user } = renderApp({ hash: groupLink(red) });
      await user.click(await screen.findByRole('button', { name: 'CSV downloaden (Excel)' }, LAZY));
      await user.click(screen.getByRole('button', { name: 'JSON downloaden' }));
      expect(made.map((m) => m.name)).toEqual(['ruimte-test-welkom-rood.csv', 'ruimte-test-welkom-rood.json']);
      expect(made[0]!.blob.type).toBe('text/csv;charset=utf-8');
      const csv = await readBlob(made[0]!.blob);
      expect(csv.split('\r\n')[0]).toContain('Groep;Sessiecode;Beurt;Moment;Stemmen A;');
      expect(JSON.parse(await readBlob(made[1]!.blob)).group).toBe('Rood');
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('a damaged link says what is wrong instead of crashing', async () => {
    renderApp({ hash: groupLink(red).replace(/&h=.*/u, '') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze groepslink werkt niet' }, LAZY)).toHaveFocus();
    expect(screen.getByText(/de stemmen ontbreekt of is onleesbaar/u)).toBeInTheDocument();
  });

  it('the compare view takes pasted links and overlays three named groups', async () => {
    const { user } = renderApp({ hash: '#/workshop/test-welkom/compare' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Groepen vergelijken' }, LAZY)).toHaveFocus();
    expect(screen.getByText('Voeg ten minste twee groepen toe om ze te vergelijken.')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Links van de groepen (één per regel)' });
    fireEvent.change(field, { target: { value: [groupLink(red), groupLink(blue), groupLink(green), 'rommel'].join('\n') } });
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 groepen toegevoegd.');
    expect(screen.getByRole('alert')).toHaveTextContent('Regel 4: Dit is geen groepslink');
    const legend = screen.getByRole('list', { name: 'Lijnen' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Rood (doorgetrokken lijn, rondjes)', 'Blauw (gestreepte lijn, vierkantjes)', 'Groen (gestippelde lijn, driehoekjes)']);
    expect(screen.getAllByRole('img', { name: /per beurt voor Rood, Blauw en Groen/u })).toHaveLength(3);
    expect(window.location.hash).toBe(`#/workshop/test-welkom/compare?${compareQuery([red, blue, green])}`);
    await user.click(screen.getByRole('button', { name: 'Blauw verwijderen' }));
    expect(screen.getAllByRole('img', { name: /per beurt voor Rood en Groen/u })).toHaveLength(3);
  });

  it('the room debrief moves by PageDown and PageUp and shows the votes next to the choice', async () => {
    const { user } = renderApp({ hash: groupLink(red, 'debrief') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' }, LAZY)).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 1, name: 'Stress, vertrouwen en ruimte per beurt' })).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 1, name: 'Beurt 1' })).toHaveFocus();
    expect(screen.getByText('3 stemmen')).toBeInTheDocument();
    expect(screen.getByText(/gekozen/u).closest('li')).toHaveTextContent('Welkom. Hoe is het voor u om hier te zijn?');
    expect(screen.getByText('Dia 3 van 7')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 1, name: 'Stress, vertrouwen en ruimte per beurt' })).toHaveFocus();
  });
});
