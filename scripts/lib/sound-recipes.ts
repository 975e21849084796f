/**
 * The recipes of Ruimte's sounds, synthesised from code (no recordings): a room ambience loop, one heartbeat
 * (the player repeats it at a rate that follows stress), two soft cues for the mode opening and closing, and
 * a door. Every random choice comes from a fixed seed, so the samples are the same on every run.
 */
import {
  SAMPLE_RATE,
  biquad,
  fadeEdges,
  loopCrossfade,
  mixInto,
  normalize,
  percussive,
  pinkNoise,
  roomTail,
  rms,
  saturate,
  scale,
  seconds,
  seededRandom,
  shape,
  sine,
  sweep,
  whiteNoise,
  type Signal,
} from './sound-dsp.ts';

export const SOUND_IDS = ['ambience', 'heartbeat', 'cue-open', 'cue-close', 'door'] as const;
export type SoundId = (typeof SOUND_IDS)[number];

export interface Recipe {
  id: SoundId;
  /** Seed of every random draw in this sound (noise, murmur timing, dither). */
  seed: number;
  /** A loop must join its end to its start without a click. */
  loop: boolean;
  /** Opus bitrate in kbit/s: noise needs more than a tone. */
  opusKbps: number;
  /** MP3 (fallback) bitrate in kbit/s at 24 kHz mono. */
  mp3Kbps: number;
  make: () => Signal;
}

export const AMBIENCE_SECONDS = 10;

/** An envelope of syllables grouped in phrases with pauses: the rhythm of talk heard through a wall. */
function talkEnvelope(length: number, random: () => number): Signal {
  const env = new Float64Array(length);
  let t = random() * 0.8;
  const end = length / SAMPLE_RATE;
  while (t < end) {
    const phraseEnd = t + 1.2 + random() * 1.8;
    while (t < phraseEnd) {
      const syllable = 0.14 + random() * 0.16;
      const level = 0.45 + random() * 0.55;
      const from = seconds(t);
      const to = Math.min(length, seconds(t + syllable));
      for (let i = from; i < to; i += 1) env[i] = level * Math.sin((Math.PI * (i - from)) / (to - from));
      t += syllable + random() * 0.05;
    }
    t += 0.6 + random() * 1.4;
  }
  return env;
}

/** A distant voice: a buzz at a gliding pitch, shaped by two formants, gated by talk, muffled by distance. */
function distantVoice(length: number, pitch: number, random: () => number): Signal {
  const drift = random() * Math.PI * 2;
  const buzz = new Float64Array(length);
  let phase = 0;
  for (let i = 0; i < length; i += 1) {
    const t = i / SAMPLE_RATE;
    const f0 = pitch * (1 + 0.07 * Math.sin(2 * Math.PI * 0.37 * t + drift) + 0.03 * Math.sin(2 * Math.PI * 1.3 * t));
    phase += f0 / SAMPLE_RATE;
    buzz[i] = 2 * (phase - Math.floor(phase + 0.5)); // sawtooth
  }
  const low = biquad(buzz.slice(), 'bandpass', 520, 3);
  const high = biquad(buzz, 'bandpass', 1150, 4);
  const voice = mixInto(low, high, 0, 0.5);
  biquad(voice, 'lowpass', 850, 0.6);
  const env = talkEnvelope(length, random);
  for (let i = 0; i < length; i += 1) voice[i] = voice[i]! * env[i]!;
  return voice;
}

/**
 * A waiting room: air handling (pink noise, low-passed), a faint mains hum, and two voices murmuring far away.
 * The noise parts are faded over the loop point; the hum and the slow swell have whole cycles per loop.
 */
function ambience(seed: number): Signal {
  const random = seededRandom(seed);
  const loop = seconds(AMBIENCE_SECONDS);
  const length = loop + seconds(1);
  const air = pinkNoise(length, random);
  biquad(air, 'highpass', 70);
  biquad(air, 'lowpass', 650);
  scale(air, 0.1 / rms(air));
  const murmur = mixInto(distantVoice(length, 118, random), distantVoice(length, 205, random), 0, 0.8);
  scale(murmur, 0.028 / rms(murmur));
  const looped = loopCrossfade(mixInto(air, murmur), loop);
  const hum = new Float64Array(loop);
  [50, 100, 150, 200].forEach((f, n) => mixInto(hum, sine(loop, f, n), 0, [1, 0.5, 0.22, 0.08][n]!));
  scale(hum, 0.018 / rms(hum));
  mixInto(looped, hum);
  shape(looped, (t) => 1 + 0.08 * Math.sin((2 * Math.PI * t) / AMBIENCE_SECONDS));
  return normalize(looped, 0.7);
}

