/**
 * The trainer's walk through a conversation with a group, as a pure reducer: one moment is a fixed row of
 * steps, and the clicker moves one step forward or back.
 *
 *   client   the client speaks; thought, meters and door stay hidden
 *   options  the options appear, lettered A, B, C, …
 *   vote     the room votes: each letter typed adds a hand (or counts are typed in, or voting is skipped)
 *   confirm  the choice: the majority by default; on a tie the trainer picks one of the tied options
 *   reaction the client reacts (the engine takes the turn)
 *   reveal   "Onthul": the thought, the door and the numbers
 *   whatif   "Wat als…": what every option at that moment would have done from the same state
 *
 * After `whatif` comes the next moment's `client` step, or `ending` when the conversation is over. Going back
 * over `reaction` takes the choice back (the votes stay, so the room can change its mind).
 *
 * Only the choices, the votes and the step are kept; the client's state is always the engine's replay of the
 * choices from the session code's seed, so two windows (or two laptops with the same code) that hold the same
 * flow show the same conversation. No rule of the model lives here.
 */
import { replay, selectOptions, type ClientState, type CompiledOption, type CompiledScenario } from '../../engine/index.ts';
import type { WorkshopRecord, WorkshopVotes } from './workshop-record.ts';
import { normalizeCode, seedForCode } from './session-code.ts';

export const MOMENT_STEPS = ['client', 'options', 'vote', 'confirm', 'reaction', 'reveal', 'whatif'] as const;
export type MomentStep = (typeof MOMENT_STEPS)[number];
export type Step = MomentStep | 'ending';

/** Steps before the choice is taken (the moment on screen is the one being decided). */
const BEFORE_CHOICE: ReadonlySet<Step> = new Set(['client', 'options', 'vote', 'confirm']);

export interface WorkshopFlow {
  scenarioId: string;
  code: string;
  /** Choices taken so far, one per turn. */
  choices: string[];
  /** Votes per taken turn (null: voting skipped). Same length as `choices`. */
  votes: (WorkshopVotes | null)[];
  step: Step;
  /** Hands per option id at the moment being decided. */
  tally: Record<string, number>;
  /** The option the trainer picked by hand at `confirm` (null: follow the majority). */
  picked: string | null;
}

export type FlowAction =
  | { type: 'next' }
  | { type: 'back' }
  /** Jump to the reveal (the R key); only after the client has reacted. */
  | { type: 'reveal' }
  /** A hand for the option with this letter index (0 = A), typed during the vote. */
  | { type: 'vote'; index: number }
  /** The count for an option typed into its number field. */
  | { type: 'set-votes'; optionId: string; count: number }
  | { type: 'skip-votes' }
  /** At `confirm`: take this option (by letter index) instead of the majority. */
  | { type: 'pick'; index: number }
  /** Start again at the first moment (same code, so the same letters and lines). */
  | { type: 'restart' };

export function startFlow(scenarioId: string, code: string): WorkshopFlow {
  return { scenarioId, code: normalizeCode(code), choices: [], votes: [], step: 'client', tally: {}, picked: null };
}

/** The client's state after the flow's choices: the engine's replay from the code's seed. */
export function flowState(scenario: CompiledScenario, flow: Pick<WorkshopFlow, 'code' | 'choices'>): ClientState {
  return replay(scenario, flow.choices, { seed: seedForCode(flow.code) });
}

/** The state the moment on screen was decided from: before the last choice once the choice is taken. */
export function decidingState(scenario: CompiledScenario, flow: WorkshopFlow): ClientState {
  const taken = BEFORE_CHOICE.has(flow.step) ? flow.choices : flow.choices.slice(0, -1);
  return flowState(scenario, { code: flow.code, choices: taken });
}

/** Whether the step is one after the choice at the current moment was taken (its reply is on screen). */
export function isAfterChoice(step: Step): boolean {
  return !BEFORE_CHOICE.has(step);
}

/** Whether the thought, the door and the numbers may be shown at this step. */
export function isRevealed(step: Step): boolean {
  return step === 'reveal' || step === 'whatif' || step === 'ending';
}

