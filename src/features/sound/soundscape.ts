/**
 * The audio adapter: turns the engine's emitted events into sound through howler. The engine knows nothing
 * of audio; this file knows nothing of React. Howler (and the sound files' URLs) arrive through `load`, a
 * dynamic import made only once sound is on and the user has interacted with the page.
 *
 * Layers: a room ambience loop; a heartbeat whose rate and loudness glide toward what the client's stress asks
 * (`soundscape.view.ts`); a soft cue when the mode opens or closes; a door when the client walks out.
 *
 * Anything that fails (no audio device, blocked autoplay, a missing or undecodable file, howler not loading)
 * leaves that sound silent and the simulator running; `warn` is called, and the page-level `warn` says so once.
 */
import { onEngineEvent, stateOf, type EngineEvent, type Session } from '../../engine/index.ts';
import {
  LAYER_GAIN,
  beatIntervalMs,
  clamp01,
  cueForModeChange,
  heartbeatTarget,
  nextHeartbeat,
  type Heartbeat,
  type SoundId,
} from './soundscape.view.ts';

/** The part of a howler `Howl` the adapter uses (a fake in tests). */
export interface HowlLike {
  play(): number | undefined;
  stop(): unknown;
  volume(value: number): unknown;
  fade(from: number, to: number, durationMs: number): unknown;
  unload(): unknown;
}

export interface HowlOptions {
  src: string[];
  format: string[];
  loop: boolean;
  volume: number;
  onloaderror: (soundId: number | null, error: unknown) => void;
  onplayerror: (soundId: number | null, error: unknown) => void;
}

export type HowlFactory = (options: HowlOptions) => HowlLike;

