/**
 * cmi5 reporting, loaded only on a cmi5 launch (start.ts imports this file, and with it @xapi/cmi5, on demand).
 *
 * @xapi/cmi5 does the cmi5 part: the fetch URL's auth token, the LMS.LaunchData state (its context template
 * carries the session id), the learner preferences, and the cmi5-defined statements initialized, completed,
 * passed and terminated. Each choice adds one `answered` statement built on the same launch data: the
 * context template and the registration, as the library does for its own statements, with the option id as
 * the response and the MI codes and the change in stress, trust and room as result extensions (xapi-terms.ts).
 *
 * Statements go out one after another in play order. The first failure (LRS down, token refused) shows the
 * one notice and stops reporting for this launch: play goes on, and the conversation stays in the browser.
 * The host starts at once, so a slow LRS never delays the app.
 */
import type Cmi5 from '@xapi/cmi5';
import type { ClientState, CompiledScenario, TurnExplanation } from '../../engine/index.ts';
import type { PlayEnded, PlayHost, PlayObserver, PlayStarted, PlayTurn } from '../play/play-host.ts';
import type { LmsLaunch } from './launch.ts';
import { lmsScore, lmsStatus } from './outcome-report.ts';
import { EXTENSIONS, INTERACTION_TYPE, VERB_ANSWERED } from './xapi-terms.ts';

type Statement = Parameters<Cmi5['sendXapiStatement']>[0];

export interface Cmi5Options {
  onProblem(detail: string): void;
  win: Window;
  /** @xapi/cmi5's class, which start.ts loads alongside this file (tests hand in their own). */
  Cmi5: new () => Cmi5;
}

const change = (after: number, before: number) => Math.round((after - before) * 10) / 10;

/** The `answered` statement for one choice, on the launch's context (registration, session id). */
export function answeredStatement(cmi5: Cmi5, scenario: CompiledScenario, explanation: TurnExplanation, now: Date): Statement {
  const { activityId, actor, registration } = cmi5.launchParameters!;
  const moment = scenario.moments.find((m) => m.id === explanation.momentId);
  return {
    id: crypto.randomUUID(),
    actor,
    timestamp: now.toISOString(),
    verb: VERB_ANSWERED,
    object: {
      objectType: 'Activity',
      id: `${activityId}/moment/${encodeURIComponent(explanation.momentId)}`,
      definition: {
        type: INTERACTION_TYPE,
        interactionType: 'choice',
        ...(moment ? { choices: moment.options.map((o) => ({ id: o.id })) } : {}),
      },
    },
    result: {
      response: explanation.optionId,
      extensions: {
        [EXTENSIONS.miCodes]: [...explanation.codes],
        [EXTENSIONS.stressChange]: change(explanation.after.stress, explanation.before.stress),
        [EXTENSIONS.trustChange]: change(explanation.after.trust, explanation.before.trust),
        [EXTENSIONS.roomChange]: change(explanation.after.room, explanation.before.room),
        [EXTENSIONS.turn]: explanation.turn,
      },
    },
    context: { ...cmi5.launchData.contextTemplate, registration },
  } as Statement;
}

function scoreOf(scenario: CompiledScenario, state: ClientState) {
  const raw = lmsScore(scenario, state);
  return { scaled: raw / 100, raw, min: 0, max: 100 };
}

export function startCmi5(launch: Extract<LmsLaunch, { kind: 'cmi5' }>, { onProblem, win, Cmi5: Cmi5Class }: Cmi5Options): PlayHost {
  const cmi5 = new Cmi5Class();
  let broken = false;
  let terminated = false;
  let queue: Promise<unknown> = Promise.resolve();
  // One statement (or step) at a time, in play order; after the first failure, nothing more is tried.
  const send = (what: string, step: () => Promise<unknown>) => {
    queue = queue.then(async () => {
      if (broken) return;
      try {
        await step();
      } catch (error) {
        broken = true;
        onProblem(`cmi5 ${what}: ${(error as Error).message ?? String(error)}`);
      }
    });
    return queue;
  };
  const normal = () => cmi5.launchData?.launchMode === 'Normal';
  const terminate = () => {
    if (terminated) return;
    terminated = true;
    void send('terminated', () => cmi5.terminate());
  };

  void send('initialize', () => cmi5.initialize());
  let attemptId: string | null = null;
  let ended = false;
  const mine = (scenario: CompiledScenario) => !terminated && (launch.scenarioId === null || scenario.id === launch.scenarioId);

  const observer: PlayObserver = {
    started({ scenario, attemptId: id }: PlayStarted) {
      if (mine(scenario) && !ended) attemptId = id;
    },
    turn({ scenario, attemptId: id, explanation }: PlayTurn) {
      if (!mine(scenario) || id !== attemptId) return;
      const now = new Date();
      void send('answered', () => cmi5.sendXapiStatement(answeredStatement(cmi5, scenario, explanation, now)));
    },
    ended({ scenario, attemptId: id, state }: PlayEnded) {
      if (!mine(scenario) || id !== attemptId || ended) return;
      ended = true;
      const score = scoreOf(scenario, state);
      const ending = { [EXTENSIONS.ending]: { id: state.ending?.id ?? null, walkedOut: state.ending?.walkedOut ?? false } };
      const withOutcome = (s: Statement): Statement => ({
        ...s,
        result: { ...s.result, score, extensions: { ...s.result?.extensions, ...ending } },
      });
      // The LMS's mastery score, when it sets one, is the bar for passed (cmi5 requires it); otherwise our rule.
      void send('passed', async () => {
        if (!normal() || lmsStatus(scenario, state) !== 'passed') return;
        const mastery = cmi5.launchData.masteryScore;
        if (mastery !== undefined && score.scaled < mastery) return;
        await cmi5.pass(score, { transform: withOutcome });
      });
      void send('completed', async () => {
        if (normal()) await cmi5.complete({ transform: withOutcome });
      });
      terminate();
    },
  };
  win.addEventListener('pagehide', terminate);
  return { observers: [observer] };
}
