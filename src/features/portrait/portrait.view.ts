/**
 * The client's portrait as pure geometry: numbers in (stress, mode, reaction, a look derived from the persona),
 * SVG shapes and words out. No React, no DOM. The drawing sits in a 200 × 220 viewBox, head centred at x 100.
 *
 * What moves with the client's state, and why it reads as a real person rather than a cartoon:
 * - stress lowers and draws together the brows, narrows and presses the mouth, raises and narrows the
 *   shoulders, and quickens the breathing;
 * - the mode sets the gaze (at you when open, past you when guarded, down when closed) and the warmth of the
 *   mouth (a soft smile only when open);
 * - a reaction outside the window of tolerance overrides the face: fight frowns, flight looks away with
 *   worried brows, freeze stares with wide eyes.
 * All changes are small on purpose: a few units in a 200-unit drawing.
 */
import { HAIR_STYLES, type Appearance, type Mode, type Trait } from '../../engine/index.ts';

/** Head and shoulders fill the frame: the drawing is cropped to this part of its 200 × 220 space. */
export const PORTRAIT_VIEWBOX = { x: 22, y: 32, width: 156, height: 188 } as const;

/**
 * The smallest change of stress a glide of the face draws (use-glide.ts). One point of stress moves no point of
 * the drawing more than 0.2 units (apart from where the expression changes, a jump anyway). The portrait is
 * shown at about 1.5 px per unit beside the conversation and at most about 3 px per unit (a narrow window with
 * the client above the talk): a step stays under a pixel, as a step of the breathing does.
 */
export const PORTRAIT_GLIDE_STEP = 1;

const CX = 100;

// --- the look: skin, hair, clothing, derived from the persona (scenarios carry no appearance fields)

export const SKIN_TONES = ['#f3d7c2', '#e6bc9c', '#cf9d78', '#b07c57', '#8c5c3e', '#6a4330'] as const;
export const HAIR_COLOURS = ['#2a211c', '#3e2b1f', '#5b3c27', '#1e1a18', '#6d4a31'] as const;
export const CLOTHING_COLOURS = ['#5d6d7e', '#4f6b5e', '#7a6a58', '#5b5f7a', '#70565e'] as const;
export { HAIR_STYLES };
export type HairStyle = (typeof HAIR_STYLES)[number];
/** The scenario's named hair colours, in the palette above. */
const NAMED_HAIR: Record<NonNullable<Appearance['hairColour']>, string> = {
  black: '#1e1a18',
  'dark-brown': '#2a211c',
  brown: '#5b3c27',
  'light-brown': '#6d4a31',
  grey: '#a7a39d',
};

const GREY_HAIR = '#a7a39d';
/** From this age the hair is partly grey. */
export const GREYING_AGE = 55;

export interface PortraitLook {
  skin: string;
  /** A darker tone of the skin for outlines and the nose. */
  skinShade: string;
  hair: string;
  hairStyle: HairStyle;
  clothing: string;
}

