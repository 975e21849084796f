/**
 * `npm run sounds`: synthesise Ruimte's sounds (scripts/lib/sound-recipes.ts) and encode them into
 * assets/sounds/ as Ogg Opus (every current browser but older Safari) plus MP3 (the fallback Howler picks
 * where Opus does not play). The committed files are the product: only a developer who changes a recipe runs
 * this, so CI and the build never need the encoders (`apt-get install opus-tools lame`).
 *
 * Deterministic: seeded synthesis and dither, a fixed Ogg serial per sound, no timestamps; with the same
 * encoder versions the bytes are the same on every run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toWav } from './lib/sound-dsp.ts';
import { RECIPES, type Recipe } from './lib/sound-recipes.ts';

export const SOUNDS_DIR = resolve(import.meta.dirname, '../assets/sounds');
/** The budget for all sound files together. */
export const SOUND_BUDGET_BYTES = 400 * 1024;
export const FORMATS = ['opus', 'mp3'] as const;

/** The 16-bit WAV of one recipe: the encoder's input, and what the determinism test compares. */
export function renderWav(recipe: Recipe): Uint8Array {
  return toWav(recipe.make(), recipe.seed);
}

function encode(recipe: Recipe, wavPath: string, outDir: string): string[] {
  const opus = join(outDir, `${recipe.id}.opus`);
  const mp3 = join(outDir, `${recipe.id}.mp3`);
  // --serial: Ogg otherwise picks a random stream serial; --padding 0: no empty tag space.
  const opusArgs = ['--quiet', '--serial', String(recipe.seed), '--bitrate', String(recipe.opusKbps), '--padding', '0'];
  execFileSync('opusenc', [...opusArgs, wavPath, opus]);
  // MPEG-2 at 24 kHz mono, constant bitrate; no ReplayGain scan and no ID3 tag (nothing variable).
  const mp3Args = ['--quiet', '-m', 'm', '--resample', '24', '-b', String(recipe.mp3Kbps), '--noreplaygain'];
  execFileSync('lame', [...mp3Args, wavPath, mp3]);
  return [opus, mp3];
}

export function makeSounds(outDir = SOUNDS_DIR): { file: string; bytes: number }[] {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ruimte-sounds-'));
  try {
    return RECIPES.flatMap((recipe) => {
      const wavPath = join(work, `${recipe.id}.wav`);
      writeFileSync(wavPath, renderWav(recipe));
      return encode(recipe, wavPath, outDir).map((file) => ({ file, bytes: statSync(file).size }));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const files = makeSounds(process.argv[2] ? resolve(process.argv[2]) : SOUNDS_DIR);
    let total = 0;
    for (const { file, bytes } of files) {
      total += bytes;
      console.log(`${file}  ${(bytes / 1024).toFixed(1)} KB`);
    }
    console.log(`total ${(total / 1024).toFixed(1)} KB of ${SOUND_BUDGET_BYTES / 1024} KB`);
    if (total > SOUND_BUDGET_BYTES) {
      console.error('The sounds are over budget: lower a bitrate or shorten the ambience loop.');
      process.exitCode = 1;
    }
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    console.error(missing ? 'make-sounds needs opusenc and lame: apt-get install opus-tools lame' : error);
    process.exitCode = 1;
  }
}
