/**
 * useLabCheck: a text handed over by the editor (checkNow) is checked once, not again when the page shows
 * it; the newest text wins while a check runs; the result says which text it is for.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LabCheck } from '../../src/features/lab/lab-check.ts';
import type { LabService } from '../../src/features/lab/lab-service.ts';
import { useLabCheck, useLabPending } from '../../src/features/lab/use-lab-check.ts';

/** The hook as the page uses it, with the "checking again" store read as the issue list reads it. */
function useChecked(service: LabService, text: string) {
  const state = useLabCheck(service, text, null);
  return { ...state, pending: useLabPending(state.progress) };
}

function countingService() {
  const asked: string[] = [];
  const service: LabService = {
    check: async (text) => {
      asked.push(text);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { issues: [], scenario: null, id: text, places: {}, translationFile: null } satisfies LabCheck;
    },
    analyse: () => Promise.reject(new Error('not used')),
    dispose: () => {},
  };
  return { service, asked };
}

describe('useLabCheck', () => {
  it('checks a text from the editor once, before and after the page shows it', async () => {
    const { service, asked } = countingService();
    const { result, rerender } = renderHook(({ text }) => useChecked(service, text), { initialProps: { text: 'a' } });
    await waitFor(() => expect(result.current.pending).toBe(false));
    act(() => result.current.checkNow('ab'));
    rerender({ text: 'ab' });
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.check?.id).toBe('ab');
    expect(result.current.checkedText).toBe('ab');
    expect(asked).toEqual(['a', 'ab']);
  });

  it('still checks a text the editor did not hand over (a file opened, the template)', async () => {
    const { service, asked } = countingService();
    const { result, rerender } = renderHook(({ text }) => useChecked(service, text), { initialProps: { text: 'a' } });
    await waitFor(() => expect(result.current.pending).toBe(false));
    rerender({ text: 'opened' });
    await waitFor(() => expect(result.current.check?.id).toBe('opened'));
    expect(result.current.pending).toBe(false);
    expect(asked).toEqual(['a', 'opened']);
  });

  it('skips texts typed while a check runs, and checks the newest', async () => {
    const { service, asked } = countingService();
    const { result, rerender } = renderHook(({ text }) => useChecked(service, text), { initialProps: { text: 'a' } });
    for (const text of ['ab', 'abc', 'abcd']) {
      act(() => result.current.checkNow(text));
      rerender({ text });
    }
    await waitFor(() => expect(result.current.check?.id).toBe('abcd'));
    expect(result.current.pending).toBe(false);
    expect(asked).toEqual(['a', 'abcd']);
  });

  it('hands each answer over before the render that shows it (the editor underlines it first)', async () => {
    const { service } = countingService();
    const handed: { answer: string; shown: string | null }[] = [];
    let shown: string | null = null;
    const { result } = renderHook(() => {
      const state = useLabCheck(service, 'a', null, (check) => handed.push({ answer: check.id!, shown }));
      shown = state.check?.id ?? null;
      return state;
    });
    await waitFor(() => expect(result.current.check?.id).toBe('a'));
    act(() => result.current.checkNow('ab'));
    await waitFor(() => expect(result.current.check?.id).toBe('ab'));
    expect(handed).toEqual([
      { answer: 'a', shown: null },
      { answer: 'ab', shown: 'a' },
    ]);
  });

  it('ends "checking again" in the same render as the answer, never over the issues of the text before', async () => {
    const { service } = countingService();
    const seen: { pending: boolean; id: string | null }[] = [];
    const { result } = renderHook(() => {
      const state = useChecked(service, 'a');
      seen.push({ pending: state.pending, id: state.check?.id ?? null });
      return state;
    });
    await waitFor(() => expect(result.current.pending).toBe(false));
    act(() => result.current.checkNow('ab'));
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.check?.id).toBe('ab');
    // Once a text is asked for, no render says "checked" while showing the answer for an older text.
    const from = seen.findIndex((render) => render.pending && render.id === 'a');
    expect(from).toBeGreaterThan(0);
    expect(seen.slice(from).filter((render) => !render.pending && render.id !== 'ab')).toEqual([]);
  });
});
