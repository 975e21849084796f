/** The committed app icons are what scripts/make-icons.ts draws (deterministic), and valid PNGs of their size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS_DIR, ICON_SIZES, drawIcon, encodePng } from '../../scripts/make-icons.ts';

describe.each(ICON_SIZES)('icon-%i.png', (size) => {
  const committed = () => readFileSync(join(ICONS_DIR, `icon-${size}.png`));

  it('is a PNG of the size its name says', () => {
    const png = committed();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  it('is byte for byte what npm run icons draws (run it after changing the drawing)', () => {
    expect(encodePng(drawIcon(size), size).equals(committed())).toBe(true);
  }, 60_000); // drawing 512 px with 16 samples a pixel takes seconds on a busy machine
});
