/**
 * Small, deterministic DSP for `scripts/make-sounds.ts`: seeded noise, oscillators, envelopes, filters and
 * 16-bit WAV writing. Plain arithmetic on Float64Arrays, no platform APIs, so the same seed gives the same
 * samples everywhere (and the tests can run it without an encoder).
 */

export const SAMPLE_RATE = 48_000;

export type Signal = Float64Array;

export const seconds = (s: number): number => Math.round(s * SAMPLE_RATE);

/** mulberry32: a tiny seeded generator; returns uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function whiteNoise(length: number, random: () => number): Signal {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i += 1) out[i] = random() * 2 - 1;
  return out;
}

/** Pink (1/f) noise: Paul Kellet's economy filter over white noise. */
export function pinkNoise(length: number, random: () => number): Signal {
  const out = new Float64Array(length);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < length; i += 1) {
    const w = random() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

export type BiquadKind = 'lowpass' | 'highpass' | 'bandpass';

/** RBJ cookbook biquad, applied in place and returned. */
export function biquad(signal: Signal, kind: BiquadKind, frequency: number, q = Math.SQRT1_2): Signal {
  const w0 = (2 * Math.PI * frequency) / SAMPLE_RATE;
  const cos = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  let b0: number;
  let b1: number;
  let b2: number;
  if (kind === 'lowpass') {
    b0 = (1 - cos) / 2;
    b1 = 1 - cos;
    b2 = b0;
  } else if (kind === 'highpass') {
    b0 = (1 + cos) / 2;
    b1 = -(1 + cos);
    b2 = b0;
  } else {
    b0 = alpha;
    b1 = 0;
    b2 = -alpha;
  }
  const a0 = 1 + alpha;
  const a1 = -2 * cos;
  const a2 = 1 - alpha;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < signal.length; i += 1) {
    const x = signal[i]!;
    const y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    signal[i] = y;
  }
  return signal;
}

/** A sine whose frequency follows `frequencyAt(t)` (seconds → Hz), phase-continuous. */
export function sweep(length: number, frequencyAt: (t: number) => number, phase = 0): Signal {
  const out = new Float64Array(length);
  let p = phase;
  for (let i = 0; i < length; i += 1) {
    out[i] = Math.sin(p);
    p += (2 * Math.PI * frequencyAt(i / SAMPLE_RATE)) / SAMPLE_RATE;
  }
  return out;
}

export const sine = (length: number, frequency: number, phase = 0): Signal => sweep(length, () => frequency, phase);

/** Multiply by an envelope given as a function of time in seconds. */
export function shape(signal: Signal, envelope: (t: number) => number): Signal {
  for (let i = 0; i < signal.length; i += 1) signal[i] = signal[i]! * envelope(i / SAMPLE_RATE);
  return signal;
}

/** Attack with a raised cosine, then exponential decay with time constant `decay` (seconds). */
export function percussive(attack: number, decay: number): (t: number) => number {
  return (t) => {
    if (t < 0) return 0;
    if (t < attack) return 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
    return Math.exp(-(t - attack) / decay);
  };
}

export function scale(signal: Signal, gain: number): Signal {
  for (let i = 0; i < signal.length; i += 1) signal[i] = signal[i]! * gain;
  return signal;
}

/** Add `source` into `target` starting at sample `offset` (clipped to the target's length). */
export function mixInto(target: Signal, source: Signal, offset = 0, gain = 1): Signal {
  for (let i = 0; i < source.length && offset + i < target.length; i += 1) {
    if (offset + i >= 0) target[offset + i] = target[offset + i]! + source[i]! * gain;
  }
  return target;
}

/** Gentle saturation: adds harmonics so low thumps are audible on small speakers. */
export function saturate(signal: Signal, drive: number): Signal {
  const norm = Math.tanh(drive);
  for (let i = 0; i < signal.length; i += 1) signal[i] = Math.tanh(signal[i]! * drive) / norm;
  return signal;
}

