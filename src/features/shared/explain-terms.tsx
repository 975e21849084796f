import { memo } from 'react';
import { useTranslation } from 'react-i18next';

export const TERMS = ['room', 'load', 'stress', 'trust', 'modes'] as const;
export type Term = (typeof TERMS)[number];

/**
 * What the numbers mean, in plain words, next to where they are shown. A native disclosure: it opens by
 * keyboard (Enter or Space on the summary) and screen readers announce it as expandable; nothing hides
 * behind hover. Memoised: its words do not change from turn to turn, and the conversation re-renders on each.
 */
export const ExplainTerms = memo(function ExplainTerms({
  name,
  terms = TERMS,
  className,
}: {
  name: string;
  terms?: readonly Term[];
  className?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <details className={['explain', className].filter(Boolean).join(' ')}>
      <summary className="explain__toggle">{t('terms.toggle')}</summary>
      {/* Focusable: on a phone the list scrolls inside the client bar, and must scroll by keyboard too. */}
      <div className="explain__list" tabIndex={0} role="region" aria-label={t('terms.toggle')}>
        <dl>
          {terms.map((term) => (
            <div key={term} className="explain__item">
              <dt>{t(`terms.${term}.term`)}</dt>
              <dd>{t(`terms.${term}.text`, { name })}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
});
