import { useTranslation } from 'react-i18next';
import type { LevelView } from './level.ts';

/** Length and level of a scenario, as a short list (library cards, briefing). */
export function ScenarioFacts({ durationMinutes, level }: { durationMinutes: number; level: LevelView }) {
  const { t } = useTranslation('common');
  return (
    <ul className="scenario-facts">
      {durationMinutes > 0 && <li>{t('duration', { count: durationMinutes })}</li>}
      {level && <li>{t('level', { level: 'known' in level ? t(`levels.${level.known}`) : level.raw })}</li>}
    </ul>
  );
}
