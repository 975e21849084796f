/**
 * SCORM 1.2 reporting: a play observer that writes what happens to the LMS through its `API` object.
 *
 * - Start: `cmi.core.lesson_status` incomplete (never lowering an earlier completed or passed).
 * - Every choice: one `cmi.interactions.n` entry, the conversation in `cmi.suspend_data` (suspend-data.ts),
 *   the moment in `cmi.core.lesson_location`, `cmi.core.exit` suspend, then LMSCommit.
 * - Ending: status and score (outcome-report.ts; the best of the launch is kept), suspend data emptied (the
 *   next launch starts a new conversation), then LMSCommit and LMSFinish. One launch reports one conversation.
 * - Page hidden (tab switch, phone locks): LMSCommit only, because the learner may come back and go on;
 *   pagehide (the page goes away): LMSCommit and LMSFinish.
 *
 * SCORM 1.2's interactions have no description field (the data model has id, objectives, time, type,
 * correct_responses, weighting, student_response, result, latency). So the MI codes go where 1.2 has room:
 * in the interaction id (`t<turn>-<option id>--<code>.<code>`, visible in every LMS report) and as one
 * objective id per code. `student_response` is the option's letter within that moment (a, b, c, …), the
 * form 1.2 defines for a choice; `result` is neutral because a conversation has no right answer.
 *
 * Every call is guarded: an API that throws or answers "false" gives the learner one notice, play goes on.
 */
import type { ClientState, CompiledScenario } from '../../engine/index.ts';
import type { PlayEnded, PlayHost, PlayObserver, PlayStarted, PlayTurn, SavedProgress } from '../play/play-host.ts';
import { lmsScore, lmsStatus } from './outcome-report.ts';
import type { Scorm12Api } from './scorm-api.ts';
import { decodeSuspendData, encodeSuspendData, type KeptConversation } from './suspend-data.ts';

export interface ScormOptions {
  /** The scenario this SCO is for (`?scenario=` in the launch URL); plays of other scenarios stay local. */
  scenarioId: string | null;
  /** Called for every failed call; the notice shows once. */
  onProblem(detail: string): void;
  now?: () => Date;
}

export interface ScormSession {
  host: PlayHost;
  /** Commit (page hidden). */
  commit(): void;
  /** Commit and finish (page gone). Safe to call twice. */
  finish(): void;
  readonly finished: boolean;
}

const IDENTIFIER_LIMIT = 255;
const STATUS_RANK: Record<string, number> = { 'not attempted': 0, browsed: 0, incomplete: 1, failed: 1, completed: 2, passed: 3 };

/** SCORM 1.2 CMIIdentifier: no white space; we keep to letters, digits, `-`, `_` and `.`. */
export function scormSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, IDENTIFIER_LIMIT);
}

/** `a`–`z` then `0`–`9`: SCORM 1.2's single-character form of a choice response. */
export function choiceLetter(index: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return alphabet[index] ?? '_';
}

const two = (n: number) => String(n).padStart(2, '0');

