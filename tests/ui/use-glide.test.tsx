import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGlideHold, GlideHoldContext, type GlideHold } from '../../src/features/shared/glide-hold.ts';
import { useGlide } from '../../src/features/shared/use-glide.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A glide whose drawing records every value it was drawn at; `shown()` is the value on screen. */
function glide(
  options: { animate?: boolean; durationMs?: number; minChange?: number; wrapper?: (props: { children: ReactNode }) => ReactNode } = {},
) {
  const drawn: number[] = [];
  const draw = (value: number) => void drawn.push(value);
  const hook = renderHook(
    ({ target }) =>
      useGlide(target, options.animate ?? true, draw, { durationMs: options.durationMs ?? 600, minChange: options.minChange }),
    {
      initialProps: { target: 10 },
      wrapper: options.wrapper,
    },
  );
  return { ...hook, drawn, shown: () => drawn.at(-1) };
}

/** Frame by frame, as a browser would run them. */
const frames = (count: number) => {
  for (let i = 0; i < count; i++) act(() => void vi.advanceTimersByTime(16));
};

describe('useGlide', () => {
  it('draws the value at once, and jumps when motion is off', () => {
    const { rerender, shown } = glide({ animate: false });
    expect(shown()).toBe(10);
    rerender({ target: 80 });
    expect(shown()).toBe(80);
  });

  it('glides to the new value, starting only after the next paint, so the frame that shows a choice is not its first', () => {
    const { rerender, shown } = glide();
    rerender({ target: 80 });
    // The first frame after the change: still the old value (the reply is painted first).
    act(() => void vi.advanceTimersToNextFrame());
    expect(shown()).toBe(10);
    // Then it moves, in between values, and arrives exactly.
    act(() => void vi.advanceTimersByTime(120));
    expect(shown()).toBeGreaterThan(10);
    expect(shown()).toBeLessThan(80);
    act(() => void vi.advanceTimersByTime(700));
    expect(shown()).toBe(80);
  });

  it('starts no frames at all when the value does not change', () => {
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame');
    renderHook(() => useGlide(42, true, () => {}));
    expect(frame).not.toHaveBeenCalled();
  });

  it('draws every frame of a glide in that frame without rendering the component again', () => {
    let renders = 0;
    const drawn: number[] = [];
    const draw = (value: number) => void drawn.push(value);
    function Drawing({ target }: { target: number }) {
      renders++;
      useGlide(target, true, draw);
      return null;
    }
    const { rerender } = render(<Drawing target={10} />);
    rerender(<Drawing target={80} />);
    const rendered = renders;
    frames(8);
    const halfway = drawn.length;
    frames(1);
    // The frame drew a new value itself, inside the frame.
    expect(drawn.length).toBe(halfway + 1);
    expect(drawn.at(-1)).toBeGreaterThan(drawn.at(-2)!);
    frames(50);
    expect(drawn.at(-1)).toBe(80);
    expect(renders).toBe(rendered);
  });

  it('skips the frames that would move it less than the smallest change, and still arrives exactly', () => {
    const every = glide();
    every.rerender({ target: 80 });
    frames(50);
    const stepped = glide({ minChange: 4 });
    stepped.rerender({ target: 80 });
    frames(50);
    expect(stepped.shown()).toBe(80);
    // From where it stood (drawn again when the target changed), every drawing moved at least 4; the end is drawn
    // whatever is left.
    const values = [10, ...stepped.drawn.filter((value) => value !== 10)];
    const moves = values.slice(1).map((value, index) => value - values[index]!);
    expect(moves.slice(0, -1).every((move) => move >= 4)).toBe(true);
    expect(moves.length).toBeLessThanOrEqual(70 / 4 + 1);
    // Late in the ease-out most frames move less than that: far fewer drawings than frames.
    expect(stepped.drawn.length).toBeLessThan(every.drawn.length - 10);
  });

  it('draws a new drawing (another mode, say) at the value shown, in the same commit, and glides on with it', () => {
    const first: number[] = [];
    const second: number[] = [];
    const { rerender } = renderHook(({ target, draw }) => useGlide(target, true, draw), {
      initialProps: { target: 10, draw: (value: number) => void first.push(value) },
    });
    rerender({ target: 80, draw: (value: number) => void first.push(value) });
    frames(10);
    const shown = first.at(-1)!;
    expect(shown).toBeGreaterThan(10);
    rerender({ target: 80, draw: (value: number) => void second.push(value) });
    expect(second).toEqual([shown]);
    frames(50);
    expect(second.at(-1)).toBe(80);
    expect(first.at(-1)).toBe(shown);
  });

  describe('held (a choice on its way to the screen)', () => {
    const heldGlide = (glides: GlideHold) =>
      glide({ wrapper: ({ children }: { children: ReactNode }) => <GlideHoldContext value={glides}>{children}</GlideHoldContext> });

    it('stands still and asks for no frames while held, then goes on from where it stood and arrives', () => {
      const glides = createGlideHold();
      const { rerender, shown } = heldGlide(glides);
      rerender({ target: 80 });
      frames(10);
      const before = shown()!;
      expect(before).toBeGreaterThan(10);
      expect(before).toBeLessThan(80);

      glides.hold();
      frames(1);
      const frame = vi.spyOn(globalThis, 'requestAnimationFrame');
      frames(60);
      expect(frame).not.toHaveBeenCalled();
      const stood = shown()!;
      expect(stood).toBeLessThan(80);

      frame.mockRestore();
      act(() => glides.release());
      // The clock was paused with it: no jump to the end on the first frames after the release.
      frames(3);
      expect(shown()).toBeGreaterThan(stood);
      expect(shown()).toBeLessThan(80);
      frames(45);
      expect(shown()).toBe(80);
    });

    it('a new target while held starts a new glide from the value shown, once released', () => {
      const glides = createGlideHold();
      const { rerender, shown } = heldGlide(glides);
      rerender({ target: 80 });
      frames(10);
      glides.hold();
      frames(1);
      const stood = shown();
      rerender({ target: 20 });
      act(() => glides.release());
      frames(1);
      expect(shown()).toBe(stood);
      frames(50);
      expect(shown()).toBe(20);
    });
  });
});
