/**
 * `npm run icons`: draws the app icons of the installable web app (public/icons/) without an image library:
 * an open ring (a room with space in it) in white on Ruimte's accent colour, anti-aliased by supersampling,
 * written as PNG with node:zlib. The ring stays inside the central 80 % circle, so the same picture works as a
 * maskable icon that a phone crops to its own shape. The committed files are the product; run this only after
 * changing the drawing. Deterministic: the same bytes on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICONS_DIR = resolve(import.meta.dirname, '../public/icons');
/** Kept in step with --color-accent in src/styles/tokens.css and the manifest's theme colour. */
export const ICON_BACKGROUND = '#0a5c63';
const RING = '#ffffff';
const LIGHT = '#ffd98a';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** The colour at (x, y) in a unit square, or null for the background. */
function shade(x: number, y: number): Rgb | null {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (r >= 0.22 && r <= 0.3) return rgb(RING);
  if (Math.hypot(x - 0.5, y - 0.6) <= 0.07) return rgb(LIGHT);
  return null;
}

/** RGBA pixels of a `size`×`size` icon, 4×4 samples per pixel. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const background = rgb(ICON_BACKGROUND);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size) ?? background;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
        }
      }
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(sum[c]! / (samples * samples));
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A PNG file (8-bit RGBA, no filter) of square RGBA pixels. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The sizes the manifest lists: 192 and 512 are what browsers need to offer installation. */
export const ICON_SIZES = [192, 512] as const;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(ICONS_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(ICONS_DIR, `icon-${size}.png`);
    writeFileSync(file, encodePng(drawIcon(size), size));
    console.log(`wrote ${file}`);
  }
}
