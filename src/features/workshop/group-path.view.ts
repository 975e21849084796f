/**
 * A group's path rebuilt from its record: the engine replays the choices from the seed the session code
 * stands for, so every number and client line is the engine's own. Per moment the options as the room saw
 * them (letters A, B, C… in the session's order), the hands per option, the choice and the numbers before and
 * after. Pure: the group page, the room's debrief, the compare view and the exports all read this.
 */
import { replay, replayRecord, selectOptions, type ClientState, type CompiledScenario, type Lang } from '../../engine/index.ts';
import { turnRows, type Numbers } from '../debrief/debrief.view.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';
import { seedForCode } from './session-code.ts';
import type { WorkshopRecord } from './workshop-record.ts';

export interface PathOption {
  letter: string;
  id: string;
  text: Localized;
  /** Hands for this option; null where the trainer skipped voting at this moment. */
  votes: number | null;
  chosen: boolean;
}

export interface PathMoment {
  turn: number;
  momentId: string;
  options: PathOption[];
  /** Hands counted at this moment; null when voting was skipped. */
  totalVotes: number | null;
  chosen: PathOption;
  /** The option most hands went to, when that is not the one chosen (the trainer overruled, or a tie). */
  majority: PathOption | null;
  /** What the client said that opened this moment (the line the room heard before the options). */
  prompt: Localized[];
  replies: Localized[];
  before: Numbers;
  after: Numbers;
}

export type PathProblem =
  { code: 'scenario-version'; linked: number; current: number } | { code: 'scenario-changed' } | { code: 'votes-mismatch'; turn: number };

export type GroupPath =
  { ok: true; record: WorkshopRecord; state: ClientState; moments: PathMoment[] } | { ok: false; problem: PathProblem };

/** Letters for the options at a moment, in the order the room saw them. */
export const letterFor = (index: number) => String.fromCharCode(65 + index);

/** The conversation a record stands for, or why it cannot be rebuilt (the scenario changed since). */
export function stateOfRecord(
  scenario: CompiledScenario,
  record: WorkshopRecord,
): { ok: true; state: ClientState } | { ok: false; problem: PathProblem } {
  if (record.scenarioVersion !== scenario.version) {
    return { ok: false, problem: { code: 'scenario-version', linked: record.scenarioVersion, current: scenario.version } };
  }
  const result = replayRecord(scenario, { seed: seedForCode(record.code), choices: record.choices });
  return result.ok ? result : { ok: false, problem: { code: 'scenario-changed' } };
}

export function groupPath(scenario: CompiledScenario, record: WorkshopRecord, lang: Lang): GroupPath {
  const rebuilt = stateOfRecord(scenario, record);
  if (!rebuilt.ok) return rebuilt;
  const { state } = rebuilt;
  const seed = seedForCode(record.code);
  const rows = turnRows(scenario, state, lang, []);
  const moments: PathMoment[] = [];
  for (const [index, row] of rows.entries()) {
    const before = replay(scenario, record.choices.slice(0, index), { seed });
    const votes = record.votes[index] ?? null;
    const offered = selectOptions(scenario, before);
    if (votes && Object.keys(votes.counts).some((id) => !offered.some((o) => o.id === id)))
      return { ok: false, problem: { code: 'votes-mismatch', turn: row.turn } };
    const options = offered.map((o, i): PathOption => ({
      letter: letterFor(i),
      id: o.id,
      text: localizedLine(scenario, o.text, lang),
      votes: votes ? (votes.counts[o.id] ?? 0) : null,
      chosen: o.id === record.choices[index],
    }));
    const chosen = options.find((o) => o.chosen)!;
    const most = votes ? Math.max(...options.map((o) => o.votes ?? 0)) : 0;
    const leaders = options.filter((o) => most > 0 && o.votes === most);
    moments.push({
      turn: row.turn,
      momentId: before.momentId,
      options,
      totalVotes: votes ? options.reduce((sum, o) => sum + (o.votes ?? 0), 0) : null,
      chosen,
      majority: leaders.length === 1 && !leaders[0]!.chosen ? leaders[0]! : null,
      prompt: state.transcript
        .filter((e) => e.speaker === 'client' && e.kind === 'client-line' && e.turn === row.turn - 1)
        .map((e) => localizedLine(scenario, e.line, lang)),
      replies: row.replies.filter((r) => r.kind !== 'thought').map((r) => r.text),
      before: row.before,
      after: row.after,
    });
  }
  return { ok: true, record, state, moments };
}