/** One beat at rest: a low "lub" and a softer, slightly higher "dub", muffled as if heard through a chest. */
function heartbeat(seed: number): Signal {
  const random = seededRandom(seed);
  const out = new Float64Array(seconds(0.55));
  const thump = (start: number, from: number, to: number, decay: number, level: number) => {
    const len = seconds(0.3);
    const tone = shape(
      sweep(len, (t) => to + (from - to) * Math.exp(-t / 0.05)),
      percussive(0.012, decay),
    );
    const knock = shape(biquad(whiteNoise(len, random), 'lowpass', 120), percussive(0.004, decay * 0.5));
    mixInto(tone, knock, 0, 0.8);
    mixInto(out, tone, seconds(start), level);
  };
  thump(0.015, 76, 50, 0.045, 1);
  thump(0.225, 90, 58, 0.035, 0.65);
  // Saturation adds the harmonics (100–350 Hz) that let laptop speakers, which cannot play 50 Hz, carry the beat.
  saturate(out, 3);
  biquad(out, 'lowpass', 380);
  return normalize(fadeEdges(out, 0.002, 0.08), 0.85);
}

/** A soft felt-piano-like note: a few harmonics, the higher ones dying faster, a touch of detune for warmth. */
function softNote(frequency: number, duration: number): Signal {
  const len = seconds(duration);
  const out = new Float64Array(len);
  [1, 0.32, 0.1, 0.04].forEach((amp, n) => {
    const h = n + 1;
    const env = percussive(0.014, 0.42 / h);
    mixInto(out, shape(sine(len, frequency * h), env), 0, amp);
    mixInto(out, shape(sine(len, frequency * h * 1.0025, 1), env), 0, amp * 0.4);
  });
  return out;
}

function twoNotes(first: number, second: number, gap: number, level: number): Signal {
  const length = 1.5;
  const out = new Float64Array(seconds(length));
  mixInto(out, softNote(first, length), seconds(0.01), 0.85);
  mixInto(out, softNote(second, length - gap), seconds(0.01 + gap));
  biquad(out, 'lowpass', 2400);
  const room = roomTail(out, 0.5, 0.35).slice(0, seconds(length));
  return normalize(fadeEdges(room, 0.002, 0.6), level);
}

/** A door pulled shut: a little air, the latch, the thud of the wood, and the room answering. */
function door(seed: number): Signal {
  const random = seededRandom(seed);
  const out = new Float64Array(seconds(1.2));
  const hit = 0.32;
  const air = shape(biquad(pinkNoise(seconds(hit), random), 'bandpass', 380, 0.7), (t) => Math.sin((Math.PI / 2) * (t / hit)) ** 2);
  mixInto(out, air, 0, 0.5);
  const thud = shape(biquad(whiteNoise(seconds(0.5), random), 'lowpass', 180), percussive(0.002, 0.05));
  mixInto(out, scale(thud, 1 / rms(thud.subarray(0, seconds(0.05)))), seconds(hit), 0.35);
  [95, 148, 233].forEach((f, n) => {
    mixInto(out, shape(sine(seconds(0.6), f), percussive(0.003, [0.12, 0.09, 0.06][n]!)), seconds(hit), [0.6, 0.4, 0.25][n]!);
  });
  const latch = (at: number, level: number) => {
    const click = shape(biquad(whiteNoise(seconds(0.03), random), 'bandpass', 2800, 2), percussive(0.0005, 0.004));
    mixInto(out, scale(click, 1 / rms(click.subarray(0, seconds(0.005)))), seconds(at), level);
  };
  latch(hit + 0.006, 0.12);
  latch(hit + 0.055, 0.06);
  saturate(out, 1.5);
  biquad(out, 'lowpass', 3000);
  const roomy = roomTail(out, 0.6, 0.45, 0.5).slice(0, seconds(1.6));
  return normalize(fadeEdges(roomy, 0.01, 0.3), 0.8);
}

export const RECIPES: readonly Recipe[] = [
  { id: 'ambience', seed: 0x5a11, loop: true, opusKbps: 24, mp3Kbps: 64, make: () => ambience(0x5a11) },
  { id: 'heartbeat', seed: 0x4ea7, loop: false, opusKbps: 24, mp3Kbps: 32, make: () => heartbeat(0x4ea7) },
  // F4 → A4: a warm major third upwards when the client opens up.
  { id: 'cue-open', seed: 0xc0e1, loop: false, opusKbps: 32, mp3Kbps: 32, make: () => twoNotes(349.23, 440, 0.16, 0.6) },
  // D4 → B3: a soft minor third downwards when the client closes; quieter than the opening cue.
  { id: 'cue-close', seed: 0xc0e2, loop: false, opusKbps: 32, mp3Kbps: 32, make: () => twoNotes(293.66, 246.94, 0.2, 0.5) },
  { id: 'door', seed: 0xd002, loop: false, opusKbps: 32, mp3Kbps: 32, make: () => door(0xd002) },
];
