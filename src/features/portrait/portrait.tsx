import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode, Trait } from '../../engine/index.ts';
import { setAttributes } from '../shared/set-attributes.ts';
import { useGlide } from '../shared/use-glide.ts';
import { useReducedMotion } from '../shared/use-reduced-motion.ts';
import {
  PORTRAIT_GLIDE_STEP,
  PORTRAIT_VIEWBOX,
  expressionOf,
  portraitGeometry,
  type PortraitGeometry,
  type PortraitLook,
} from './portrait.view.ts';

interface PortraitProps {
  /** The client's short name, for the description. */
  name: string;
  look: PortraitLook;
  /** Acute stress, 0–100. */
  stress: number;
  mode: Mode;
  reaction: Trait | null;
  /** False after a walk-out: an empty chair. */
  present?: boolean;
}

const VIEW_BOX = `${PORTRAIT_VIEWBOX.x} ${PORTRAIT_VIEWBOX.y} ${PORTRAIT_VIEWBOX.width} ${PORTRAIT_VIEWBOX.height}`;
/** The chair does not move with the client's state. */
const CHAIR = portraitGeometry({ stress: 0, mode: 'guarded', reaction: null, present: false }, { hairStyle: 'short' }).chair;

/**
 * The client, drawn from the geometry in portrait.view.ts. The image has a text alternative that says in words
 * how the client looks (gaze, face, shoulders, breathing). Breathing is a CSS animation whose speed is a class;
 * with reduced motion there is no animation class at all, and the face jumps instead of gliding.
 *
 * The drawing is three SVG layers of the same size stacked in one box: the backdrop and chair, the body, the
 * head. Breathing moves the body and head layers as whole HTML boxes (a CSS transform), which the browser
 * runs on the compositor: the page is not repainted on every frame of a breath, however long the transcript
 * next to it. A transform on shapes inside one SVG would repaint the drawing, and the page around it, each frame.
 */
// Memoised: a choice first renders only the options, the chosen one marked (see use-deferred-choice.ts); the client
// waits for the turn.
export const Portrait = memo(function Portrait({ name, look, stress, mode, reaction, present = true }: PortraitProps) {
  const { t } = useTranslation('play');
  const reducedMotion = useReducedMotion();
  const { gaze, face, shoulders, breath } = expressionOf({ stress, mode, reaction, present });

  const label = useMemo(
    () =>
      present
        ? t('portrait.label', {
            name,
            gaze: t(`portrait.gaze.${gaze}`),
            face: t(`portrait.face.${face}`),
            shoulders: t(`portrait.shoulders.${shoulders}`),
            breath: t(`portrait.breath.${breath}`),
          })
        : t('portrait.away', { name }),
    [t, name, present, gaze, face, shoulders, breath],
  );

  const motion = present && !reducedMotion ? `portrait--breath-${breath}` : 'portrait--still';

  return (
    <div className={`portrait portrait--${mode} ${motion}`} role="img" aria-label={label}>
      <svg className="portrait__layer" viewBox={VIEW_BOX} aria-hidden="true" focusable="false">
        <rect
          className="portrait__backdrop"
          x={PORTRAIT_VIEWBOX.x}
          y={PORTRAIT_VIEWBOX.y}
          width={PORTRAIT_VIEWBOX.width}
          height={PORTRAIT_VIEWBOX.height}
          rx="10"
        />
        <path className="portrait__chair" d={CHAIR} />
      </svg>
      {present && <Person look={look} stress={stress} mode={mode} reaction={reaction} animate={!reducedMotion} />}
    </div>
  );
});

interface PersonProps {
  look: PortraitLook;
  stress: number;
  mode: Mode;
  reaction: Trait | null;
  animate: boolean;
}

/**
 * The person on the chair. It owns the gliding stress: React renders the elements and what never glides (the
 * look: hair, ears, face, nose); the glide sets the attributes that move with stress frame by frame, without a
 * render (use-glide.ts, drawPerson below).
 */