export function peak(signal: Signal): number {
  let max = 0;
  for (const v of signal) max = Math.max(max, Math.abs(v));
  return max;
}

export function rms(signal: Signal): number {
  let sum = 0;
  for (const v of signal) sum += v * v;
  return Math.sqrt(sum / Math.max(1, signal.length));
}

/** Scale so the highest peak sits at `target` (linear, e.g. 0.7 ≈ −3 dBFS). */
export function normalize(signal: Signal, target: number): Signal {
  const p = peak(signal);
  return p === 0 ? signal : scale(signal, target / p);
}

/** Short raised-cosine fades at both ends, so one-shots start and stop without a click. */
export function fadeEdges(signal: Signal, fadeIn: number, fadeOut: number): Signal {
  const a = seconds(fadeIn);
  const b = seconds(fadeOut);
  for (let i = 0; i < a && i < signal.length; i += 1) signal[i] = signal[i]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / a));
  for (let i = 0; i < b && i < signal.length; i += 1) {
    const k = signal.length - 1 - i;
    signal[k] = signal[k]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / b));
  }
  return signal;
}

/**
 * Make a seamless loop of `length` samples from a longer signal: the overhang past `length` is faded into
 * the start (equal power, right for uncorrelated noise), so the last sample runs on into the first.
 */
export function loopCrossfade(signal: Signal, length: number): Signal {
  const fade = signal.length - length;
  if (fade <= 0) throw new Error('loopCrossfade needs a signal longer than the loop');
  const out = signal.slice(0, length);
  for (let i = 0; i < fade; i += 1) {
    const x = i / fade;
    out[i] = signal[i]! * Math.sin((Math.PI / 2) * x) + signal[length + i]! * Math.cos((Math.PI / 2) * x);
  }
  return out;
}

/**
 * A small room: Schroeder's reverb (four damped feedback combs in parallel, two allpasses in series) added to
 * the dry signal. `rt60` is the time in seconds for the tail to fall by 60 dB, `wet` its level.
 */
export function roomTail(signal: Signal, rt60: number, wet: number, damping = 0.3): Signal {
  const tailLength = seconds(rt60);
  const input = new Float64Array(signal.length + tailLength);
  input.set(signal);
  const combs = [1557, 1617, 1491, 1422].map((d) => Math.round((d * SAMPLE_RATE) / 44_100));
  const wetSignal = new Float64Array(input.length);
  for (const delay of combs) {
    const feedback = Math.pow(10, (-3 * delay) / (rt60 * SAMPLE_RATE));
    const buffer = new Float64Array(delay);
    let low = 0;
    for (let i = 0; i < input.length; i += 1) {
      const k = i % delay;
      const out = buffer[k]!;
      low = out * (1 - damping) + low * damping;
      buffer[k] = input[i]! + low * feedback;
      wetSignal[i] = wetSignal[i]! + out / combs.length;
    }
  }
  for (const d of [556, 441]) {
    const delay = Math.round((d * SAMPLE_RATE) / 44_100);
    const buffer = new Float64Array(delay);
    for (let i = 0; i < wetSignal.length; i += 1) {
      const k = i % delay;
      const delayed = buffer[k]!;
      const x = wetSignal[i]!;
      buffer[k] = x + delayed * 0.5;
      wetSignal[i] = delayed - x * 0.5;
    }
  }
  return mixInto(input, wetSignal, 0, wet);
}

/** 16-bit PCM mono WAV with seeded TPDF dither; the bytes depend only on the samples and the seed. */
export function toWav(signal: Signal, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const dataBytes = signal.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i += 1) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < signal.length; i += 1) {
    const dither = random() - random();
    const value = Math.round(Math.max(-1, Math.min(1, signal[i]!)) * 32766 + dither);
    view.setInt16(44 + i * 2, Math.max(-32768, Math.min(32767, value)), true);
  }
  return new Uint8Array(buffer);
}
