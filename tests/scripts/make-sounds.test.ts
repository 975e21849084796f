/**
 * The sound script and its product. The synthesis is deterministic (same bytes twice, no encoder needed), and
 * the committed files in assets/sounds are valid: Ogg pages with correct checksums and an Opus head and tags,
 * MP3 frames with a LAME info header, lengths that match the recipes, and at most 400 KB together.
 * (Encoding itself needs opusenc and lame and is checked by hand: `npm run sounds` twice gives the same bytes.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../scripts/lib/sound-dsp.ts';
import { AMBIENCE_SECONDS, RECIPES } from '../../scripts/lib/sound-recipes.ts';
import { FORMATS, SOUNDS_DIR, SOUND_BUDGET_BYTES, renderWav } from '../../scripts/make-sounds.ts';
import { SOUND_IDS } from '../../src/features/sound/soundscape.view.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const samples = (wav: Uint8Array) => new Int16Array(wav.buffer, wav.byteOffset + 44, (wav.length - 44) / 2);
const renderedCache = new Map<string, Uint8Array>();
/** One render per recipe for the checks that only read the samples (the determinism test renders afresh). */
const rendered = (recipe: (typeof RECIPES)[number]) => {
  if (!renderedCache.has(recipe.id)) renderedCache.set(recipe.id, renderWav(recipe));
  return renderedCache.get(recipe.id)!;
};

// --- Ogg: pages, CRC-32 (polynomial 0x04c11db7, no reflection), Opus headers

const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let r = i << 24;
  for (let k = 0; k < 8; k += 1) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  return r >>> 0;
});

function oggCrc(page: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < page.length; i += 1) {
    const byte = i >= 22 && i < 26 ? 0 : page[i]!; // the checksum field counts as zero
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  }
  return crc;
}

interface OggPage {
  headerType: number;
  granule: bigint;
  serial: number;
  crcOk: boolean;
  body: Uint8Array;
}

function oggPages(bytes: Uint8Array): OggPage[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const pages: OggPage[] = [];
  let at = 0;
  while (at < bytes.length) {
    expect(String.fromCharCode(...bytes.subarray(at, at + 4))).toBe('OggS');
    const segments = bytes[at + 26]!;
    const table = bytes.subarray(at + 27, at + 27 + segments);
    const bodyLength = table.reduce((a, b) => a + b, 0);
    const end = at + 27 + segments + bodyLength;
    const page = bytes.subarray(at, end);
    pages.push({
      headerType: bytes[at + 5]!,
      granule: view.getBigInt64(at + 6, true),
      serial: view.getUint32(at + 14, true),
      crcOk: oggCrc(page) === view.getUint32(at + 22, true),
      body: bytes.subarray(at + 27 + segments, end),
    });
    at = end;
  }
  return pages;
}

// --- MP3: frame headers (MPEG-2 layer III at 24 kHz, as make-sounds encodes)

const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

