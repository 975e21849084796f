/** What the briefing shows about a scenario, in the chosen language. */
import type { CompiledScenario, Lang } from '../shared/engine.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';
import { levelOf, type LevelView } from '../shared/level.ts';

export interface BriefingView {
  title: Localized;
  summary: Localized;
  personaName: string;
  personaAge: number;
  situation: Localized;
  caseFile: Localized;
  goals: Localized[];
  changeGoal: Localized | null;
  durationMinutes: number;
  level: LevelView;
}

export function briefingView(scenario: CompiledScenario, lang: Lang): BriefingView {
  const text = (id: string) => localizedLine(scenario, id, lang);
  return {
    title: text(scenario.title),
    summary: text(scenario.summary),
    personaName: scenario.persona.name,
    personaAge: scenario.persona.age,
    situation: text(scenario.persona.situation),
    caseFile: text(scenario.persona.caseFile),
    goals: scenario.learningGoals.map(text),
    changeGoal: scenario.changeGoal === null ? null : text(scenario.changeGoal),
    durationMinutes: scenario.durationMinutes,
    level: levelOf(scenario.level),
  };
}
