import { describe, expect, it } from 'vitest';
import { revealDelta, visibleBand } from '../../src/features/conversation/reveal.ts';

describe('revealDelta: the client reply after a choice', () => {
  const band = { top: 120, bottom: 740 };

  it('does not move when the reply and what follows are already in view', () => {
    expect(revealDelta({ top: 200, bottom: 300 }, [{ top: 320, bottom: 400 }], band)).toBe(0);
  });

  it('scrolls a reply hidden under the sticky panel down into the band', () => {
    // The reply sits at 50–150: its top is under the panel (which ends at 120).
    const delta = revealDelta({ top: 50, bottom: 150 }, [{ top: 500, bottom: 600 }], band);
    expect(delta).toBe(50 - 120 - 8);
  });

  it('scrolls as little as needed to show the reply with the first option', () => {
    const delta = revealDelta({ top: 600, bottom: 700 }, [{ top: 720, bottom: 800 }], band);
    expect(delta).toBe(800 - 740 + 8);
    expect(600 - delta).toBeGreaterThanOrEqual(band.top);
  });

  it('falls back to the next wanted end, and to the reply alone at the top, when it does not all fit', () => {
    const first = { top: 900, bottom: 1000 };
    const option = { top: 1600, bottom: 1700 };
    const lastLine = { top: 1100, bottom: 1200 };
    expect(revealDelta(first, [option, lastLine], band)).toBe(1200 - 740 + 8);
    expect(revealDelta(first, [option], band)).toBe(900 - 120 - 8);
  });
});

describe('visibleBand', () => {
  it('starts under a sticky panel that is stacked above the text', () => {
    expect(visibleBand(740, { position: 'sticky', stickyTop: 0, height: 114, coversText: true })).toEqual({ top: 114, bottom: 740 });
  });

  it('is the whole viewport when the panel stands beside the text or scrolls away', () => {
    expect(visibleBand(800, { position: 'sticky', stickyTop: 16, height: 500, coversText: false })).toEqual({ top: 0, bottom: 800 });
    expect(visibleBand(800, { position: 'static', stickyTop: 0, height: 500, coversText: true })).toEqual({ top: 0, bottom: 800 });
  });
});