function mp3Frames(bytes: Uint8Array): { count: number; firstFrame: Uint8Array; sampleRate: number } {
  let at = 0;
  let count = 0;
  let firstFrame: Uint8Array = new Uint8Array();
  let sampleRate = 0;
  while (at + 4 <= bytes.length) {
    const [b0, b1, b2] = [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
    expect(b0 === 0xff && (b1 & 0xe0) === 0xe0, `frame sync at byte ${at}`).toBe(true);
    expect((b1 >> 3) & 3).toBe(2); // MPEG-2
    expect((b1 >> 1) & 3).toBe(1); // layer III
    const kbps = MPEG2_L3_KBPS[b2 >> 4]!;
    sampleRate = [22050, 24000, 16000][(b2 >> 2) & 3]!;
    const length = Math.floor((72_000 * kbps) / sampleRate) + ((b2 >> 1) & 1);
    if (count === 0) firstFrame = bytes.subarray(at, at + length);
    count += 1;
    at += length;
  }
  expect(at).toBe(bytes.length);
  return { count, firstFrame, sampleRate };
}

describe('sound synthesis', () => {
  it('has a recipe for every sound the player knows', () => {
    expect(RECIPES.map((r) => r.id).sort()).toEqual([...SOUND_IDS].sort());
  });

  it.each(RECIPES.map((r) => [r.id, r] as const))('%s: the same samples on every run', (_id, recipe) => {
    expect(sha(renderWav(recipe))).toBe(sha(rendered(recipe)));
  });

  it('the ambience loops without a click: the step from the last sample to the first is an ordinary step', () => {
    const pcm = samples(rendered(RECIPES.find((r) => r.id === 'ambience')!));
    expect(pcm.length).toBe(AMBIENCE_SECONDS * SAMPLE_RATE);
    const steps = Array.from({ length: pcm.length - 1 }, (_, i) => Math.abs(pcm[i + 1]! - pcm[i]!)).sort((a, b) => a - b);
    const p99 = steps[Math.floor(steps.length * 0.99)]!;
    expect(Math.abs(pcm[0]! - pcm[pcm.length - 1]!)).toBeLessThan(p99);
  });

  it('one heartbeat is shorter than a beat at the fastest rate (100 bpm), and one-shots start and end in silence', () => {
    for (const recipe of RECIPES.filter((r) => !r.loop)) {
      const pcm = samples(rendered(recipe));
      if (recipe.id === 'heartbeat') expect(pcm.length / SAMPLE_RATE).toBeLessThan(0.6);
      expect(Math.abs(pcm[0]!), recipe.id).toBeLessThan(40);
      expect(Math.abs(pcm[pcm.length - 1]!), recipe.id).toBeLessThan(40);
    }
  });
});

describe('committed sounds in assets/sounds', () => {
  const files = RECIPES.flatMap((r) => FORMATS.map((format) => ({ recipe: r, format, path: join(SOUNDS_DIR, `${r.id}.${format}`) })));

  it('all exist and stay within 400 KB together', () => {
    for (const f of files) expect(existsSync(f.path), f.path).toBe(true);
    const total = files.reduce((sum, f) => sum + statSync(f.path).size, 0);
    expect(total).toBeLessThanOrEqual(SOUND_BUDGET_BYTES);
  });

  it.each(RECIPES.map((r) => [r.id, r] as const))('%s.opus is a valid Ogg Opus stream of the recipe length', (id, recipe) => {
    const pages = oggPages(readFileSync(join(SOUNDS_DIR, `${id}.opus`)));
    expect(pages.every((p) => p.crcOk)).toBe(true);
    expect(pages.every((p) => p.serial === recipe.seed)).toBe(true); // fixed serial: deterministic output
    expect(pages[0]!.headerType & 2).toBe(2); // beginning of stream
    expect(pages[pages.length - 1]!.headerType & 4).toBe(4); // end of stream
    const head = pages[0]!.body;
    expect(String.fromCharCode(...head.subarray(0, 8))).toBe('OpusHead');
    expect(head[8]).toBe(1); // version
    expect(head[9]).toBe(1); // mono
    const preSkip = head[10]! | (head[11]! << 8);
    expect(String.fromCharCode(...pages[1]!.body.subarray(0, 8))).toBe('OpusTags');
    const duration = Number(pages[pages.length - 1]!.granule - BigInt(preSkip)) / 48_000;
    const expected = samples(rendered(recipe)).length / SAMPLE_RATE;
    expect(duration).toBeCloseTo(expected, 2);
  });

  it.each(RECIPES.map((r) => [r.id, r] as const))(
    '%s.mp3 is a valid MP3 (MPEG-2 layer III, 24 kHz) of about the recipe length',
    (id, recipe) => {
      const { count, firstFrame, sampleRate } = mp3Frames(readFileSync(join(SOUNDS_DIR, `${id}.mp3`)));
      expect(sampleRate).toBe(24_000);
      // The loop needs LAME's header frame, which carries the gapless trim (it only fits in frames of 64 kbit/s+).
      if (recipe.loop) expect(new TextDecoder('latin1').decode(firstFrame)).toMatch(/Info[\s\S]*LAME/);
      const expected = samples(rendered(recipe)).length / SAMPLE_RATE;
      const seconds = ((count - 1) * 576) / sampleRate;
      expect(seconds).toBeGreaterThanOrEqual(expected);
      expect(seconds).toBeLessThan(expected + 0.15);
    },
  );
});
