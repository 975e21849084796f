/**
 * The graph of moments and endings as SVG. Each box is a button (click, Enter or Space) that selects it;
 * its status is written in the box (so in its accessible name) and drawn as a shape or pattern too:
 * start = thick border, unreachable = hatched and dashed, dead end = double border, ending = rounded.
 */
import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import {
  buildGraph,
  edgePath,
  END_NODE,
  graphSize,
  MAX_GRAPH_NODES,
  nodeMarks,
  shortLabel,
  type Analysed,
  type GraphNode,
  type NodeMark,
} from './graph.view.ts';

interface LabGraphProps {
  scenario: CompiledScenario;
  analysed: Analysed | null;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Memoised: typing redraws it only when a check brings a different scenario, analysis or selection. */
export const LabGraph = memo(function LabGraph({ scenario, analysed, selected, onSelect }: LabGraphProps) {
  const { t } = useTranslation('lab');
  const uid = useId();
  const tooBig = graphSize(scenario) > MAX_GRAPH_NODES;
  const graph = useMemo(() => (tooBig ? null : buildGraph(scenario, analysed)), [scenario, analysed, tooBig]);
  if (!graph) return <p className="lab-hint">{t('graph.tooBig', { count: graphSize(scenario), max: MAX_GRAPH_NODES })}</p>;

  const markText = (mark: NodeMark) => t(`graph.marks.${mark}`);
  const title = (node: GraphNode) => (node.id === END_NODE ? t('graph.endNode') : node.id);
  const label = (node: GraphNode) => {
    const marks = nodeMarks(node).map(markText);
    const kind = node.kind === 'moment' ? t('graph.momentLabel', { id: node.id, count: node.options }) : title(node);
    return [kind, ...marks].join(', ');
  };
  const keyDown = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(id);
  };

  return (
    <div className="lab-graph" role="group" aria-label={t('graph.label')}>
      <svg
        className="lab-graph__svg"
        width={graph.width}
        height={graph.height}
        viewBox={`0 0 ${graph.width} ${graph.height}`}
        role="presentation"
      >
        <defs>
          <marker id="lab-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="lab-graph__arrowhead" />
          </marker>
          <pattern id="lab-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="8" className="lab-graph__hatch" />
          </pattern>
        </defs>
        <g aria-hidden="true">
          {graph.edges.map((edge) => (
            <g key={`${edge.from}>${edge.to}`}>
              <path
                d={edgePath(edge.points)}
                className={`lab-graph__edge${edge.conditional ? ' lab-graph__edge--conditional' : ''}`}
                markerEnd="url(#lab-arrow)"
              />
              {edge.options.length > 1 && edge.points.length > 0 && (
                <text
                  className="lab-graph__count"
                  x={edge.points[Math.floor(edge.points.length / 2)]!.x + 6}
                  y={edge.points[Math.floor(edge.points.length / 2)]!.y}
                >
                  {`×${edge.options.length}`}
                </text>
              )}
            </g>
          ))}
        </g>
        {graph.nodes.map((node, index) => {
          const marks = nodeMarks(node);
          const classes = [
            'lab-node',
            `lab-node--${node.kind}`,
            ...marks.map((m) => `lab-node--${m}`),
            node.id === selected ? 'lab-node--selected' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const x = node.x - node.width / 2;
          const y = node.y - node.height / 2;
          const rounded = node.kind === 'moment' ? 4 : node.height / 2;
          return (
            <g
              key={node.id}
              className={classes}
              role="button"
              tabIndex={0}
              aria-describedby={`${uid}-${index}`}
              aria-pressed={node.id === selected}
              data-node={node.id}
              onClick={() => onSelect(node.id)}
              onKeyDown={(e) => keyDown(e, node.id)}
            >
              {/* The name is the visible text (id and marks); the description says the rest in words. */}
              <desc id={`${uid}-${index}`}>{label(node)}</desc>
              <rect x={x} y={y} width={node.width} height={node.height} rx={rounded} className="lab-node__box" />
              {node.unreachable && (
                <rect
                  x={x}
                  y={y}
                  width={node.width}
                  height={node.height}
                  rx={rounded}
                  fill="url(#lab-hatch)"
                  className="lab-node__pattern"
                />
              )}
              {node.deadEnd && (
                <rect x={x + 4} y={y + 4} width={node.width - 8} height={node.height - 8} rx={2} className="lab-node__inner" />
              )}
              <text x={node.x} y={node.y - (marks.length > 0 ? 6 : -4)} textAnchor="middle" className="lab-node__title">
                {shortLabel(title(node))}
              </text>
              {marks.length > 0 && (
                <text x={node.x} y={node.y + 14} textAnchor="middle" className="lab-node__marks">
                  {shortLabel(marks.map(markText).join(' · '), 30)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
});

/** What the shapes mean, in words. */
export const GraphLegend = memo(function GraphLegend() {
  const { t } = useTranslation('lab');
  return (
    <ul className="lab-legend" aria-label={t('graph.legendLabel')}>
      {(['start', 'unreachable', 'deadEnd', 'ending', 'walkOut', 'end'] as const).map((mark) => (
        <li key={mark}>
          <span className={`lab-legend__swatch lab-legend__swatch--${mark}`} aria-hidden="true" />
          {t(`graph.legend.${mark}`)}
        </li>
      ))}
      <li>
        <span className="lab-legend__swatch lab-legend__swatch--conditional" aria-hidden="true" />
        {t('graph.legend.conditional')}
      </li>
    </ul>
  );
});
