/** "What next": one scenario to play after this one, with the reason in words (the rule is in next.view.ts). */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistResult } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';
import { suggestNext } from './next.view.ts';
import { useWhatNext, type WhatNextSource } from './what-next-context.ts';

function Suggestion({
  source,
  checklist,
  currentId,
}: {
  source: WhatNextSource;
  checklist: readonly ChecklistResult[];
  currentId: string;
}) {
  const { catalogue } = source;
  const { t } = useTranslation('debrief');
  const lang = useLang();
  const headingId = useId();
  const [played] = useState(source.played); // read once, when the debrief opens
  const next = useMemo(() => suggestNext(checklist, currentId, catalogue, played, lang), [played, checklist, currentId, catalogue, lang]);
  if (!next) return null;
  const { reason } = next;
  return (
    <section className="debrief__section debrief__next" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('next.heading')}</h2>
      <p>
        {reason.kind === 'new'
          ? t('next.new')
          : reason.turns.length > 0
            ? t('next.broken', {
                habit: t(`checklist.items.${reason.habit}`),
                turns: t('checklist.turns', { count: reason.turns.length, turns: reason.turns.join(', ') }),
              })
            : t('next.missed', { habit: t(`checklist.items.${reason.habit}`) })}
      </p>
      <p>
        <a className="button button--primary" href={source.briefingHref(next.id)}>
          <span lang={next.title.lang}>{next.title.text}</span>
        </a>
      </p>
    </section>
  );
}

/** Shown only inside the app, where the library is known. */
export function DebriefNext({ checklist, currentId }: { checklist: readonly ChecklistResult[]; currentId: string }) {
  const source = useWhatNext();
  return source ? <Suggestion source={source} checklist={checklist} currentId={currentId} /> : null;
}
