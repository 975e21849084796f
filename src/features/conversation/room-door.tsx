import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../engine/index.ts';
import { useAnimatedNumber } from '../shared/use-animated-number.ts';
import { useReducedMotion } from '../shared/use-reduced-motion.ts';
import { DOOR_FRAME, doorAngle, doorGeometry } from './conversation.view.ts';

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

/** The drawing owns the gliding angle, so a glide redraws the door frame by frame and nothing else. */
const DoorDrawing = memo(function DoorDrawing({ angle: target, animate }: { angle: number; animate: boolean }) {
  const angle = useAnimatedNumber(target, animate);
  const door = doorGeometry(angle);
  const { x, y, width, height } = DOOR_FRAME;
  return (
    <svg className="room__drawing" viewBox="0 0 160 180" aria-hidden="true" focusable="false">
      <rect className="room__wall" x="0" y="0" width="160" height={y + height} />
      <rect className="room__floor" x="0" y={y + height} width="160" height={180 - y - height} />
      <rect className="room__opening" x={x} y={y} width={width} height={height} />
      <polygon className="room__spill" points={door.spill} opacity={door.light * 0.8} />
      <rect className="room__frame" x={x - 4} y={y - 4} width={width + 8} height={height + 4} />
      <polygon className="room__leaf" points={door.leaf} />
      <circle className="room__knob" cx={door.knob.cx} cy={door.knob.cy} r="2.6" />
    </svg>
  );
});