/** CMITime, HH:MM:SS. */
export function cmiTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** CMITimespan, HHHH:MM:SS.SS. */
export function cmiTimespan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = (total % 60).toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds}`;
}

export function interactionId(turn: number, optionId: string, codes: readonly string[]): string {
  return scormSafe(`t${turn}-${optionId}--${codes.join('.')}`);
}

export function startScorm(api: Scorm12Api, options: ScormOptions): ScormSession | null {
  const now = options.now ?? (() => new Date());
  const startedAt = now().getTime();
  let finished = false;

  const describe = (what: string) => {
    try {
      const code = api.LMSGetLastError();
      return `${what} failed (error ${code}: ${api.LMSGetErrorString(code)})`;
    } catch {
      return `${what} failed`;
    }
  };
  const call = (what: string, run: () => string): string | null => {
    try {
      const answer = String(run());
      if (answer === 'false') {
        options.onProblem(describe(what));
        return null;
      }
      return answer;
    } catch (error) {
      options.onProblem(`${what} threw: ${(error as Error).message ?? String(error)}`);
      return null;
    }
  };
  const get = (element: string) => {
    try {
      return String(api.LMSGetValue(element) ?? '');
    } catch {
      return '';
    }
  };
  const set = (element: string, value: string) => call(`LMSSetValue(${element})`, () => api.LMSSetValue(element, value));
  const commit = () => {
    if (!finished) call('LMSCommit', () => api.LMSCommit(''));
  };
  const finish = () => {
    if (finished) return;
    set('cmi.core.session_time', cmiTimespan(now().getTime() - startedAt));
    commit();
    call('LMSFinish', () => api.LMSFinish(''));
    finished = true;
  };

  if (call('LMSInitialize', () => api.LMSInitialize('')) === null) return null;

  let kept: KeptConversation | null = decodeSuspendData(get('cmi.suspend_data'));
  let status = get('cmi.core.lesson_status');
  let bestScore = Number.parseFloat(get('cmi.core.score.raw'));
  let interactions = Number.parseInt(get('cmi.interactions._count'), 10);
  if (!Number.isFinite(interactions) || interactions < 0) interactions = 0;
  let attemptId: string | null = null;

  const mine = (scenario: CompiledScenario) => !finished && (options.scenarioId === null || scenario.id === options.scenarioId);
  const setStatus = (next: string) => {
    if ((STATUS_RANK[next] ?? 0) <= (STATUS_RANK[status] ?? 0)) return;
    if (set('cmi.core.lesson_status', next) !== null) status = next;
  };
  const keep = (scenario: CompiledScenario, state: ClientState) => {
    kept = { scenarioId: scenario.id, version: scenario.version, seed: state.seed, choices: [...state.choices] };
    set('cmi.suspend_data', encodeSuspendData(kept) ?? '');
    set('cmi.core.lesson_location', `${scenario.id}/${state.momentId}`.slice(0, IDENTIFIER_LIMIT));
    set('cmi.core.exit', 'suspend');
  };

  const observer: PlayObserver = {
    started({ scenario, attemptId: id, state }: PlayStarted) {
      if (!mine(scenario)) return;
      attemptId = id;
      setStatus('incomplete');
      if (!state.ending) keep(scenario, state);
      commit();
    },
    turn({ scenario, attemptId: id, state, explanation }: PlayTurn) {
      if (!mine(scenario) || id !== attemptId) return;
      const n = interactions++;
      const moment = scenario.moments.find((m) => m.id === explanation.momentId);
      const index = moment?.options.findIndex((o) => o.id === explanation.optionId) ?? -1;
      const prefix = `cmi.interactions.${n}`;
      set(`${prefix}.id`, interactionId(explanation.turn, explanation.optionId, explanation.codes));
      explanation.codes.forEach((code, i) => set(`${prefix}.objectives.${i}.id`, scormSafe(code)));
      set(`${prefix}.time`, cmiTime(now()));
      set(`${prefix}.type`, 'choice');
      set(`${prefix}.student_response`, choiceLetter(index));
      set(`${prefix}.result`, 'neutral');
      if (!state.ending) keep(scenario, state);
      commit();
    },
    ended({ scenario, attemptId: id, state }: PlayEnded) {
      if (!mine(scenario) || id !== attemptId) return;
      const score = lmsScore(scenario, state);
      if (!(bestScore >= score)) {
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        if (set('cmi.core.score.raw', String(score)) !== null) bestScore = score;
      }
      setStatus(lmsStatus(scenario, state));
      kept = null;
      set('cmi.suspend_data', '');
      set('cmi.core.lesson_location', '');
      set('cmi.core.exit', '');
      finish();
    },
  };

  const host: PlayHost = {
    observers: [observer],
    savedProgress(scenarioId: string): SavedProgress | null {
      return kept && kept.scenarioId === scenarioId ? { seed: kept.seed, choices: [...kept.choices] } : null;
    },
  };
  return {
    host,
    commit,
    finish,
    get finished() {
      return finished;
    },
  };
}
