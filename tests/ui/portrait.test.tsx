import { act, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Portrait } from '../../src/features/portrait/portrait.tsx';
import { lookFor, portraitGeometry } from '../../src/features/portrait/portrait.view.ts';
import { SettingsProvider } from '../../src/features/settings/settings-context.tsx';
import { SETTINGS_STORAGE_KEY, type MotionPreference } from '../../src/features/settings/settings.ts';
import type { Mode, Trait } from '../../src/engine/index.ts';
import { renderWithI18n } from './render.tsx';

const look = lookFor({ name: 'Marco Jansen', age: 44 });

function renderPortrait(
  props: { stress: number; mode: Mode; reaction?: Trait | null; present?: boolean },
  motion: MotionPreference = 'off',
  lng: 'nl' | 'en' = 'nl',
) {
  window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ reducedMotion: motion }));
  return renderWithI18n(
    <SettingsProvider>
      <Portrait name="Marco" look={look} reaction={null} {...props} />
    </SettingsProvider>,
    lng,
  );
}

/** Pretend the system does (or does not) ask for reduced motion. */
function systemPrefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('portrait', () => {
  it('is an image that says in words how the client looks, and the words follow the state', () => {
    const { rerender } = renderPortrait({ stress: 15, mode: 'open' });
    expect(
      screen.getByRole('img', {
        name: 'Marco kijkt u aan, met een ontspannen gezicht en een zachte glimlach. Schouders ontspannen, rustige ademhaling.',
      }),
    ).toBeInTheDocument();
    rerender(
      <SettingsProvider>
        <Portrait name="Marco" look={look} stress={85} mode="closed" reaction={null} />
      </SettingsProvider>,
    );
    expect(
      screen.getByRole('img', {
        name: 'Marco kijkt naar beneden, met gefronste wenkbrauwen en de lippen op elkaar. Schouders hoog opgetrokken, snelle, hoge ademhaling.',
      }),
    ).toBeInTheDocument();
  });

  it('describes a reaction and an empty chair, in English too', () => {
    renderPortrait({ stress: 90, mode: 'closed', reaction: 'flight' }, 'off', 'en');
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Marco looks past you, with worried eyes and raised eyebrows. Shoulders pulled up high, fast, shallow breathing.',
    );
  });

  it('shows an empty chair after a walk-out', () => {
    const { container } = renderPortrait({ stress: 90, mode: 'closed', present: false });
    expect(screen.getByRole('img', { name: 'De stoel is leeg: Marco is weggelopen.' })).toBeInTheDocument();
    expect(container.querySelector('.portrait__face')).toBeNull();
    expect(container.querySelector('.portrait__chair')).not.toBeNull();
  });

  it('breathes slowly when calm and fast when stressed, as long as motion is allowed', () => {
    const { unmount } = renderPortrait({ stress: 15, mode: 'open' }, 'off');
    expect(screen.getByRole('img')).toHaveClass('portrait--breath-slow');
    unmount();
    renderPortrait({ stress: 85, mode: 'closed' }, 'off');
    expect(screen.getByRole('img')).toHaveClass('portrait--breath-fast');
  });

  it('has no animation at all with the reduced-motion setting on', () => {
    systemPrefersReducedMotion(false);
    renderPortrait({ stress: 85, mode: 'closed' }, 'on');
    const img = screen.getByRole('img');
    expect(img).toHaveClass('portrait--still');
    expect(img.getAttribute('class')).not.toMatch(/breath/);
  });

  it('follows the system by default: still when the system asks for less motion, breathing otherwise', () => {
    systemPrefersReducedMotion(true);
    const { unmount } = renderPortrait({ stress: 50, mode: 'guarded' }, 'system');
    expect(screen.getByRole('img')).toHaveClass('portrait--still');
    unmount();
    systemPrefersReducedMotion(false);
    renderPortrait({ stress: 50, mode: 'guarded' }, 'system');
    expect(screen.getByRole('img')).toHaveClass('portrait--breath-medium');
  });

  it('breathes with HTML boxes laid over the drawing, not with shapes inside an SVG (those repaint every frame)', () => {
    const { container } = renderPortrait({ stress: 50, mode: 'guarded' }, 'off');
    const rising = container.querySelector('.portrait__person');
    const chest = container.querySelector('.portrait__body');
    expect(rising).toBeInstanceOf(HTMLDivElement);
    expect(chest).toBeInstanceOf(HTMLDivElement);
    expect(rising).toContainElement(chest as HTMLElement);
    expect(rising).toContainElement(container.querySelector<SVGElement>('.portrait__face'));
    // Every layer draws in the same space, so the stacked layers line up exactly.
    const boxes = [...container.querySelectorAll('svg.portrait__layer')].map((svg) => svg.getAttribute('viewBox'));
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes).size).toBe(1);
  });

  it('glides the face to the new stress on the same elements, and ends drawn exactly as the new state', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { container, rerender, i18n } = renderPortrait({ stress: 15, mode: 'open' }, 'off');
      const d = (selector: string) => container.querySelector(selector)!.getAttribute('d');
      const calm = portraitGeometry({ stress: 15, mode: 'open', reaction: null, present: true }, look);
      expect(d('.portrait__mouth')).toBe(calm.mouth);
      expect(container.querySelector('.portrait__cheeks')).toHaveAttribute('opacity', String(calm.cheeks * 0.2));
      const brows = [...container.querySelectorAll('.portrait__brow')];
      // The same tree as renderPortrait's, so the portrait stays mounted and glides.
      rerender(
        <I18nextProvider i18n={i18n}>
          <SettingsProvider>
            <Portrait name="Marco" look={look} stress={85} mode="closed" reaction={null} />
          </SettingsProvider>
        </I18nextProvider>,
      );
      const tense = portraitGeometry({ stress: 85, mode: 'closed', reaction: null, present: true }, look);
      act(() => void vi.advanceTimersByTime(80));
      const midway = d('.portrait__torso');
      expect(midway).not.toBe(calm.torso);
      expect(midway).not.toBe(tense.torso);
      act(() => void vi.advanceTimersByTime(900));
      expect(d('.portrait__mouth')).toBe(tense.mouth);
      expect(d('.portrait__torso')).toBe(tense.torso);
      expect([...container.querySelectorAll('.portrait__brow')].map((brow) => brow.getAttribute('d'))).toEqual(tense.brows);
      expect(container.querySelector('.portrait__cheeks')).toHaveAttribute('opacity', '0');
      // The brows changed shape, not elements: a glide never takes elements out of the page and puts new ones in.
      expect([...container.querySelectorAll('.portrait__brow')]).toEqual(brows);
      brows.forEach((brow, index) => expect(container.querySelectorAll('.portrait__brow')[index]).toBe(brow));
    } finally {
      vi.useRealTimers();
    }
  });

  it('sets no inline styles (the CSP allows none)', () => {
    const { container } = renderPortrait({ stress: 50, mode: 'guarded' });
    expect(container.querySelector('[style]')).toBeNull();
  });
});
