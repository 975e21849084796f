import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptItem } from './conversation.view.ts';

interface TranscriptProps {
  items: TranscriptItem[];
  clientName: string;
  /** When given, each of the consultant's turns gets a button to go back to it (0-based choice index). */
  onRewind?: (turn: number) => void;
}

/** Who said what. Inner thoughts carry their own label and style, so they never read as speech. */
export function Transcript({ items, clientName, onRewind }: TranscriptProps) {
  const { t } = useTranslation('play');
  const headingId = useId();
  return (
    <section className="transcript" aria-labelledby={headingId}>
      <h2 className="transcript__heading" id={headingId}>
        {t('transcript')}
      </h2>
      <ol className="transcript__list">
        {items.map((item) => (
          <li key={item.key} className={`line line--${item.speaker} line--${item.kind}`} data-turn={item.turn}>
            <p className="line__who">{item.kind === 'thought' ? t('thinks', { name: clientName }) : item.speaker === 'client' ? clientName : t('you')}</p>
            <p className="line__text" lang={item.lang}>
              {item.text}
            </p>
            {onRewind && item.choiceIndex !== null && (
              <button type="button" className="line__rewind" onClick={() => onRewind(item.choiceIndex!)}>
                {t('rewind', { n: item.choiceIndex + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
