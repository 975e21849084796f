import { describe, expect, it } from 'vitest';
import { CHART_FONT_PX, chartGeometry, chartSize } from '../../src/features/debrief/chart.view.ts';

describe('chartSize: a chart drawn at the width it gets on the page', () => {
  it('uses the page width as its own, so one unit is one pixel and labels keep their font size', () => {
    const size = chartSize(316, 'Mentale ruimte'.length);
    expect(size.width).toBe(316);
    expect(CHART_FONT_PX).toBeGreaterThanOrEqual(12);
    // The longest line name fits in the right margin at that font size (about 0.6 em per character).
    expect(size.right).toBeGreaterThanOrEqual('Mentale ruimte'.length * CHART_FONT_PX * 0.6);
    const geometry = chartGeometry([{ id: 'a', values: [10, 20, 30, 40, 50, 60] }], size);
    expect(geometry.plot.right - geometry.plot.left).toBeGreaterThan(120);
  });

  it('is less tall on a phone than on a laptop, and keeps a given height', () => {
    expect(chartSize(316, 0).height).toBeLessThan(chartSize(900, 0).height);
    expect(chartSize(316, 0, { height: 200, right: 24 })).toMatchObject({ width: 316, height: 200, right: 24 });
  });
});
