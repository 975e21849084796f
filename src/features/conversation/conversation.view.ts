/**
 * What the conversation screen shows, as pure functions of the scenario and the client's state: the
 * transcript, the options, the room and meters, the door's geometry and what the live region announces.
 */
import {
  lineText,
  selectClientLines,
  selectOptions,
  selectTranscript,
  type ClientState,
  type CompiledScenario,
  type Lang,
  type Mode,
  type Trait,
} from '../../engine/index.ts';
import { localizedLine } from '../shared/localized.ts';

export interface TranscriptItem {
  key: string;
  turn: number;
  speaker: 'client' | 'consultant';
  /** Spoken aloud, or the client's inner thought (shown only when thoughts are on). */
  kind: 'speech' | 'thought';
  text: string;
  /** The language the text is in (Dutch when a translation is missing). */
  lang: Lang;
  /** For the consultant's own words: the 0-based index of this choice in `state.choices` (for rewind). */
  choiceIndex: number | null;
}

export interface DisplayOptions {
  showThoughts: boolean;
}

export function transcriptView(scenario: CompiledScenario, state: ClientState, lang: Lang, display: DisplayOptions): TranscriptItem[] {
  return selectTranscript(state)
    .map((entry, index): TranscriptItem => ({
      key: `${entry.turn}.${index}`,
      turn: entry.turn,
      speaker: entry.speaker,
      kind: entry.kind === 'thought' ? 'thought' : 'speech',
      ...localizedLine(scenario, entry.line, lang),
      // Turn 0 is the opening; the consultant's choice that made turn n is choices[n - 1].
      choiceIndex: entry.speaker === 'consultant' && entry.kind === 'option' ? entry.turn - 1 : null,
    }))
    .filter((item) => display.showThoughts || item.kind !== 'thought');
}

export interface OptionItem {
  id: string;
  /** 1-based; also the key that chooses it. */
  number: number;
  text: string;
  lang: Lang;
}

export function optionsView(scenario: CompiledScenario, state: ClientState, lang: Lang): OptionItem[] {
  return selectOptions(scenario, state).map((option, index) => ({
    id: option.id,
    number: index + 1,
    ...localizedLine(scenario, option.text, lang),
  }));
}

/** The keys 1–9 choose an option, as far as there are options. */
export function optionIndexForKey(key: string, optionCount: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < optionCount ? index : null;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** Whether a key press belongs to something the user is typing in (then number keys must not choose). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  return false;
}

export interface ClientNumbers {
  room: number;
  stress: number;
  trust: number;
  mode: Mode;
}

/** Rounded to whole numbers, as shown and announced. */
export function clientNumbers(state: ClientState): ClientNumbers {
  return {
    room: Math.round(state.vars.room),
    stress: Math.round(state.vars.stress),
    trust: Math.round(state.vars.trust),
    mode: state.mode,
  };
}

// --- the door

/** How far the door stands open when the room is 100. */
export const MAX_DOOR_ANGLE = 80;

/**
 * The smallest change of the door's angle (degrees) a glide draws (use-glide.ts). This step moves no point of
 * the door more than 0.45 units. The drawing is at most 14rem wide for its 160 units: under 1 px per unit at
 * the normal text size, about 2 at most with the largest text: a step stays under a pixel, as a step of the
 * breathing does.
 */
export const DOOR_GLIDE_STEP = 0.4;

export function doorAngle(room: number): number {
  const clamped = Math.min(100, Math.max(0, room));
  return (clamped / 100) * MAX_DOOR_ANGLE;
}

/** The door's frame in the SVG's user space (viewBox 0 0 160 180). */
export const DOOR_FRAME = { x: 50, y: 30, width: 60, height: 130 } as const;

export interface DoorGeometry {
  /** `points` of the door leaf: hinge top, free edge top, free edge bottom, hinge bottom. */
  leaf: string;
  knob: { cx: number; cy: number };
  /** 0–1: how much light falls out of the room. */
  light: number;
  /** `points` of the light on the floor in front of the door. */
  spill: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A door hinged on the left, swinging towards the viewer: seen from the front its free edge moves towards the
 * hinge and, being nearer, looks a little taller. Geometry only, set as SVG attributes (no inline style).
 */
export function doorGeometry(angleDegrees: number): DoorGeometry {
  const { x, y, width, height } = DOOR_FRAME;
  const a = (Math.min(90, Math.max(0, angleDegrees)) * Math.PI) / 180;
  const edgeX = x + width * Math.cos(a);
  const grow = 12 * Math.sin(a);
  const light = Math.sin(a);
  const floor = y + height;
  const spread = 22 * light;
  return {
    leaf: [`${x},${y}`, `${round(edgeX)},${round(y - grow)}`, `${round(edgeX)},${round(floor + grow)}`, `${x},${floor}`].join(' '),
    knob: { cx: round(x + (edgeX - x) * 0.85), cy: round(y + height * 0.55) },
    light: round(light),
    spill: [
      `${round(edgeX)},${floor}`,
      `${x + width},${floor}`,
      `${round(x + width + spread)},${round(floor + 16)}`,
      `${round(edgeX - spread / 2)},${round(floor + 16)}`,
    ].join(' '),
  };
}

// --- the live region

export interface Announcement {
  lines: { kind: 'said' | 'thought'; text: string }[];
  /** The mode the client changed to on the last turn, if it changed. */
  modeChange: Mode | null;
  /** A fight, flight or freeze reaction that started on the last turn. */
  reaction: Trait | null;
}

/** What to announce after the last turn: the client's reply and what changed. Nothing before the first turn. */
export function announcementView(scenario: CompiledScenario, state: ClientState, lang: Lang, display: DisplayOptions): Announcement | null {
  const last = state.explanations[state.explanations.length - 1];
  if (!last) return null;
  const lines = selectClientLines(state)
    .filter((entry) => display.showThoughts || entry.kind !== 'thought')
    .map((entry) => ({
      kind: entry.kind === 'thought' ? ('thought' as const) : ('said' as const),
      text: lineText(scenario, entry.line, lang),
    }));
  const modeChange = last.after.mode !== last.before.mode ? last.after.mode : null;
  const reaction = last.after.reaction && last.after.reaction !== last.before.reaction ? last.after.reaction : null;
  return { lines, modeChange, reaction };
}
