/**
 * Geometry for a small line chart of 0–100 values over turns: pure numbers, so the SVG component only draws.
 * Lines are told apart by dash pattern and marker shape as well as colour (WCAG 1.4.1): six of each, so up to
 * six lines (a workshop's groups) never share a pattern; past six the name at the line's end still tells.
 */
export const DASHES = ['', '8 5', '2 4', '12 4 2 4', '4 4', '14 6'] as const;
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesInput {
  id: string;
  /** One value per turn, turn 0 first (the state before the first choice). */
  values: number[];
}

export interface PlottedPoint {
  turn: number;
  x: number;
  y: number;
  value: number;
}

export interface PlottedSeries {
  id: string;
  d: string;
  dash: string;
  marker: Marker;
  points: PlottedPoint[];
  /** Where to put the line's name at its right end. */
  end: { x: number; y: number } | null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  series: PlottedSeries[];
  /** One tick per turn with a choice (turn ≥ 1). */
  turnTicks: { turn: number; x: number }[];
  yTicks: { value: number; y: number }[];
}

export interface ChartSize {
  width: number;
  height: number;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

/** The smallest font size the chart uses (px); the stylesheet sets it, the margins below make room for it. */
export const CHART_FONT_PX = 13;

/**
 * The chart's size for a given width on the page: a little less tall on a phone, a right margin that fits
 * the longest line name at the chart's font size (or a small one when the lines carry no name).
 */
export function chartSize(width: number, longestLabel: number, given: Partial<ChartSize> = {}): ChartSize {
  const w = Math.max(200, Math.round(width));
  const height = given.height ?? Math.round(Math.min(280, Math.max(200, w * 0.5)));
  const right = given.right ?? (longestLabel > 0 ? Math.ceil(longestLabel * CHART_FONT_PX * 0.62) + 14 : 24);
  return { ...given, width: w, height, right };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(inputs: readonly SeriesInput[], size: ChartSize): ChartGeometry {
  const plot = {
    left: size.left ?? 36,
    right: size.width - (size.right ?? 132),
    top: size.top ?? 12,
    bottom: size.height - (size.bottom ?? 32),
  };
  const turns = Math.max(1, ...inputs.map((s) => s.values.length - 1));
  const xOf = (turn: number) => round(plot.left + ((plot.right - plot.left) * turn) / turns);
  const yOf = (value: number) => round(plot.bottom - ((plot.bottom - plot.top) * Math.max(0, Math.min(100, value))) / 100);
  const series = inputs.map((input, index): PlottedSeries => {
    const points = input.values.map((value, turn) => ({ turn, value, x: xOf(turn), y: yOf(value) }));
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
    const last = points[points.length - 1];
    return {
      id: input.id,
      d,
      dash: DASHES[index % DASHES.length]!,
      marker: MARKERS[index % MARKERS.length]!,
      points,
      end: last ? { x: last.x, y: last.y } : null,
    };
  });
  spreadLabels(series, plot.top, plot.bottom);
  return {
    width: size.width,
    height: size.height,
    plot,
    series,
    turnTicks: Array.from({ length: turns }, (_, i) => ({ turn: i + 1, x: xOf(i + 1) })),
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) })),
  };
}

/** Keep the end labels at least a line apart so they never overlap. */
function spreadLabels(series: PlottedSeries[], top: number, bottom: number, gap = 14): void {
  const ends = series.filter((s) => s.end).sort((a, b) => a.end!.y - b.end!.y);
  for (let i = 1; i < ends.length; i += 1) {
    const prev = ends[i - 1]!.end!;
    const cur = ends[i]!.end!;
    if (cur.y - prev.y < gap) ends[i]!.end = { x: cur.x, y: prev.y + gap };
  }
  const overflow = (ends[ends.length - 1]?.end?.y ?? 0) - (bottom + gap / 2);
  if (overflow > 0) for (const s of ends) s.end = { x: s.end!.x, y: Math.max(top, s.end!.y - overflow) };
}

/** Marker outline for a point, centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r = 4): string {
  switch (marker) {
    case 'circle':
      return `M${x - r} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0`;
    case 'square':
      return `M${x - r} ${y - r} h${2 * r} v${2 * r} h${-2 * r} Z`;
    case 'triangle':
      return `M${x} ${y - r - 1} L${x + r + 1} ${y + r} L${x - r - 1} ${y + r} Z`;
    case 'diamond':
      return `M${x} ${y - r - 1} L${x + r + 1} ${y} L${x} ${y + r + 1} L${x - r - 1} ${y} Z`;
    case 'cross':
      return `M${x - r} ${y - r} L${x + r} ${y + r} M${x + r} ${y - r} L${x - r} ${y + r}`;
    case 'triangle-down':
      return `M${x} ${y + r + 1} L${x + r + 1} ${y - r} L${x - r - 1} ${y - r} Z`;
  }
}