/** FNV-1a: a small, stable hash, so the same persona always looks the same. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function pick<T>(list: readonly T[], hash: number, salt: number): T {
  return list[(hash >>> salt) % list.length]!;
}

const clampByte = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

/** Mix two #rrggbb colours; `amount` 0 gives `a`, 1 gives `b`. */
export function mixColour(a: string, b: string, amount: number): string {
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [ca, cb] = [parse(a), parse(b)];
  return `#${ca
    .map((v, i) =>
      clampByte(v + (cb[i]! - v) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The author's `appearance` where given; the rest from a hash of the name, so a persona always looks the same. */
export function lookFor(persona: { name: string; age: number; appearance?: Appearance }): PortraitLook {
  const hash = hashString(persona.name.trim().toLowerCase());
  const given = persona.appearance ?? {};
  const skin = given.skin ? SKIN_TONES[Math.min(SKIN_TONES.length, Math.max(1, given.skin)) - 1]! : pick(SKIN_TONES, hash, 0);
  const hair = given.hairColour ? NAMED_HAIR[given.hairColour] : pick(HAIR_COLOURS, hash, 5);
  return {
    skin,
    skinShade: mixColour(skin, '#3a2418', 0.35),
    hair: persona.age >= GREYING_AGE && hair !== GREY_HAIR ? mixColour(hair, GREY_HAIR, 0.55) : hair,
    hairStyle: given.hair ?? pick(HAIR_STYLES, hash, 11),
    clothing: pick(CLOTHING_COLOURS, hash, 17),
  };
}

// --- the expression

export type Gaze = 'atYou' | 'aside' | 'down';
export type Face = 'relaxed' | 'soft' | 'neutral' | 'tense' | 'worried' | 'frozen';
export type Shoulders = 'loose' | 'slightlyRaised' | 'raised';
export type Breath = 'slow' | 'medium' | 'fast';

export interface PortraitInput {
  /** Acute stress, 0–100. */
  stress: number;
  mode: Mode;
  reaction: Trait | null;
  /** False once the client has walked out: the chair is empty. */
  present: boolean;
}

export interface Expression {
  gaze: Gaze;
  face: Face;
  shoulders: Shoulders;
  breath: Breath;
}

/** How warm the face may be in each mode: the mouth only smiles when there is room. */
const WARMTH: Record<Mode, number> = { closed: 0, guarded: 0.3, opening: 0.7, open: 1 };

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));
const tensionOf = (stress: number) => clamp01(stress / 100);

export function expressionOf({ stress, mode, reaction }: PortraitInput): Expression {
  const tension = tensionOf(stress);
  const shoulders: Shoulders = tension < 0.4 ? 'loose' : tension < 0.65 ? 'slightlyRaised' : 'raised';
  const breath: Breath = tension < 0.4 ? 'slow' : tension < 0.65 ? 'medium' : 'fast';
  if (reaction === 'fight') return { gaze: 'atYou', face: 'tense', shoulders: 'raised', breath: 'fast' };
  if (reaction === 'flight') return { gaze: 'aside', face: 'worried', shoulders: 'raised', breath: 'fast' };
  if (reaction === 'freeze') return { gaze: 'down', face: 'frozen', shoulders: 'raised', breath };
  const byMode: Record<Mode, Pick<Expression, 'gaze' | 'face'>> = {
    open: { gaze: 'atYou', face: 'relaxed' },
    opening: { gaze: 'atYou', face: 'soft' },
    guarded: { gaze: 'aside', face: tension >= 0.65 ? 'tense' : 'neutral' },
    closed: { gaze: 'down', face: 'tense' },
  };
  return { ...byMode[mode], shoulders, breath };
}

// --- the geometry

export interface EyeShape {
  cx: number;
  cy: number;
  /** Half the height of the visible eye: wide when frozen or worried, narrow when tense or looking down. */
  ry: number;
  rx: number;
  iris: { cx: number; cy: number; r: number };
  /** The upper lid line (with lashes), as a path. */
  lid: string;
}

export interface PortraitGeometry {
  /** Head rotation in degrees around the neck (turned away when fleeing, bowed when closed). */
  headTilt: number;
  /** Extra downward shift of the head (a bowed head). */
  headDrop: number;
  head: { cx: number; cy: number; rx: number; ry: number };
  ears: { cx: number; cy: number }[];
  eyes: [EyeShape, EyeShape];
  brows: [string, string];
  mouth: string;
  /** 0–1: a faint warmth on the cheeks, only when the client is at ease. */
  cheeks: number;
  nose: string;
  neck: string;
  /** The torso with the shoulders; `shoulderY` is the top of the shoulders. */
  torso: string;
  arms: string;
  neckline: string;
  shoulderY: number;
  shoulderHalfWidth: number;
  hairBack: string | null;
  hairFront: string;
  chair: string;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (x: number, y: number) => `${r2(x)} ${r2(y)}`;

const GAZE_OFFSET: Record<Gaze, { dx: number; dy: number }> = {
  atYou: { dx: 0, dy: 0.2 },
  aside: { dx: -2.1, dy: 0.3 },
  down: { dx: -0.6, dy: 1.4 },
};

const EYE_OPENNESS: Record<Face, number> = { relaxed: 3.3, soft: 3.5, neutral: 3.5, tense: 2.7, worried: 4.2, frozen: 4.6 };

const HEAD = { cx: CX, cy: 88, rx: 31, ry: 39 } as const;
const EYE_Y = 92;
const EYE_DX = 13;
const BROW_Y = 83;
const MOUTH_Y = 114.5;

function eye(side: -1 | 1, face: Face, gaze: Gaze): EyeShape {
  const cx = CX + side * EYE_DX;
  const openness = EYE_OPENNESS[face] - (gaze === 'down' ? 0.8 : 0);
  const { dx, dy } = GAZE_OFFSET[gaze];
  const rx = 5.2;
  const irisR = Math.min(2.7, openness - 0.2);
  return {
    cx,
    cy: EYE_Y,
    rx,
    ry: r2(openness),
    iris: { cx: r2(cx + dx), cy: r2(EYE_Y + dy), r: r2(irisR) },
    lid: `M ${pt(cx - rx - 0.6, EYE_Y + 0.4)} Q ${pt(cx, EYE_Y - openness * 2.1)} ${pt(cx + rx + 0.6, EYE_Y + 0.4)}`,
  };
}

/** A brow from its inner end (near the nose) to its outer end, arched less as tension grows. */
function brow(side: -1 | 1, face: Face, tension: number): string {
  let innerY = BROW_Y + 3.5 * tension;
  let innerX = CX + side * 5.5;
  const outerY = BROW_Y - 0.5 + 1.5 * tension;
  if (face === 'tense') {
    innerY += 1.5;
    innerX -= side * 1.2; // drawn together: a frown
  }
  if (face === 'worried' || face === 'frozen') innerY -= 4.5; // inner ends raised: worry
  const outerX = CX + side * 20;
  const arch = 2.6 * (1 - tension) + 0.6;
  const midX = (innerX + outerX) / 2;
  const midY = Math.min(innerY, outerY) - arch;
  return `M ${pt(innerX, innerY)} Q ${pt(midX, midY)} ${pt(outerX, outerY)}`;
}

/** The mouth: a soft smile when warm and calm, a pressed, narrower line under stress. */
function mouth(face: Face, warmth: number, tension: number): string {
  const halfWidth = 9 - 2.6 * tension + (face === 'relaxed' ? 0.8 : 0);
  let curve = 4 * warmth - 2.5 * tension;
  // Never a cartoon frown: a turned-down mouth stays within a unit or so.
  curve = Math.max(curve, -1.1);
  if (face === 'tense') curve = Math.min(curve, -0.5);
  if (face === 'worried') curve = -0.9;
  if (face === 'frozen') curve = -0.4;
  const y = MOUTH_Y;
  // Corners sit slightly higher than the middle when smiling (curve > 0), lower when turned down.
  return `M ${pt(CX - halfWidth, y - curve * 0.25)} Q ${pt(CX, y + curve)} ${pt(CX + halfWidth, y - curve * 0.25)}`;
}

/**
 * The torso from the neck base: the trapezius slopes down to rounded shoulder tips. Under stress the whole line
 * rises (a shrug towards the ears) and flattens, and the shoulders draw in a little.
 */
function torso(shoulderY: number, halfWidth: number, tension: number): string {
  const left = CX - halfWidth;
  const right = CX + halfWidth;
  const tipY = shoulderY + 20 - 9 * tension;
  const bottom = 222;
  return [
    `M ${pt(left - 2, bottom)}`,
    `C ${pt(left - 2, tipY + 24)} ${pt(left - 1, tipY + 6)} ${pt(left + 6, tipY - 2)}`,
    `C ${pt(left + 14, tipY - 10)} ${pt(CX - 26, shoulderY - 1)} ${pt(CX - 13, shoulderY - 3)}`,
    `L ${pt(CX + 13, shoulderY - 3)}`,
    `C ${pt(CX + 26, shoulderY - 1)} ${pt(right - 14, tipY - 10)} ${pt(right - 6, tipY - 2)}`,
    `C ${pt(right + 1, tipY + 6)} ${pt(right + 2, tipY + 24)} ${pt(right + 2, bottom)} Z`,
  ].join(' ');
}

/** Where the arms meet the chest: two soft lines that give the torso some form. */
function arms(halfWidth: number, shoulderY: number): string {
  const left = CX - halfWidth;
  const right = CX + halfWidth;
  return `M ${pt(left + 13, shoulderY + 34)} Q ${pt(left + 15, shoulderY + 55)} ${pt(left + 14, 222)} M ${pt(right - 13, shoulderY + 34)} Q ${pt(right - 15, shoulderY + 55)} ${pt(right - 14, 222)}`;
}

function hair(style: HairStyle): { back: string | null; front: string } {
  // Coordinates are written for the head at (100, 88) with radii 31 × 39.
  const sideSwept = 'M 67 97 C 61 68 75 44 100 44 C 126 44 140 66 133 97 C 131 84 129 73 123 67 C 112 63 96 66 84 59 C 78 67 72 78 71 97 Z';
  switch (style) {
    case 'short':
      return { back: null, front: sideSwept };
    case 'bob':
      return {
        back: 'M 63 120 C 57 82 65 43 100 42 C 135 43 143 82 137 120 C 133 126 125 126 121 120 L 79 120 C 75 126 67 126 63 120 Z',
        front: sideSwept,
      };
    case 'tied':
      return {
        back: 'M 89 45 A 11 10 0 1 1 111 45 A 11 10 0 1 1 89 45 Z',
        front: 'M 69 87 C 66 60 80 46 100 46 C 120 46 134 60 131 87 C 128 71 117 61 100 61 C 83 61 72 71 69 87 Z',
      };
  }
}

export function portraitGeometry(input: PortraitInput, look: Pick<PortraitLook, 'hairStyle'>): PortraitGeometry {
  const tension = tensionOf(input.stress);
  const expression = expressionOf(input);
  const { face, gaze } = expression;
  const warmth = input.reaction ? 0 : WARMTH[input.mode];
  const shoulderY = r2(150 - 10 * tension);
  const shoulderHalfWidth = r2(64 - 5 * tension);
  const headTilt = input.reaction === 'flight' ? -4 : face === 'soft' ? 2 : 0;
  const headDrop = gaze === 'down' ? 2 : 0;
  const { back, front } = hair(look.hairStyle);
  const neckTop = HEAD.cy + 20;
  return {
    headTilt,
    headDrop,
    head: { ...HEAD },
    // Hair worn down covers the ears.
    ears:
      look.hairStyle === 'bob'
        ? []
        : [
            { cx: CX - HEAD.rx, cy: 94 },
            { cx: CX + HEAD.rx, cy: 94 },
          ],
    eyes: [eye(-1, face, gaze), eye(1, face, gaze)],
    brows: [brow(-1, face, tension), brow(1, face, tension)],
    mouth: mouth(face, warmth, tension),
    cheeks: r2(warmth * (1 - tension)),
    nose: `M ${pt(CX - 1.5, 93)} Q ${pt(CX - 3, 99)} ${pt(CX - 3.2, 103)} M ${pt(CX - 4.5, 104.2)} Q ${pt(CX, 107.2)} ${pt(CX + 4.5, 104.2)}`,
    neck: `M ${pt(CX - 12, neckTop)} L ${pt(CX - 13, shoulderY + 2)} L ${pt(CX + 13, shoulderY + 2)} L ${pt(CX + 12, neckTop)} Z`,
    torso: torso(shoulderY, shoulderHalfWidth, tension),
    arms: arms(shoulderHalfWidth, shoulderY),
    neckline: `M ${pt(CX - 13, shoulderY - 3.5)} Q ${pt(CX, shoulderY + 13)} ${pt(CX + 13, shoulderY - 3.5)} Z`,
    shoulderY,
    shoulderHalfWidth,
    hairBack: back,
    hairFront: front,
    chair: `M 42 222 L 42 128 Q 42 112 58 112 L 142 112 Q 158 112 158 128 L 158 222 Z`,
  };
}
