/** Export and import on the library screen: messages in words, progress updated after an import. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRANSFER_FORMAT } from '../../src/app/play/attempts-transfer.ts';
import { AttemptStore } from '../../src/app/play/attempt-store.ts';
import { fakeSource } from './fixtures.ts';
import { renderApp } from './render.tsx';
import { goodAttempt, pathCatalogue } from './selfstudy-fixtures.ts';

const source = () => fakeSource({ catalogue: pathCatalogue });
const jsonFile = (text: string, name = 'pogingen.json') => new File([text], name, { type: 'application/json' });

afterEach(() => vi.restoreAllMocks());

// jsdom's Blob has no text(); browsers do.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob) {
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(this);
      });
    },
  });
}

describe('moving attempts', () => {
  it('saves all attempts as a file and says how many', async () => {
    new AttemptStore(window.localStorage).save(goodAttempt);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp({ source: source() });
    await user.click(screen.getByRole('button', { name: 'Alle pogingen opslaan als bestand' }));
    expect(click).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent(/^Gelukt: 1 poging opgeslagen in ruimte-pogingen-\d{4}-\d\d-\d\d\.json\.$/);
    const file = JSON.parse(await created[0]!.text()) as { format: string; attempts: unknown[] };
    expect(file.format).toBe(TRANSFER_FORMAT);
    expect(file.attempts).toEqual([goodAttempt]);
  });

  it('says there is nothing to save when nothing was played', async () => {
    const { user } = renderApp({ source: source() });
    await user.click(screen.getByRole('button', { name: 'Alle pogingen opslaan als bestand' }));
    expect(screen.getByRole('status')).toHaveTextContent('Niet gelukt: Er zijn nog geen pogingen om op te slaan.');
  });

  it('reads a file in and shows the progress at once', async () => {
    const { user } = renderApp({ source: source() });
    const card = screen.getByRole('article', { name: 'Eerste gesprek' });
    expect(within(card).getByText('Nog niet gespeeld')).toBeInTheDocument();
    const text = JSON.stringify({
      format: TRANSFER_FORMAT,
      version: 1,
      exportedAt: '2026-12-03T10:00:00.000Z',
      attempts: [goodAttempt, { ...goodAttempt, id: 'q-1', scenarioId: 'onbekend' }],
    });
    await user.upload(screen.getByLabelText('Pogingen inlezen uit een bestand'), jsonFile(text));
    expect(await screen.findByText(/1 poging ingelezen\./)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 poging hoort bij een scenario dat hier niet staat en is overgeslagen.');
    expect(within(card).getByText(/1 keer gespeeld/)).toBeInTheDocument();
  });

  it('a foreign file gets a clear message and changes nothing', async () => {
    const { user } = renderApp({ source: source() });
    await user.upload(screen.getByLabelText('Pogingen inlezen uit een bestand'), jsonFile('{"hello":"world"}', 'ander.json'));
    const status = await screen.findByText(/Dit is geen bestand met pogingen uit Ruimte/);
    expect(status.closest('[role="status"]')).toHaveTextContent('Er is niets veranderd.');
    expect(window.localStorage.length).toBe(0);
  });

  it('refuses a file that is too large without reading it', async () => {
    const { user } = renderApp({ source: source() });
    const big = jsonFile('x');
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Pogingen inlezen uit een bestand'), big);
    expect(await screen.findByText(/groter dan 4 MB/)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
  });
});
