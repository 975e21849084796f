/** "What next": one scenario to play after this one, with the reason in words (the rule is in next.view.ts). */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoredAttempts } from '../../app/play/progress-source.ts';
import { hashFor } from '../../app/route.ts';
import { useOptionalCatalogue } from '../../app/scenario-context.tsx';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import type { ChecklistResult } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';
import { suggestNext } from './next.view.ts';

function Suggestion({ catalogue, checklist, currentId }: { catalogue: readonly CatalogueEntry[]; checklist: readonly ChecklistResult[]; currentId: string }) {
  const { t } = useTranslation('debrief');
  const lang = useLang();
  const headingId = useId();
  const stored = useStoredAttempts(catalogue);
  const next = useMemo(() => {
    const played = new Set<string>();
    for (const [id, attempts] of stored ?? []) if (attempts.some((a) => a.choices.length > 0)) played.add(id);
    return suggestNext(checklist, currentId, catalogue, played, lang);
  }, [stored, checklist, currentId, catalogue, lang]);
  if (!next) return null;
  const { reason } = next;
  return (
    <section className="debrief__section debrief__next" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('next.heading')}</h2>
      <p>
        {reason.kind === 'new'
          ? t('next.new')
          : reason.turns.length > 0
            ? t('next.broken', { habit: t(`checklist.items.${reason.habit}`), turns: t('checklist.turns', { count: reason.turns.length, turns: reason.turns.join(', ') }) })
            : t('next.missed', { habit: t(`checklist.items.${reason.habit}`) })}
      </p>
      <p>
        <a className="button button--primary" href={hashFor({ screen: 'briefing', id: next.id })}>
          <span lang={next.title.lang}>{next.title.text}</span>
        </a>
      </p>
    </section>
  );
}

/** Shown only inside the app, where the library is known. */
export function DebriefNext({ checklist, currentId }: { checklist: readonly ChecklistResult[]; currentId: string }) {
  const catalogue = useOptionalCatalogue();
  return catalogue ? <Suggestion catalogue={catalogue} checklist={checklist} currentId={currentId} /> : null;
}
