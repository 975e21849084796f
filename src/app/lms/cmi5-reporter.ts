/** cmi5 reporting (placeholder until the cmi5 reporter lands). */
import type { PlayHost } from '../play/play-host.ts';
import type { LmsLaunch } from './launch.ts';

export async function startCmi5(_launch: Extract<LmsLaunch, { kind: 'cmi5' }>, options: { onProblem(detail: string): void; win: Window }): Promise<PlayHost> {
  options.onProblem('cmi5 reporting is not available in this build');
  return { observers: [] };
}
