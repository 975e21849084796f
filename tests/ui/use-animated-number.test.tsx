import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnimatedNumber } from '../../src/features/shared/use-animated-number.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => vi.useRealTimers());

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
});
