/**
 * The LMS side of a launch, loaded only when launch.ts found one (a dynamic import from main.tsx): sets up
 * the notice, starts SCORM 1.2 or cmi5 reporting, and returns the play host the app runs with. Whatever
 * fails, a host comes back (at worst the default one) and play goes on.
 */
import type { i18n as I18n } from 'i18next';
import { DEFAULT_HOST, type PlayHost } from '../play/play-host.ts';
import { hashFor, parseHash } from '../route.ts';
import type { LmsLaunch } from './launch.ts';
import { createLmsNotice } from './lms-notice.ts';
import { startScorm } from './scorm-reporter.ts';

/** A package launch names its scenario: open its briefing, or the conversation when there is one to go on with. */
function openScenario(win: Window, scenarioId: string | null, host: PlayHost): void {
  if (!scenarioId || parseHash(win.location.hash).screen !== 'library') return;
  const screen = host.savedProgress?.(scenarioId) ? 'play' : 'briefing';
  win.history.replaceState(null, '', hashFor({ screen, id: scenarioId }));
}

export async function createLmsHost(launch: LmsLaunch, i18n: I18n, win: Window = window): Promise<PlayHost> {
  const notice = createLmsNotice(i18n, win.document);
  const onProblem = (detail: string) => notice.show(detail);
  if (launch.kind === 'broken') {
    onProblem(`${launch.standard} launch: ${launch.problem}`);
    openScenario(win, launch.scenarioId, DEFAULT_HOST);
    return DEFAULT_HOST;
  }
  if (launch.kind === 'scorm12') {
    const session = startScorm(launch.api, { scenarioId: launch.scenarioId, onProblem });
    if (!session) return DEFAULT_HOST;
    win.document.addEventListener('visibilitychange', () => {
      if (win.document.visibilityState === 'hidden') session.commit();
    });
    win.addEventListener('pagehide', () => session.finish());
    openScenario(win, launch.scenarioId, session.host);
    return session.host;
  }
  try {
    const [{ startCmi5 }, { default: Cmi5 }] = await Promise.all([import('./cmi5-reporter.ts'), import('@xapi/cmi5')]);
    const host = startCmi5(launch, { onProblem, win, Cmi5 });
    openScenario(win, launch.scenarioId, host);
    return host;
  } catch (error) {
    onProblem(`cmi5: ${(error as Error).message ?? String(error)}`);
    openScenario(win, launch.scenarioId, DEFAULT_HOST);
    return DEFAULT_HOST;
  }
}
