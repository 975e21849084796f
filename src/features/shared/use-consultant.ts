/**
 * The scenario as the trainee reads it: the consultant placeholders filled in with the form chosen in the
 * settings. Screens call this on the scenario they show, so a change in the settings shows at once, also
 * mid-conversation (the session itself keeps the scenario as compiled).
 */
import { useMemo } from 'react';
import { useSettings } from '../settings/settings-context.tsx';
import { withConsultant, type CompiledScenario } from '../../engine/index.ts';

export function useConsultantScenario(scenario: CompiledScenario): CompiledScenario {
  const { consultant, consultantName } = useSettings().settings;
  return useMemo(() => withConsultant(scenario, { choice: consultant, name: consultantName }), [scenario, consultant, consultantName]);
}