export interface LoadedAudio {
  createHowl: HowlFactory;
  /** Sources per sound, best format first, with the matching `format` names for howler. */
  sources: Record<SoundId, { src: string[]; format: string[] }>;
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SoundscapeOptions {
  load: () => Promise<LoadedAudio>;
  warn: (message: string, detail?: unknown) => void;
  scheduler?: Scheduler;
}

/** What is sounding now; for tests and for the debugging eye. */
export interface SoundscapeStatus {
  enabled: boolean;
  loaded: boolean;
  broken: boolean;
  ambience: boolean;
  heartbeat: Heartbeat | null;
  target: Heartbeat | null;
}

export interface Soundscape {
  /** Sound on: load howler if needed, then play the layers for the attached conversation. */
  enable(): Promise<void>;
  /** Sound off: everything stops at once. */
  disable(): void;
  setVolume(volume: number): void;
  /** Follow a conversation's events; returns the function that stops following it. */
  attach(session: Session): () => void;
  /** One engine event (what `attach` forwards); exposed for tests. */
  handle(event: EngineEvent): void;
  status(): SoundscapeStatus;
  dispose(): void;
}

/** The delay before the first beat, so the heart does not start on the same instant as the room. */
export const FIRST_BEAT_DELAY_MS = 600;
/** How long the room takes to fade away when the conversation ends. */
export const END_FADE_MS = 2500;

const browserScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSoundscape({ load, warn, scheduler = browserScheduler }: SoundscapeOptions): Soundscape {
  let enabled = false;
  let broken = false;
  let loading: Promise<void> | null = null;
  let howls: Partial<Record<SoundId, HowlLike>> | null = null;
  const failed = new Set<SoundId>();
  let volume = 1;

  // The conversation being followed.
  let attached = false;
  let ended = false;
  let target: Heartbeat | null = null;
  let heartbeat: Heartbeat | null = null;
  let beatTimer: unknown = null;
  let ambiencePlaying = false;
  let stopTimer: unknown = null;

  const fail = (message: string, detail?: unknown) => warn(`Ruimte: sound is off for this visit (${message}).`, detail);

  const play = (id: SoundId, gain: number): void => {
    const howl = howls?.[id];
    if (!howl || failed.has(id) || broken) return;
    try {
      howl.volume(clamp01(gain * volume));
      howl.play();
    } catch (error) {
      failed.add(id);
      fail(`${id} did not play`, error);
    }
  };

  const stopBeat = () => {
    if (beatTimer !== null) scheduler.clearTimeout(beatTimer);
    beatTimer = null;
  };

  const beat = () => {
    beatTimer = null;
    if (!enabled || !attached || ended || !heartbeat || !target) return;
    play('heartbeat', heartbeat.gain);
    const interval = beatIntervalMs(heartbeat.bpm);
    heartbeat = nextHeartbeat(heartbeat, target, interval / 1000);
    beatTimer = scheduler.setTimeout(beat, interval);
  };

  const stopAll = () => {
    stopBeat();
    if (stopTimer !== null) scheduler.clearTimeout(stopTimer);
    stopTimer = null;
    ambiencePlaying = false;
    for (const howl of Object.values(howls ?? {})) {
      try {
        howl.stop();
      } catch {
        // Stopping a sound that never loaded: nothing to do.
      }
    }
  };

  /** Start the room and the heart if sound is on, loaded, and a conversation is running. */
  const startLayers = () => {
    if (!enabled || !howls || !attached || ended) return;
    if (!ambiencePlaying) {
      ambiencePlaying = true;
      play('ambience', LAYER_GAIN.ambience);
    }
    if (beatTimer === null && target) {
      // The heart starts at its target rate but fades in from silence.
      heartbeat = { bpm: target.bpm, gain: 0 };
      beatTimer = scheduler.setTimeout(beat, FIRST_BEAT_DELAY_MS);
    }
  };

  const endLayers = () => {
    stopBeat();
    const ambience = howls?.ambience;
    if (!ambience || !ambiencePlaying) return;
    ambiencePlaying = false;
    try {
      ambience.fade(clamp01(LAYER_GAIN.ambience * volume), 0, END_FADE_MS);
    } catch {
      // A failed fade is only a missed nicety.
    }
    stopTimer = scheduler.setTimeout(() => {
      stopTimer = null;
      try {
        ambience.stop();
      } catch {
        // See above.
      }
    }, END_FADE_MS);
  };

  const createHowls = (audio: LoadedAudio) => {
    const created: Partial<Record<SoundId, HowlLike>> = {};
    for (const id of Object.keys(audio.sources) as SoundId[]) {
      const { src, format } = audio.sources[id];
      const onError = (what: string) => (_soundId: number | null, error: unknown) => {
        if (id === 'ambience') ambiencePlaying = false;
        failed.add(id);
        fail(`${id} ${what}`, error);
      };
      created[id] = audio.createHowl({
        src,
        format,
        loop: id === 'ambience',
        volume: 0,
        onloaderror: onError('could not load'),
        onplayerror: onError('could not play'),
      });
    }
    return created;
  };

  const ensureLoaded = (): Promise<void> => {
    loading ??= load().then(
      (audio) => {
        try {
          howls = createHowls(audio);
        } catch (error) {
          broken = true;
          fail('the audio library could not start', error);
        }
      },
      (error: unknown) => {
        broken = true;
        fail('the audio library did not load', error);
      },
    );
    return loading;
  };

  const handle = (event: EngineEvent) => {
    switch (event.type) {
      case 'turn.taken':
        target = heartbeatTarget(event.vars.stress);
        return;
      case 'mode.changed': {
        const cue = cueForModeChange(event.from, event.to);
        if (cue && enabled && !ended) play(cue, LAYER_GAIN.cue);
        return;
      }
      case 'client.walked-out':
        if (enabled) play('door', LAYER_GAIN.door);
        return;
      case 'conversation.ended':
        ended = true;
        endLayers();
        return;
      default:
        return;
    }
  };

  return {
    async enable() {
      enabled = true;
      if (broken) return;
      await ensureLoaded();
      startLayers();
    },
    disable() {
      enabled = false;
      stopAll();
    },
    setVolume(value) {
      volume = clamp01(value);
      if (ambiencePlaying) {
        try {
          howls?.ambience?.volume(clamp01(LAYER_GAIN.ambience * volume));
        } catch {
          // The next play sets the volume again.
        }
      }
    },
    attach(session) {
      stopAll();
      const state = stateOf(session);
      attached = true;
      ended = state.ending !== null;
      target = heartbeatTarget(state.vars.stress);
      heartbeat = null;
      startLayers();
      const unsubscribe = onEngineEvent(session, handle);
      return () => {
        unsubscribe();
        attached = false;
        stopAll();
      };
    },
    handle,
    status: () => ({ enabled, loaded: howls !== null, broken, ambience: ambiencePlaying, heartbeat, target }),
    dispose() {
      stopAll();
      for (const howl of Object.values(howls ?? {})) {
        try {
          howl.unload();
        } catch {
          // Nothing left to free.
        }
      }
      howls = null;
      loading = null;
    },
  };
}
