import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptItem } from './conversation.view.ts';

interface TranscriptProps {
  items: TranscriptItem[];
  clientName: string;
  /** When given, each of the consultant's turns gets a button to go back to it (0-based choice index). */
  onRewind?: (turn: number) => void;
}

/**
 * Who said what. Inner thoughts carry their own label and style, so they never read as speech. Skipped when its
 * lines did not change (a choice on its way marks only the options).
 */
export const Transcript = memo(function Transcript({ items, clientName, onRewind }: TranscriptProps) {
  const { t } = useTranslation('play');
  const headingId = useId();
  // The caller may pass a new function every render; the lines get one that stays, so they can be skipped.
  const latest = useRef(onRewind);
  useLayoutEffect(() => {
    latest.current = onRewind;
  });
  const rewind = useCallback((turn: number) => latest.current?.(turn), []);
  const heading = useMemo(() => t('transcript'), [t]);
  // Made once per language and client, not once per line: each choice adds lines, the labels stay.
  const labels = useMemo<LineLabels>(
    () => ({ you: t('you'), thinks: t('thinks', { name: clientName }), rewind: (n: number) => t('rewind', { n }) }),
    [t, clientName],
  );
  return (
    <section className="transcript" aria-labelledby={headingId}>
      <h2 className="transcript__heading" id={headingId}>
        {heading}
      </h2>
      <ol className="transcript__list">
        {items.map((item) => (
          <TranscriptLine key={item.key} item={item} clientName={clientName} labels={labels} onRewind={onRewind ? rewind : undefined} />
        ))}
      </ol>
    </section>
  );
});

interface LineLabels {
  you: string;
  thinks: string;
  rewind: (n: number) => string;
}

interface LineProps {
  item: TranscriptItem;
  clientName: string;
  labels: LineLabels;
  onRewind?: (turn: number) => void;
}

/**
 * One line. Each turn builds the items anew, but the lines already on screen do not change: comparing their
 * fields lets React skip them, so a choice late in a long conversation renders only the new lines.
 */
const TranscriptLine = memo(function TranscriptLine({ item, clientName, labels, onRewind }: LineProps) {
  return (
    <li className={`line line--${item.speaker} line--${item.kind}`} data-turn={item.turn}>
      <p className="line__who">{item.kind === 'thought' ? labels.thinks : item.speaker === 'client' ? clientName : labels.you}</p>
      <p className="line__text" lang={item.lang}>
        {item.text}
      </p>
      {onRewind && item.choiceIndex !== null && (
        <button type="button" className="line__rewind" onClick={() => onRewind(item.choiceIndex!)}>
          {labels.rewind(item.choiceIndex + 1)}
        </button>
      )}
    </li>
  );
}, sameLine);

function sameLine(a: LineProps, b: LineProps): boolean {
  const x = a.item;
  const y = b.item;
  return (
    a.clientName === b.clientName &&
    a.labels === b.labels &&
    a.onRewind === b.onRewind &&
    x.key === y.key &&
    x.turn === y.turn &&
    x.speaker === y.speaker &&
    x.kind === y.kind &&
    x.text === y.text &&
    x.lang === y.lang &&
    x.choiceIndex === y.choiceIndex
  );
}
