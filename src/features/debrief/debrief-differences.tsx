import { useTranslation } from 'react-i18next';
import type { Difference } from './debrief.view.ts';

/** How the best alternative's road ends differently from the chosen one: only what differs, in words. */
export function DifferenceList({ differences, name }: { differences: Difference[]; name: string }) {
  const { t } = useTranslation(['debrief', 'common']);
  if (differences.length === 0) return <p>{t('turns.bestSameEnd', { name })}</p>;
  return (
    <ul className="differences">
      {differences.map((d) => (
        <li key={d.kind}>
          {d.kind === 'ending'
            ? t('differences.ending', { best: d.best.text, actual: d.actual.text })
            : d.kind === 'mode'
              ? t('differences.mode', { name, best: t(`common:finalModes.${d.best}`), actual: t(`common:finalModes.${d.actual}`) })
              : d.kind === 'facts'
                ? t('differences.facts', { count: d.best, actual: d.actual })
                : t(`differences.${d.kind}`, { name, best: d.best, actual: d.actual })}
        </li>
      ))}
    </ul>
  );
}
