/**
 * The player the Lab plays a draft in. The Lab is a feature and the play flow belongs to the app
 * (src/app/play), so the app hands its player in; the Lab never reaches into the app.
 */
import type { ComponentType } from 'react';
import type { CompiledScenario } from '../../engine/index.ts';
import type { StartRequest } from '../../engine/start-at.ts';

export interface LabPlayerProps {
  scenario: CompiledScenario;
  request: StartRequest;
  /** Where "back" links of the ending and debrief go (the Lab itself). */
  backHref: string;
}

export type LabPlayer = ComponentType<LabPlayerProps>;
