/**
 * The app with the real scenario source (`virtual:ruimte-scenarios`, compiled from scenarios/*.yaml by the
 * Vite plugin): every playable scenario opens its briefing and can be played to an ending by keyboard alone.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../src/app/scenario-source.ts';
import { liveRegion, pressOption, renderApp } from './render.tsx';
import type { FakeSource } from './fixtures.ts';

const source: FakeSource = { ...builtInScenarios, loads: [] };
const playable = builtInScenarios.catalogue.filter((e) => e.ok);

describe('built-in scenarios', () => {
  it('include the example scenario', () => {
    expect(playable.map((e) => e.id)).toContain('voorbeeld-bijstand');
  });

  it.each(playable.map((e) => [e.id]))(
    '%s: briefing, then played to an ending with the keyboard',
    async (id) => {
      const { user, container } = renderApp({ hash: `#/s/${id}`, source });
      // The first load transforms the scenario chunk on demand, which can be slow on a busy machine.
      await user.click(await screen.findByRole('button', { name: 'Start het gesprek' }, { timeout: 15_000 }));
      await screen.findByRole('group', { name: 'Wat zegt u?' });
      for (let turn = 0; turn < 80 && screen.queryByRole('group', { name: 'Wat zegt u?' }); turn += 1) {
        await pressOption(user, '1');
        if (turn === 0) expect(liveRegion(container).textContent).not.toBe('');
      }
      expect(screen.getByRole('button', { name: 'Opnieuw spelen' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    },
    60_000,
  );
});
