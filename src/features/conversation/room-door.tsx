import { memo, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../engine/index.ts';
import { setAttributes } from '../shared/set-attributes.ts';
import { useGlide } from '../shared/use-glide.ts';
import { useReducedMotion } from '../shared/use-reduced-motion.ts';
import { DOOR_FRAME, DOOR_GLIDE_STEP, doorAngle, doorGeometry } from './conversation.view.ts';

interface RoomDoorProps {
  /** Mental room, 0–100, rounded. */
  room: number;
  mode: Mode;
}

/**
 * The mental room as a door that opens and closes, with its text equivalent. The drawing is decorative
 * (aria-hidden); the caption carries the same information for everyone.
 */
export const RoomDoor = memo(function RoomDoor({ room, mode }: RoomDoorProps) {
  const { t } = useTranslation(['play', 'common']);
  const reducedMotion = useReducedMotion();
  return (
    <figure className={`room room--${mode}`}>
      <DoorDrawing angle={doorAngle(room)} animate={!reducedMotion} />
      <figcaption className="room__text">{t('room.text', { room, mode: t(`common:modes.${mode}`) })}</figcaption>
    </figure>
  );
});

/**
 * The drawing owns the gliding angle: React renders the elements, and the glide sets the door's own attributes
 * (the leaf, its knob and the light through the opening) frame by frame, without a render (use-glide.ts).
 */
const DoorDrawing = memo(function DoorDrawing({ angle: target, animate }: { angle: number; animate: boolean }) {
  const drawing = useRef<SVGSVGElement>(null);
  const draw = useCallback((angle: number) => {
    const svg = drawing.current;
    if (!svg) return;
    const door = doorGeometry(angle);
    setAttributes(svg.querySelector('.room__spill'), { points: door.spill, opacity: door.light * 0.8 });
    setAttributes(svg.querySelector('.room__leaf'), { points: door.leaf });
    setAttributes(svg.querySelector('.room__knob'), { cx: door.knob.cx, cy: door.knob.cy });
  }, []);
  useGlide(target, animate, draw, { minChange: DOOR_GLIDE_STEP });
  const { x, y, width, height } = DOOR_FRAME;
  return (
    <svg className="room__drawing" ref={drawing} viewBox="0 0 160 180" aria-hidden="true" focusable="false">
      <rect className="room__wall" x="0" y="0" width="160" height={y + height} />
      <rect className="room__floor" x="0" y={y + height} width="160" height={180 - y - height} />
      <rect className="room__opening" x={x} y={y} width={width} height={height} />
      <polygon className="room__spill" />
      <rect className="room__frame" x={x - 4} y={y - 4} width={width + 8} height={height + 4} />
      <polygon className="room__leaf" />
      <circle className="room__knob" r="2.6" />
    </svg>
  );
});
