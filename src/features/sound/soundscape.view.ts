/**
 * The soundscape's rules, free of audio and React: how the client's stress becomes a heartbeat (rate and
 * loudness), how fast the heartbeat may follow, which cue a change of mode gets, and the remembered settings.
 * The adapter (`soundscape.ts`) only plays what these functions decide.
 */
import type { Mode } from '../../engine/index.ts';

export const SOUND_IDS = ['ambience', 'heartbeat', 'cue-open', 'cue-close', 'door'] as const;
export type SoundId = (typeof SOUND_IDS)[number];

// --- settings

export const SOUND_STORAGE_KEY = 'ruimte.sound';

export interface SoundSettings {
  on: boolean;
  /** Master volume, 0–1. */
  volume: number;
  /** Speak the client's lines with the browser's own voice (only offered when one exists for the language). */
  speech: boolean;
}

/**
 * Off by default: the simulator is used on projectors in training rooms and on laptops at home, where sound
 * that starts unasked is unwelcome. Turning it on is one click, and the choice is remembered.
 */
export const DEFAULT_SOUND_SETTINGS: SoundSettings = Object.freeze({ on: false, volume: 0.7, speech: false });

export const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** Settings from stored text; anything unreadable or out of range falls back to the default for that field. */
export function parseSoundSettings(raw: string | null | undefined): SoundSettings {
  if (!raw) return DEFAULT_SOUND_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return DEFAULT_SOUND_SETTINGS;
  }
  if (typeof data !== 'object' || data === null) return DEFAULT_SOUND_SETTINGS;
  const record = data as Record<string, unknown>;
  const d = DEFAULT_SOUND_SETTINGS;
  return {
    on: typeof record.on === 'boolean' ? record.on : d.on,
    volume: typeof record.volume === 'number' && Number.isFinite(record.volume) ? clamp01(record.volume) : d.volume,
    speech: typeof record.speech === 'boolean' ? record.speech : d.speech,
  };
}

// --- mix

/** Loudness of each layer before the master volume. The room stays in the background; cues are brief. */
export const LAYER_GAIN = { ambience: 0.3, cue: 0.35, door: 0.5 } as const;

// --- heartbeat

export const HEARTBEAT = {
  /** Stress at or below which the heart rests (the calm end of the scale). */
  calmStress: 15,
  /** Stress at or above which the heart is at its fastest. */
  tenseStress: 90,
  /** A resting heart. */
  restBpm: 60,
  /** The fastest the soundscape goes: clearly quicker, never a racing alarm. */
  maxBpm: 100,
  /** At rest the beat is barely there; under stress it comes forward, but stays below the cues. */
  restGain: 0.12,
  maxGain: 0.55,
  /** Time constant (s) of the glide toward a new target: a few beats, so a turn is felt, not jumped. */
  glideSeconds: 4,
  /** And never more than this much change from one beat to the next. */
  maxBpmStepPerBeat: 3,
  maxGainStepPerBeat: 0.06,
} as const;

export interface Heartbeat {
  bpm: number;
  gain: number;
}

/** 0 when calm, 1 when tense; smooth at both ends so small changes near rest or the top are gentle. */
export function tension(stress: number): number {
  const x = clamp01((stress - HEARTBEAT.calmStress) / (HEARTBEAT.tenseStress - HEARTBEAT.calmStress));
  return x * x * (3 - 2 * x);
}

/** Where the heartbeat is heading for a given stress (0–100). */
export function heartbeatTarget(stress: number): Heartbeat {
  const t = Number.isFinite(stress) ? tension(stress) : 0;
  return {
    bpm: HEARTBEAT.restBpm + (HEARTBEAT.maxBpm - HEARTBEAT.restBpm) * t,
    gain: HEARTBEAT.restGain + (HEARTBEAT.maxGain - HEARTBEAT.restGain) * t,
  };
}

const approach = (from: number, to: number, fraction: number, maxStep: number) => {
  const step = (to - from) * fraction;
  return from + Math.max(-maxStep, Math.min(maxStep, step));
};

/** The heartbeat one beat later: an exponential glide toward the target, with a cap per beat. */
export function nextHeartbeat(current: Heartbeat, target: Heartbeat, elapsedSeconds: number): Heartbeat {
  const fraction = 1 - Math.exp(-Math.max(0, elapsedSeconds) / HEARTBEAT.glideSeconds);
  return {
    bpm: approach(current.bpm, target.bpm, fraction, HEARTBEAT.maxBpmStepPerBeat),
    gain: approach(current.gain, target.gain, fraction, HEARTBEAT.maxGainStepPerBeat),
  };
}

export const beatIntervalMs = (bpm: number): number => 60_000 / bpm;

/**
 * The heartbeat over a conversation: for each turn's stress, the target and the rate actually reached after
 * `secondsPerTurn` of beating (the trainee reading and choosing). Used by tests and the closing note.
 */
export function heartbeatOverTurns(
  stresses: readonly number[],
  secondsPerTurn: number,
): { stress: number; target: number; reached: number }[] {
  let current = heartbeatTarget(stresses[0] ?? 0);
  return stresses.map((stress) => {
    const target = heartbeatTarget(stress);
    let elapsed = 0;
    while (elapsed < secondsPerTurn) {
      const interval = beatIntervalMs(current.bpm) / 1000;
      current = nextHeartbeat(current, target, interval);
      elapsed += interval;
    }
    return { stress, target: target.bpm, reached: current.bpm };
  });
}

// --- cues

const MODE_ORDER: readonly Mode[] = ['closed', 'guarded', 'opening', 'open'];

/** A change toward more room gets the opening cue, toward less the closing cue. */
export function cueForModeChange(from: Mode, to: Mode): 'cue-open' | 'cue-close' | null {
  const delta = MODE_ORDER.indexOf(to) - MODE_ORDER.indexOf(from);
  return delta > 0 ? 'cue-open' : delta < 0 ? 'cue-close' : null;
}

// --- speech

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/**
 * A voice for the language (`nl` matches `nl-NL`, `nl_BE`) that runs on this device. Remote voices (some
 * browsers offer network voices) are never used: the client's lines would leave the browser.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const local = voices.filter((v) => v.localService === true);
  return local.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang.toLowerCase()) ?? null;
}
