import { useMemo, useRef } from 'react';
import { chartGeometry, chartSize, DASHES, MARKERS, markerPath, type ChartSize, type SeriesInput } from './chart.view.ts';
import { useElementWidth } from './use-element-width.ts';

export interface ChartLine extends SeriesInput {
  label: string;
  /** A CSS class that sets the line's colour (an extra cue next to dash and marker). */
  className: string;
}

interface LineChartProps {
  lines: ChartLine[];
  /** What the chart shows, for screen readers; the page has the numbers as a table too. */
  label: string;
  /** The word under the turn ticks ("beurt"). */
  turnLabel: string;
  /** What was chosen at each turn (index 0 = turn 1), shown as a tooltip on its tick. */
  tickTitles?: string[];
  /** Height and margins; the width is the width the chart gets on the page. */
  size?: Partial<ChartSize>;
}

/**
 * A line chart drawn by code: 0–100 on the vertical axis, turns on the horizontal, a tick per choice. It is
 * drawn at the width it has on the page (one unit per CSS pixel), so its labels stay readable on a phone.
 */
export function LineChart({ lines, label, turnLabel, tickTitles = [], size }: LineChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 720);
  const longestLabel = Math.max(0, ...lines.map((line) => line.label.length));
  const fitted = useMemo(() => chartSize(width, longestLabel, size), [width, longestLabel, size]);
  const geometry = useMemo(() => chartGeometry(lines, fitted), [lines, fitted]);
  const { plot } = geometry;
  return (
    <div ref={frame} className="line-chart__frame">
      <svg
        className="line-chart"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMinYMin meet"
      >
        <g className="line-chart__grid" aria-hidden="true">
          {geometry.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
              <text x={plot.left - 6} y={tick.y + 4} textAnchor="end">
                {tick.value}
              </text>
            </g>
          ))}
        </g>
        <g className="line-chart__turns">
          {geometry.turnTicks.map((tick) => (
            <g key={tick.turn} className="line-chart__turn">
              {tickTitles[tick.turn - 1] && <title>{tickTitles[tick.turn - 1]}</title>}
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 6} />
              <text x={tick.x} y={plot.bottom + 18} textAnchor="middle" aria-hidden="true">
                {tick.turn}
              </text>
            </g>
          ))}
          <text className="line-chart__axis" x={plot.right} y={plot.bottom + 30} textAnchor="end" aria-hidden="true">
            {turnLabel}
          </text>
        </g>
        {geometry.series.map((series, index) => {
          const line = lines[index]!;
          return (
            <g key={series.id} className={`line-chart__series ${line.className}`} aria-hidden="true">
              <path className="line-chart__line" d={series.d} strokeDasharray={series.dash || undefined} />
              {series.points.map((point) => (
                <path key={point.turn} className="line-chart__marker" d={markerPath(series.marker, point.x, point.y)} />
              ))}
              {series.end && (
                <text className="line-chart__label" x={series.end.x + 8} y={series.end.y + 4}>
                  {line.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** A legend entry that shows the line's dash pattern and marker, so the key does not rely on colour. */
export function LegendSwatch({ index, className }: { index: number; className: string }) {
  const dash = DASHES[index % DASHES.length];
  const marker = MARKERS[index % MARKERS.length]!;
  return (
    <svg className={`legend-swatch ${className}`} viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
      <line className="line-chart__line" x1="2" x2="38" y1="6" y2="6" strokeDasharray={dash || undefined} />
      <path className="line-chart__marker" d={markerPath(marker, 20, 6, 3.5)} />
    </svg>
  );
}
