import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode, Trait } from '../../engine/index.ts';
import { useAnimatedNumber } from '../shared/use-animated-number.ts';
import { useReducedMotion } from '../shared/use-reduced-motion.ts';
import { PORTRAIT_VIEWBOX, expressionOf, portraitGeometry, type PortraitLook } from './portrait.view.ts';

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

/**
 * The client, drawn from the geometry in portrait.view.ts. The image has a text alternative that says in words
 * how the client looks (gaze, face, shoulders, breathing). Breathing is a CSS animation whose speed is a class;
 * with reduced motion there is no animation class at all, and the face jumps instead of gliding.
 */
export function Portrait({ name, look, stress, mode, reaction, present = true }: PortraitProps) {
  const { t } = useTranslation('play');
  const titleId = useId();
  const reducedMotion = useReducedMotion();
  const shownStress = useAnimatedNumber(stress, !reducedMotion);
  const input = { stress: shownStress, mode, reaction, present };
  const geometry = portraitGeometry(input, look);
  const expression = expressionOf({ stress, mode, reaction, present });

  const label = present
    ? t('portrait.label', {
        name,
        gaze: t(`portrait.gaze.${expression.gaze}`),
        face: t(`portrait.face.${expression.face}`),
        shoulders: t(`portrait.shoulders.${expression.shoulders}`),
        breath: t(`portrait.breath.${expression.breath}`),
      })
    : t('portrait.away', { name });

  const motion = present && !reducedMotion ? `portrait--breath-${expression.breath}` : 'portrait--still';
  const { head, eyes, brows } = geometry;
  const headTransform = `translate(0 ${geometry.headDrop}) rotate(${geometry.headTilt} 100 128)`;

  return (
    <svg
      className={`portrait portrait--${mode} ${motion}`}
      viewBox={`${PORTRAIT_VIEWBOX.x} ${PORTRAIT_VIEWBOX.y} ${PORTRAIT_VIEWBOX.width} ${PORTRAIT_VIEWBOX.height}`}
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      <title id={titleId}>{label}</title>
      <rect
        className="portrait__backdrop"
        x={PORTRAIT_VIEWBOX.x}
        y={PORTRAIT_VIEWBOX.y}
        width={PORTRAIT_VIEWBOX.width}
        height={PORTRAIT_VIEWBOX.height}
        rx="10"
      />
      <path className="portrait__chair" d={geometry.chair} />
      {present && (
        <g className="portrait__person" fill={look.skin}>
          <g className="portrait__body">
            <path className="portrait__neck" d={geometry.neck} fill={look.skin} stroke={look.skinShade} />
            <path className="portrait__torso" d={geometry.torso} fill={look.clothing} />
            <path className="portrait__neckline" d={geometry.neckline} fill={look.skin} />
            <path className="portrait__arms" d={geometry.arms} />
          </g>
          <g className="portrait__head" transform={headTransform}>
            {geometry.hairBack && <path className="portrait__hair" d={geometry.hairBack} fill={look.hair} />}
            {geometry.ears.map((ear) => (
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
            <path className="portrait__hair" d={geometry.hairFront} fill={look.hair} />
            {geometry.cheeks > 0 && (
              <g className="portrait__cheeks" opacity={geometry.cheeks * 0.2}>
                <ellipse cx="82" cy="104" rx="7.5" ry="4.5" />
                <ellipse cx="118" cy="104" rx="7.5" ry="4.5" />
              </g>
            )}
            {eyes.map((eye) => (
              <g key={eye.cx} className="portrait__eye">
                <ellipse className="portrait__eye-white" cx={eye.cx} cy={eye.cy} rx={eye.rx} ry={eye.ry} />
                <circle className="portrait__iris" cx={eye.iris.cx} cy={eye.iris.cy} r={eye.iris.r} />
                <path className="portrait__lid" d={eye.lid} />
              </g>
            ))}
            {brows.map((d) => (
              <path key={d} className="portrait__brow" d={d} stroke={look.hair} />
            ))}
            <path className="portrait__nose" d={geometry.nose} stroke={look.skinShade} />
            <path className="portrait__mouth" d={geometry.mouth} />
          </g>
        </g>
      )}
    </svg>
  );
}
