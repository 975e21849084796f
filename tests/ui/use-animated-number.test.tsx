import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createGlideHold, GlideHoldContext, type GlideHold } from '../../src/features/shared/glide-hold.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnimatedNumber } from '../../src/features/shared/use-animated-number.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('useAnimatedNumber', () => {
  it('jumps when motion is off', () => {
    const { result, rerender } = renderHook(({ target }) => useAnimatedNumber(target, false), { initialProps: { target: 10 } });
    rerender({ target: 80 });
    expect(result.current).toBe(80);
  });

  it('glides to the new value, starting only after the next paint, so the frame that shows a choice is not its first', () => {
    const { result, rerender } = renderHook(({ target }) => useAnimatedNumber(target, true, 600), { initialProps: { target: 10 } });
    rerender({ target: 80 });
    // The first frame after the change: still the old value (the reply is painted first).
    act(() => void vi.advanceTimersToNextFrame());
    expect(result.current).toBe(10);
    // Then it moves, in between values, and arrives.
    act(() => void vi.advanceTimersByTime(120));
    expect(result.current).toBeGreaterThan(10);
    expect(result.current).toBeLessThan(80);
    act(() => void vi.advanceTimersByTime(700));
    expect(result.current).toBe(80);
  });

  it('starts no frames at all when the value does not change', () => {
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame');
    renderHook(() => useAnimatedNumber(42, true));
    expect(frame).not.toHaveBeenCalled();
  });

  it('draws each frame of a glide in that frame, leaving nothing for the next render (a click) to draw', () => {
    function Shown({ target }: { target: number }) {
      return <output>{useAnimatedNumber(target, true, 600)}</output>;
    }
    const { container, rerender } = render(<Shown target={10} />);
    rerender(<Shown target={80} />);
    act(() => void vi.advanceTimersByTime(48));
    // Read inside the same act as the frames: what a frame set is on the page before anything else renders.
    const before = Number(container.textContent);
    let drawn = before;
    act(() => {
      vi.advanceTimersByTime(16);
      drawn = Number(container.textContent);
    });
    expect(before).toBeGreaterThan(10);
    expect(drawn).toBeGreaterThan(before);
    expect(drawn).toBeLessThan(80);
  });

  describe('held (a choice on its way to the screen)', () => {
    /** Frame by frame, as a browser would run them. */
    const frames = (count: number) => {
      for (let i = 0; i < count; i++) act(() => void vi.advanceTimersByTime(16));
    };
    const heldGlide = (glides: GlideHold) =>
      renderHook(({ target }) => useAnimatedNumber(target, true, 600), {
        initialProps: { target: 10 },
        wrapper: ({ children }: { children: ReactNode }) => <GlideHoldContext value={glides}>{children}</GlideHoldContext>,
      });

    it('stands still and asks for no frames while held, then goes on from where it stood and arrives', () => {
      const glides = createGlideHold();
      const { result, rerender } = heldGlide(glides);
      rerender({ target: 80 });
      frames(10);
      const before = result.current;
      expect(before).toBeGreaterThan(10);
      expect(before).toBeLessThan(80);

      glides.hold();
      frames(1);
      const frame = vi.spyOn(globalThis, 'requestAnimationFrame');
      frames(60);
      expect(frame).not.toHaveBeenCalled();
      const stood = result.current;
      expect(stood).toBeLessThan(80);

      frame.mockRestore();
      act(() => glides.release());
      // The clock was paused with it: no jump to the end on the first frames after the release.
      frames(3);
      expect(result.current).toBeGreaterThan(stood);
      expect(result.current).toBeLessThan(80);
      frames(45);
      expect(result.current).toBe(80);
    });

    it('a new target while held starts a new glide from the value shown, once released', () => {
      const glides = createGlideHold();
      const { result, rerender } = heldGlide(glides);
      rerender({ target: 80 });
      frames(10);
      glides.hold();
      frames(1);
      const stood = result.current;
      rerender({ target: 20 });
      act(() => glides.release());
      frames(1);
      expect(result.current).toBe(stood);
      frames(50);
      expect(result.current).toBe(20);
    });
  });
});
