import { memo, useId, type Ref } from 'react';
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
  const headingId = useId();
  return (
    <div className="options" role="group" aria-labelledby={headingId} aria-busy={chosenId !== null || undefined}>
      <OptionsHeading id={headingId} />
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
      <OptionsHint count={options.length} />
    </div>
  );
}

// The list renders again for every choice (the chosen option is marked); its heading and hint do not, so the
// render that answers a click does no translation lookups.
const OptionsHeading = memo(function OptionsHeading({ id }: { id: string }) {
  const { t } = useTranslation('play');
  return (
    <h2 className="options__heading" id={id}>
      {t('optionsLabel')}
    </h2>
  );
});

const OptionsHint = memo(function OptionsHint({ count }: { count: number }) {
  const { t } = useTranslation('play');
  return <p className="options__hint">{t('keysHint', { count })}</p>;
});
