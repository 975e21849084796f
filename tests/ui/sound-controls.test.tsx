/**
 * The sound controls and the hook that plays the soundscape for a running conversation. Howler is replaced by
 * a fake (the lazily imported module), so these tests check the wiring: off by default, remembered, nothing
 * loaded before a user gesture, the speech option only with an on-device voice.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choose, lineText, selectClientLines, selectOptions, startSession, stateOf, type Session } from '../../src/engine/index.ts';
import { SoundControls } from '../../src/features/sound/sound-controls.tsx';
import { useSoundscape } from '../../src/features/sound/use-soundscape.ts';
import { SOUND_STORAGE_KEY } from '../../src/features/sound/soundscape.view.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

const fake = vi.hoisted(() => ({ loads: 0, log: [] as string[] }));

vi.mock('../../src/features/sound/howler-audio.ts', () => {
  const ids = ['ambience', 'heartbeat', 'cue-open', 'cue-close', 'door'] as const;
  return {
    loadHowlerAudio: () => {
      fake.loads += 1;
      return {
        sources: Object.fromEntries(ids.map((id) => [id, { src: [`${id}.opus`], format: ['opus'] }])),
        createHowl: (options: { src: string[] }) => {
          const id = options.src[0]!.replace('.opus', '');
          return {
            play: () => fake.log.push(`play ${id}`),
            stop: () => fake.log.push(`stop ${id}`),
            volume: () => undefined,
            fade: () => undefined,
            unload: () => undefined,
          };
        },
      };
    },
  };
});

function Player({ session }: { session: Session }) {
  useSoundscape(session);
  return <SoundControls />;
}

const stored = () => JSON.parse(window.localStorage.getItem(SOUND_STORAGE_KEY) ?? 'null') as unknown;

afterEach(() => {
  fake.log.length = 0;
  vi.unstubAllGlobals();
});

describe('sound controls', () => {
  it('remembered "on" still waits for a user gesture before loading any audio', async () => {
    window.localStorage.setItem(SOUND_STORAGE_KEY, JSON.stringify({ on: true, volume: 0.4, speech: false }));
    // Fake timers while nothing happens: every effect, promise and timer the page starts runs out, no waiting.
    vi.useFakeTimers();
    try {
      renderWithI18n(<Player session={startSession(fixture, { seed: 1 })} />);
      expect(screen.getByRole('checkbox', { name: 'Geluid aan' })).toBeChecked();
      expect(screen.getByRole('slider', { name: 'Volume' })).toHaveValue('40');
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(fake.loads).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    fireEvent.keyDown(document.body, { key: 'Tab' });
    await waitFor(() => expect(fake.log).toContain('play ambience'));
    expect(fake.loads).toBe(1);
  });

  it('starts off; turning sound on plays the room, off stops it, and both are remembered', async () => {
    const { user } = renderWithI18n(<Player session={startSession(fixture, { seed: 1 })} />);
    const toggle = screen.getByRole('checkbox', { name: 'Geluid aan' });
    expect(toggle).not.toBeChecked();
    expect(fake.log.filter((entry) => entry.startsWith('play'))).toEqual([]);
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(stored()).toEqual({ on: true, volume: 0.7, speech: false });
    await waitFor(() => expect(fake.log).toContain('play ambience'));
    await user.click(toggle);
    expect(fake.log).toContain('stop ambience');
    expect(stored()).toMatchObject({ on: false });
  });

  it('the volume slider is labelled, says its value in words, and is remembered', () => {
    renderWithI18n(<SoundControls />);
    const slider = screen.getByRole('slider', { name: 'Volume' });
    expect(slider).toHaveValue('70');
    expect(slider).toHaveAttribute('aria-valuetext', '70 procent');
    fireEvent.change(slider, { target: { value: '35' } });
    expect(stored()).toMatchObject({ volume: 0.35 });
    expect(slider).toHaveValue('35');
  });

  it('speaks English too, and hides reading aloud when there is no on-device voice', () => {
    renderWithI18n(<SoundControls />, 'en');
    expect(screen.getByRole('group', { name: 'Sound' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sound on' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Volume' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /aloud/ })).toBeNull();
  });

  it('offers reading aloud when the device has a local voice for the language', async () => {
    const voices = [
      { name: 'Remote', lang: 'nl-NL', localService: false },
      { name: 'Local', lang: 'nl-NL', localService: true },
    ];
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      cancel: () => {},
      speak: () => {},
    });
    const { user } = renderWithI18n(<SoundControls />);
    const speech = await screen.findByRole('checkbox', { name: 'Zinnen van de cliënt laten voorlezen' });
    expect(speech).not.toBeChecked();
    await user.click(speech);
    expect(stored()).toMatchObject({ speech: true });
  });

  it('with storage unavailable the controls still work for this visit', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { user } = renderWithI18n(<SoundControls />);
    const toggle = screen.getByRole('checkbox', { name: 'Geluid aan' });
    await user.click(toggle);
    expect(toggle).toBeChecked();
    vi.restoreAllMocks();
    await user.click(toggle);
  });

  it('with reading aloud on, the reply of the client is spoken by the local voice after a choice', async () => {
    const spoken: { text: string; voice: unknown }[] = [];
    const local = { name: 'Local', lang: 'nl-NL', localService: true };
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown = null;
        lang = '';
        volume = 1;
        constructor(public text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [local],
      addEventListener: () => {},
      removeEventListener: () => {},
      cancel: () => {},
      speak: (u: { text: string; voice: unknown }) => spoken.push({ text: u.text, voice: u.voice }),
    });
    window.localStorage.setItem(SOUND_STORAGE_KEY, JSON.stringify({ on: true, volume: 0.5, speech: true }));
    const session = startSession(fixture, { seed: 1 });
    renderWithI18n(<Player session={session} />);
    await screen.findByRole('checkbox', { name: 'Zinnen van de cliënt laten voorlezen' });
    act(() => void choose(session, selectOptions(fixture, stateOf(session))[0]!.id));
    const expected = selectClientLines(stateOf(session))
      .filter((e) => e.kind !== 'thought')
      .map((e) => lineText(fixture, e.line, 'nl'));
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(spoken.map((u) => u.text)).toEqual(expected));
    expect(spoken.every((u) => u.voice === local)).toBe(true);
  });
});