/** The options of the moment being decided, in the session's order: index 0 is A. */
export function lettered(scenario: CompiledScenario, state: ClientState): CompiledOption[] {
  return selectOptions(scenario, state);
}

export const letterFor = (index: number): string => String.fromCharCode(65 + index);

/** A–Z to a letter index, or null. */
export function indexForLetter(key: string): number | null {
  return /^[a-z]$/i.test(key) ? key.toUpperCase().charCodeAt(0) - 65 : null;
}

export function totalVotes(tally: Readonly<Record<string, number>>): number {
  return Object.values(tally).reduce((sum, n) => sum + n, 0);
}

/** The option ids with the most hands (empty when nobody voted; more than one on a tie), in the given order. */
export function leaders(tally: Readonly<Record<string, number>>, optionIds: readonly string[]): string[] {
  const max = Math.max(0, ...optionIds.map((id) => tally[id] ?? 0));
  if (max === 0) return [];
  return optionIds.filter((id) => (tally[id] ?? 0) === max);
}

export type Decision =
  | { kind: 'picked'; optionId: string }
  | { kind: 'majority'; optionId: string }
  | { kind: 'tie'; tied: string[] }
  /** Nobody voted: the first option (A) is proposed, so a clicker alone can go on; a letter key changes it. */
  | { kind: 'no-votes'; optionId: string };

/** What `confirm` would take: the trainer's pick, else the majority; a tie must be settled by hand. */
export function decision(flow: WorkshopFlow, optionIds: readonly string[]): Decision {
  if (flow.picked && optionIds.includes(flow.picked)) return { kind: 'picked', optionId: flow.picked };
  const top = leaders(flow.tally, optionIds);
  if (top.length === 1) return { kind: 'majority', optionId: top[0]! };
  if (top.length > 1) return { kind: 'tie', tied: top };
  return { kind: 'no-votes', optionId: optionIds[0]! };
}

export function chosenOf(d: Decision): string | null {
  return d.kind === 'tie' ? null : d.optionId;
}

/** The step after `whatif`: the next moment, or the ending. */
function afterWhatIf(scenario: CompiledScenario, flow: WorkshopFlow): WorkshopFlow {
  const state = flowState(scenario, flow);
  if (state.ending) return { ...flow, step: 'ending' };
  return { ...flow, step: 'client', tally: {}, picked: null };
}

function countsOf(tally: Record<string, number>): WorkshopVotes | null {
  const counts = Object.fromEntries(Object.entries(tally).filter(([, n]) => n > 0));
  return Object.keys(counts).length === 0 ? null : { counts };
}

function next(scenario: CompiledScenario, flow: WorkshopFlow): WorkshopFlow {
  switch (flow.step) {
    case 'client':
      return { ...flow, step: 'options' };
    case 'options':
      return { ...flow, step: 'vote' };
    case 'vote':
      return { ...flow, step: 'confirm' };
    case 'confirm': {
      const ids = lettered(scenario, flowState(scenario, flow)).map((o) => o.id);
      const chosen = chosenOf(decision(flow, ids));
      if (!chosen) return flow; // a tie: the trainer picks first
      return { ...flow, step: 'reaction', choices: [...flow.choices, chosen], votes: [...flow.votes, countsOf(flow.tally)] };
    }
    case 'reaction':
      return { ...flow, step: 'reveal' };
    case 'reveal':
      return { ...flow, step: 'whatif' };
    case 'whatif':
      return afterWhatIf(scenario, flow);
    case 'ending':
      return flow;
  }
}

function back(flow: WorkshopFlow): WorkshopFlow {
  switch (flow.step) {
    case 'client': {
      if (flow.choices.length === 0) return flow;
      // Back to the previous moment's "Wat als…": its choice stays taken.
      return { ...flow, step: 'whatif', tally: {}, picked: null };
    }
    case 'options':
      return { ...flow, step: 'client' };
    case 'vote':
      return { ...flow, step: 'options' };
    case 'confirm':
      return { ...flow, step: 'vote' };
    case 'reaction': {
      // Take the choice back; the room's votes come back with it.
      const votes = flow.votes[flow.votes.length - 1];
      const chosen = flow.choices[flow.choices.length - 1]!;
      const tally = votes ? { ...votes.counts } : {};
      const followedMajority = leaders(tally, Object.keys(tally)).length === 1 && leaders(tally, Object.keys(tally))[0] === chosen;
      return {
        ...flow,
        step: 'confirm',
        choices: flow.choices.slice(0, -1),
        votes: flow.votes.slice(0, -1),
        tally,
        picked: followedMajority ? null : chosen,
      };
    }
    case 'reveal':
      return { ...flow, step: 'reaction' };
    case 'whatif':
      return { ...flow, step: 'reveal' };
    case 'ending':
      return { ...flow, step: 'whatif' };
  }
}