const Person = memo(function Person({ look, stress, mode, reaction, animate }: PersonProps) {
  const person = useRef<HTMLDivElement>(null);
  const draw = useCallback(
    (shownStress: number) => {
      if (person.current) drawPerson(person.current, portraitGeometry({ stress: shownStress, mode, reaction, present: true }, look));
    },
    [look, mode, reaction],
  );
  useGlide(stress, animate, draw, { minChange: PORTRAIT_GLIDE_STEP });
  const { head, ears, hairBack, hairFront, nose } = portraitGeometry({ stress, mode, reaction, present: true }, look);
  return (
    <div className="portrait__person" ref={person}>
      <div className="portrait__body">
        <svg className="portrait__layer" viewBox={VIEW_BOX} aria-hidden="true" focusable="false">
          <g fill={look.skin}>
            <path className="portrait__neck" fill={look.skin} stroke={look.skinShade} />
            <path className="portrait__torso" fill={look.clothing} />
            <path className="portrait__neckline" fill={look.skin} />
            <path className="portrait__arms" />
          </g>
        </svg>
      </div>
      <svg className="portrait__layer" viewBox={VIEW_BOX} aria-hidden="true" focusable="false">
        <g className="portrait__head" fill={look.skin}>
          {hairBack && <path className="portrait__hair" d={hairBack} fill={look.hair} />}
          {ears.map((ear) => (
            <ellipse key={ear.cx} cx={ear.cx} cy={ear.cy} rx="5" ry="8" fill={look.skin} stroke={look.skinShade} strokeWidth="0.8" />
          ))}
          <ellipse
            className="portrait__face"
            cx={head.cx}
            cy={head.cy}
            rx={head.rx}
            ry={head.ry}
            fill={look.skin}
            stroke={look.skinShade}
            strokeWidth="0.8"
          />
          <path className="portrait__hair" d={hairFront} fill={look.hair} />
          {/* Always there: the warmth glides in and out with its opacity (none at all under stress). */}
          <g className="portrait__cheeks">
            <ellipse cx="82" cy="104" rx="7.5" ry="4.5" />
            <ellipse cx="118" cy="104" rx="7.5" ry="4.5" />
          </g>
          {SIDES.map((side) => (
            <g key={side} className="portrait__eye">
              <ellipse className="portrait__eye-white" />
              <circle className="portrait__iris" />
              <path className="portrait__lid" />
            </g>
          ))}
          {SIDES.map((side) => (
            <path key={side} className="portrait__brow" stroke={look.hair} />
          ))}
          <path className="portrait__nose" d={nose} stroke={look.skinShade} />
          <path className="portrait__mouth" />
        </g>
      </svg>
    </div>
  );
});

/** The left and the right eye and brow, in the order of the geometry's pairs. */
const SIDES = ['left', 'right'] as const;

/** Sets what moves with stress, from the geometry: the shoulders and chest, the head's pose, the eyes, brows and mouth. */
function drawPerson(person: Element, geometry: PortraitGeometry): void {
  const part = (name: string) => person.querySelector(`.portrait__${name}`);
  setAttributes(part('neck'), { d: geometry.neck });
  setAttributes(part('torso'), { d: geometry.torso });
  setAttributes(part('neckline'), { d: geometry.neckline });
  setAttributes(part('arms'), { d: geometry.arms });
  setAttributes(part('head'), { transform: `translate(0 ${geometry.headDrop}) rotate(${geometry.headTilt} 100 128)` });
  setAttributes(part('cheeks'), { opacity: geometry.cheeks * 0.2 });
  person.querySelectorAll('.portrait__eye').forEach((element, index) => {
    const eye = geometry.eyes[index];
    if (!eye) return;
    setAttributes(element.querySelector('.portrait__eye-white'), { cx: eye.cx, cy: eye.cy, rx: eye.rx, ry: eye.ry });
    setAttributes(element.querySelector('.portrait__iris'), { cx: eye.iris.cx, cy: eye.iris.cy, r: eye.iris.r });
    setAttributes(element.querySelector('.portrait__lid'), { d: eye.lid });
  });
  person.querySelectorAll('.portrait__brow').forEach((element, index) => setAttributes(element, { d: geometry.brows[index] ?? '' }));
  setAttributes(part('mouth'), { d: geometry.mouth });
}
