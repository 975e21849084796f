/** What the briefing shows about a scenario, in the chosen language. */
import {
  fillConsultant,
  mentionsConsultant,
  withConsultant,
  type CompiledScenario,
  type ConsultantReference,
  type Lang,
} from '../../engine/index.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';
import { levelOf, type LevelView } from '../shared/level.ts';
import { sourceViews, type SourceView } from '../shared/sources.ts';

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
  /** The public sources the scenario rests on, for the trainer. */
  sources: SourceView[];
  /** How the client will refer to the trainee ("die", "Anna"), or null when no text of this scenario does. */
  refersToYouAs: string | null;
  /** The most options any moment offers: the number keys the trainee may need (1 to this). */
  optionKeys: number;
}

/** `compiled` as compiled; its texts are shown with the consultant placeholders filled in for `consultant`. */
export function briefingView(compiled: CompiledScenario, lang: Lang, consultant: ConsultantReference): BriefingView {
  const scenario = withConsultant(compiled, consultant);
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
    sources: sourceViews(scenario, lang),
    refersToYouAs: mentionsConsultant(compiled) ? fillConsultant('{consulent}', consultant, lang) : null,
    optionKeys: Math.max(1, ...scenario.moments.map((m) => m.options.length)),
  };
}
