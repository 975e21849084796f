/**
 * The scenario as a picture: moments and endings as boxes, options as arrows, laid out by dagre (layout
 * only; the SVG is drawn by lab-graph.tsx). Marks what an author must see: the start, moments no
 * conversation can reach, dead ends (moments from which no ending can be reached), and endings.
 *
 * Reachability here follows the arrows only (every `next`, in every mode). The analysis, when it has run,
 * adds what depends on the client's state (`analysed`): a moment can be linked yet never reached in play.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { truncate } from '../../content/graphemes.ts';
import { momentsThatCanEnd, reachableMoments } from '../../content/moment-graph.ts';
import type { CompiledScenario, Phase, Target } from '../../engine/index.ts';
import { recentMemo } from './recent.ts';

export type NodeKind = 'moment' | 'ending' | 'end';

export interface GraphNode {
  /** Moment or ending id; `END_NODE` for "the end, ending chosen by the client's state". */
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  start: boolean;
  unreachable: boolean;
  deadEnd: boolean;
  walkOut: boolean;
  phase: Phase | null;
  options: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The option ids that lead this way. */
  options: string[];
  /** Only in some modes (a mode-dependent `next`), or chosen by the client's state (from the end node). */
  conditional: boolean;
  points: { x: number; y: number }[];
}

export interface LabGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export interface Analysed {
  unreachable: readonly string[];
  deadEnds: readonly string[];
  endingsReached: readonly string[];
}

export const END_NODE = '#end';
/** Beyond this many boxes a drawn graph is no longer readable (and layout gets slow): the Lab says so instead. */
export const MAX_GRAPH_NODES = 300;

const SIZE: Record<NodeKind, { width: number; height: number }> = {
  moment: { width: 190, height: 64 },
  ending: { width: 190, height: 56 },
  end: { width: 190, height: 44 },
};

function targetNode(target: Target): string {
  return target.kind === 'end' ? END_NODE : target.id;
}

export function graphSize(scenario: CompiledScenario): number {
  return scenario.moments.length + scenario.endings.length + 1;
}

export function buildGraph(scenario: CompiledScenario, analysed: Analysed | null = null): LabGraph {
  const reachable = reachableMoments(scenario);
  const canEnd = momentsThatCanEnd(scenario);
  const notVisited = new Set(analysed?.unreachable ?? []);
  const looping = new Set(analysed?.deadEnds ?? []);

  const edges = new Map<string, GraphEdge>();
  const addEdge = (from: string, to: string, option: string | null, conditional: boolean) => {
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key) ?? { from, to, options: [], conditional: true, points: [] };
    if (option && !edge.options.includes(option)) edge.options.push(option);
    edge.conditional &&= conditional;
    edges.set(key, edge);
  };
  let usesEnd = false;
  for (const m of scenario.moments) {
    for (const o of m.options) {
      const defaultTo = targetNode(o.next.default);
      for (const target of Object.values(o.next)) {
        if (!target) continue;
        const to = targetNode(target);
        usesEnd ||= to === END_NODE;
        addEdge(m.id, to, o.id, to !== defaultTo);
      }
    }
  }
  // The end node chooses an ending by the client's state: every ending but the walk-out can follow it.
  if (usesEnd) for (const e of scenario.endings) if (!e.walkOut) addEdge(END_NODE, e.id, null, true);

  const reachedEnding = new Set<string>();
  for (const edge of edges.values()) if (edge.from === END_NODE ? usesEnd : reachable.has(edge.from)) reachedEnding.add(edge.to);

  const nodes: GraphNode[] = [
    ...scenario.moments.map((m) => ({
      id: m.id,
      kind: 'moment' as const,
      start: m.id === scenario.start,
      unreachable: !reachable.has(m.id) || notVisited.has(m.id),
      deadEnd: !canEnd.has(m.id) || looping.has(m.id),
      walkOut: false,
      phase: m.phase,
      options: m.options.length,
    })),
    ...(usesEnd
      ? [{ id: END_NODE, kind: 'end' as const, start: false, unreachable: false, deadEnd: false, walkOut: false, phase: null, options: 0 }]
      : []),
    ...scenario.endings.map((e) => ({
      id: e.id,
      kind: 'ending' as const,
      start: false,
      // The walk-out ending is reached by walking out, never by an arrow.
      unreachable: !e.walkOut && (!reachedEnding.has(e.id) || (analysed !== null && !analysed.endingsReached.includes(e.id))),
      deadEnd: false,
      walkOut: e.walkOut,
      phase: null,
      options: 0,
    })),
  ].map((n) => ({ ...n, x: 0, y: 0, ...SIZE[n.kind] }));

  return layoutGraph(nodes, [...edges.values()]);
}

/**
 * Where dagre put things. It depends only on the boxes (id and size, in order) and the arrows (in order):
 * a new check of a text whose graph did not change (an edited reply, a comment, a fresh compile of the same
 * file) reuses the last few layouts instead of laying out again, which at CPU throttling costs more than
 * the check itself. The key is that input, written out in full: equal keys, equal layouts.
 */
interface Placed {
  nodes: Map<string, { x: number; y: number }>;
  edges: Map<string, { x: number; y: number }[]>;
  width: number;
  height: number;
}

const layouts = recentMemo<Placed>(4);

function layoutKey(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  return JSON.stringify([nodes.map((n) => [n.id, n.width, n.height]), edges.map((e) => [e.from, e.to])]);
}

function layoutGraph(nodes: GraphNode[], edges: GraphEdge[]): LabGraph {
  const placed = layouts(layoutKey(nodes, edges), () => runLayout(nodes, edges));
  const { nodes: at, edges: through } = placed;
  return {
    nodes: nodes.map((n) => ({ ...n, ...at.get(n.id)! })),
    edges: edges.map((e) => ({ ...e, points: through.get(`${e.from}\u0000${e.to}`)!.map((p) => ({ ...p })) })),
    width: placed.width,
    height: placed.height,
  };
}

function runLayout(nodes: GraphNode[], edges: GraphEdge[]): Placed {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.from, e.to);
  layout(g);
  const graph = g.graph() as { width?: number; height?: number };
  return {
    nodes: new Map(
      nodes.map((n) => {
        const placed = g.node(n.id) as { x: number; y: number };
        return [n.id, { x: placed.x, y: placed.y }];
      }),
    ),
    edges: new Map(
      edges.map((e) => [
        `${e.from}\u0000${e.to}`,
        ((g.edge(e.from, e.to) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({ x: p.x, y: p.y })),
      ]),
    ),
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
  };
}

/** An SVG path through dagre's points. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** Ids longer than a box is wide are shortened with an ellipsis (the full id is in the accessible name). */
export function shortLabel(text: string, max = 22): string {
  return truncate(text, max);
}

/** The status words of a node, for its second line and its accessible name (never colour alone). */
export type NodeMark = 'start' | 'unreachable' | 'deadEnd' | 'ending' | 'walkOut' | 'end';

export function nodeMarks(node: GraphNode): NodeMark[] {
  const marks: NodeMark[] = [];
  if (node.start) marks.push('start');
  if (node.kind === 'end') marks.push('end');
  if (node.kind === 'ending') marks.push(node.walkOut ? 'walkOut' : 'ending');
  if (node.unreachable) marks.push('unreachable');
  if (node.deadEnd) marks.push('deadEnd');
  return marks;
}
