import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionItem } from './conversation.view.ts';

interface OptionListProps {
  options: OptionItem[];
  /** The option just chosen, while its turn is being taken: no option takes a choice until the reply is there. */
  chosenId: string | null;
  onChoose: (optionId: string) => void;
  /** The first option, so focus can return to it after a turn. */
  firstOptionRef: Ref<HTMLButtonElement>;
}

/** "Wat zegt u?": the consultant's options, numbered; the number is also the key that chooses it. */
export function OptionList({ options, chosenId, onChoose, firstOptionRef }: OptionListProps) {
  const { t } = useTranslation('play');
  const headingId = useId();
  // Rendered again for every choice (the options are marked as chosen); the texts only change with the count.
  const heading = useMemo(() => t('optionsLabel'), [t]);
  const hint = useMemo(() => t('keysHint', { count: options.length }), [t, options.length]);
  return (
    <div className="options" role="group" aria-labelledby={headingId} aria-busy={chosenId !== null || undefined}>
      <h2 className="options__heading" id={headingId}>
        {heading}
      </h2>
      <ol className="options__list">
        {options.map((option, index) => (
          <li key={option.id}>
            <button
              type="button"
              className={option.id === chosenId ? 'option option--chosen' : 'option'}
              ref={index === 0 ? firstOptionRef : undefined}
              aria-keyshortcuts={String(option.number)}
              aria-disabled={chosenId !== null || undefined}
              onClick={() => onChoose(option.id)}
            >
              <span className="option__number">{option.number}</span>
              <span className="option__text" lang={option.lang}>
                {option.text}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p className="options__hint">{hint}</p>
    </div>
  );
}