export function reduceFlow(scenario: CompiledScenario, flow: WorkshopFlow, action: FlowAction): WorkshopFlow {
  switch (action.type) {
    case 'next':
      return next(scenario, flow);
    case 'back':
      return back(flow);
    case 'reveal':
      return flow.step === 'reaction' ? { ...flow, step: 'reveal' } : flow;
    case 'vote':
    case 'pick':
    case 'set-votes': {
      if (flow.step !== 'vote' && flow.step !== 'confirm') return flow;
      const ids = lettered(scenario, flowState(scenario, flow)).map((o) => o.id);
      if (action.type === 'set-votes') {
        if (!ids.includes(action.optionId)) return flow;
        const count = Number.isFinite(action.count) ? Math.max(0, Math.min(999, Math.floor(action.count))) : 0;
        return { ...flow, tally: { ...flow.tally, [action.optionId]: count } };
      }
      const id = ids[action.index];
      if (!id) return flow;
      // A letter during the vote is a hand; at the confirmation it is the trainer's pick.
      if (action.type === 'vote' && flow.step === 'vote') return { ...flow, tally: { ...flow.tally, [id]: (flow.tally[id] ?? 0) + 1 } };
      return { ...flow, picked: id };
    }
    case 'skip-votes':
      return flow.step === 'vote' ? { ...flow, tally: {}, step: 'confirm' } : flow;
    case 'restart':
      return startFlow(flow.scenarioId, flow.code);
  }
}

/** The room's path as the shared workshop record (group links, compare view, room debrief, export). */
export function recordOf(scenario: CompiledScenario, flow: WorkshopFlow, group: string): WorkshopRecord {
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    code: flow.code,
    group,
    choices: [...flow.choices],
    votes: flow.votes.map((v) => (v ? { counts: { ...v.counts } } : null)),
  };
}

/** A flow read back from storage or another window, or null when it does not fit this scenario. */
export function parseFlow(scenario: CompiledScenario, value: unknown): WorkshopFlow | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<WorkshopFlow>;
  const steps: readonly string[] = [...MOMENT_STEPS, 'ending'];
  if (v.scenarioId !== scenario.id || typeof v.code !== 'string' || typeof v.step !== 'string' || !steps.includes(v.step)) return null;
  if (!Array.isArray(v.choices) || !v.choices.every((c) => typeof c === 'string')) return null;
  if (!Array.isArray(v.votes) || v.votes.length !== v.choices.length) return null;
  const flow: WorkshopFlow = {
    scenarioId: v.scenarioId,
    code: v.code,
    choices: v.choices,
    votes: v.votes.map((vote) =>
      vote && typeof vote === 'object' && vote.counts && typeof vote.counts === 'object' ? { counts: numbers(vote.counts) } : null,
    ),
    step: v.step as Step,
    tally: v.tally && typeof v.tally === 'object' ? numbers(v.tally) : {},
    picked: typeof v.picked === 'string' ? v.picked : null,
  };
  try {
    const state = flowState(scenario, flow);
    // Steps before a choice need a moment to decide; steps after one need a choice taken.
    if (BEFORE_CHOICE.has(flow.step) && state.ending) return null;
    if (!BEFORE_CHOICE.has(flow.step) && flow.choices.length === 0) return null;
    if (flow.step === 'ending' && !state.ending) return null;
    return flow;
  } catch {
    return null; // a choice this scenario does not offer (it changed since)
  }
}

function numbers(value: object): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(value)) if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[key] = Math.floor(n);
  return out;
}
