/**
 * One consultant turn, as a pure function: (scenario, state, option) → next state, explanation, effects.
 * The client actor (client-actor.ts), the analysis and the look-ahead of the debrief all call this.
 */
import { NO_FEATURES, type Features } from './codes.ts';
import {
  arrivalStress,
  capTrustChange,
  clamp,
  mentalRoom,
  moderate,
  modeForRoom,
  nextLoad,
  nextMode,
  nextStress,
  reactionFor,
  restingStress,
  saturate,
  stressFloor,
  walkOutAfter,
  windowEdge,
} from './dynamics.ts';
import { deriveImpulse } from './impulse.ts';
import { mergeLearned } from './learned.ts';
import { recallAgreements, recallShare, tellFact } from './memory.ts';
import { resolveParams, type ModelParams } from './params.ts';
import { Draws, seedState } from './rng.ts';
import type {
  CompiledEnding,
  CompiledFact,
  CompiledMoment,
  CompiledOption,
  CompiledScenario,
  Mode,
  Target,
  VariantTable,
} from './scenario.types.ts';
import type { ClientState, EngineEvent, FactOutcome, Reaction, TranscriptEntry, TurnExplanation, VarSnapshot } from './state.ts';

export class EngineError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown-option' | 'conversation-ended' | 'unknown-moment',
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

// Resolved once per persona tuning object: takeTurn runs hundreds of thousands of times in the analysis.
const paramsCache = new WeakMap<object, ModelParams>();

export function paramsFor(scenario: CompiledScenario): ModelParams {
  const key = scenario.persona.tuning ?? scenario.persona;
  let params = paramsCache.get(key);
  if (!params) {
    params = resolveParams(scenario.persona.tuning);
    paramsCache.set(key, params);
  }
  return params;
}

const completeCache = new WeakMap<CompiledOption, CompiledOption & { features: Features }>();

/**
 * The option with every feature key present; compiled scenarios are never mutated, so cache per option (a
 * copy of the option per turn was one of the larger costs of the analysis).
 */
function completeOption(option: CompiledOption): CompiledOption & { features: Features } {
  let complete = completeCache.get(option);
  if (!complete) {
    complete = { ...option, features: { ...NO_FEATURES, ...option.features } };
    completeCache.set(option, complete);
  }
  return complete;
}

/** Where each moment id sits in a moments list, built once per list (the analysis looks moments up millions of times). */
const momentIndex = new WeakMap<readonly CompiledMoment[], Map<string, number>>();

export function findMoment(scenario: CompiledScenario, id: string): CompiledMoment {
  const { moments } = scenario;
  let index = momentIndex.get(moments);
  if (!index) {
    index = new Map();
    for (let i = moments.length - 1; i >= 0; i--) index.set(moments[i]!.id, i);
    momentIndex.set(moments, index);
  }
  const at = index.get(id);
  // Checked, so a list changed after indexing still gives the right moment (found the slow way).
  const moment = at !== undefined && moments[at]?.id === id ? moments[at] : moments.find((m) => m.id === id);
  if (!moment) throw new EngineError(`Moment "${id}" does not exist in scenario "${scenario.id}".`, 'unknown-moment');
  return moment;
}

/** Each fact by id, once per facts list (the first of a repeated id, as a search from the top finds). */
const factIndex = new WeakMap<readonly CompiledFact[], Map<string, CompiledFact>>();

function factsById(facts: readonly CompiledFact[]): Map<string, CompiledFact> {
  let index = factIndex.get(facts);
  if (!index) {
    index = new Map();
    for (let i = facts.length - 1; i >= 0; i--) index.set(facts[i]!.id, facts[i]!);
    factIndex.set(facts, index);
  }
  return index;
}

/** Pick the text for the client's current state: a reaction wins over a mode, a mode over the default. */
export function pickVariant(table: VariantTable | null, mode: Mode, reaction: Reaction, draws: Draws): string | undefined {
  if (!table) return undefined;
  const list = (reaction && table[reaction]) || table[mode] || table.default;
  return draws.pick(list);
}

export interface StartOptions {
  seed?: number | string;
  /** Start at another moment than the scenario's start (Scenario Lab). */
  momentId?: string;
  /** Override starting numbers (Scenario Lab); the mode follows from them. */
  stress?: number;
  trust?: number;
}

export function initialState(scenario: CompiledScenario, options: StartOptions = {}): ClientState {
  const p = paramsFor(scenario);
  const persona = scenario.persona;
  const seed = seedState(options.seed ?? 1);
  const momentId = options.momentId ?? scenario.start;
  const moment = findMoment(scenario, momentId);
  const chronicLoad = persona.chronicLoad;
  const trust = clamp(options.trust ?? persona.trust);
  const stress = clamp(options.stress ?? arrivalStress(chronicLoad, persona.arrivalStress, p));
  const room = mentalRoom(stress, 0, chronicLoad, p);
  const mode = modeForRoom(room, p);
  const reaction = reactionFor(stress > windowEdge(trust, chronicLoad, p), persona.trait, trust, p);
  const draws = new Draws(seed, scenario.randomness);
  const state: ClientState = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    origin: { momentId, stress: options.stress ?? null, trust: options.trust ?? null },
    seed,
    rng: seed,
    turn: 0,
    momentId,
    initialTrust: trust,
    vars: { chronicLoad, stress, trust, load: 0, sensitisation: 0, room },
    mode,
    reaction,
    outsideTurns: reaction ? 1 : 0,
    slowTurnsLeft: 0,
    closedStreak: 0,
    affirmCount: 0,
    unsaid: null,
    facts: {},
    agreements: {},
    choices: [],
    transcript: momentLines(moment, 0, mode, reaction, draws),
    explanations: [],
    ending: null,
  };
  state.rng = draws.stateValue;
  return state;
}

function momentLines(moment: CompiledMoment, turn: number, mode: Mode, reaction: Reaction, draws: Draws): TranscriptEntry[] {
  const lines: TranscriptEntry[] = [];
  const said = pickVariant(moment.client, mode, reaction, draws);
  if (said) lines.push({ turn, speaker: 'client', kind: 'client-line', line: said, momentId: moment.id });
  const thought = pickVariant(moment.thought, mode, reaction, draws);
  if (thought) lines.push({ turn, speaker: 'client', kind: 'thought', line: thought, momentId: moment.id });
  return lines;
}

function snapshotVars(state: Pick<ClientState, 'vars' | 'mode' | 'reaction'>): VarSnapshot {
  const v = state.vars;
  // A literal with a fixed shape rather than a spread: this runs on every turn of the analysis.
  return {
    chronicLoad: v.chronicLoad,
    stress: v.stress,
    trust: v.trust,
    load: v.load,
    sensitisation: v.sensitisation,
    room: v.room,
    mode: state.mode,
    reaction: state.reaction,
  };
}

/** What an ending condition looks at: the client's state at the end and what the conversation achieved. */
export type EndingState = Pick<ClientState, 'mode' | 'facts' | 'agreements'> & { trust: number; room: number };

/**
 * What an ending condition reads of what the conversation achieved, however the records are kept: by id in a
 * state (endingMatches), by slot in the analysis. Asked lazily, in the order the condition lists its parts.
 */
export interface Achieved {
  /** Agreements made. */
  agreements(): number;
  /** Agreements written down or with a reminder. */
  written(): number;
  /** Expected share of the agreements remembered (0–1; 0 when none), at the room of the ending state. */
  recall(): number;
  /** Facts the consultant learned accurately. */
  accurateFacts(): number;
  isAccurate(factId: string): boolean;
}

export function endingMatches(ending: CompiledEnding, state: EndingState, p: ModelParams): boolean {
  // Most endings are chosen on an ending without a condition, or on mode, trust or room alone: nothing to read.
  if (ending.walkOut || !ending.when) return !ending.walkOut;
  return endingHolds(ending, state, new RecordsAchieved(state, p));
}

/** What a state's records keyed by id achieved (see Achieved): one object rather than a closure per question. */
class RecordsAchieved implements Achieved {
  constructor(
    private readonly state: EndingState,
    private readonly p: ModelParams,
  ) {}

  agreements(): number {
    return Object.values(this.state.agreements).length;
  }

  written(): number {
    return Object.values(this.state.agreements).filter((a) => a.written || a.reminder).length;
  }

  recall(): number {
    return recallShare(recallAgreements(this.state.agreements, this.state.room, this.p));
  }

  accurateFacts(): number {
    return Object.keys(this.state.facts).filter((id) => this.isAccurate(id)).length;
  }

  isAccurate(factId: string): boolean {
    return this.state.facts[factId]?.fidelity === 'accurate';
  }
}

/** The one reading of an ending condition (endingMatches and the analysis both use it). */
export function endingHolds(ending: CompiledEnding, state: Pick<EndingState, 'mode' | 'trust' | 'room'>, achieved: Achieved): boolean {
  if (ending.walkOut) return false;
  const when = ending.when;
  if (!when) return true;
  if (when.modes && !when.modes.includes(state.mode)) return false;
  if (when.minTrust !== undefined && state.trust < when.minTrust) return false;
  if (when.minRoom !== undefined && state.room < when.minRoom) return false;
  if (when.minAgreements !== undefined && achieved.agreements() < when.minAgreements) return false;
  if (when.minWritten !== undefined && achieved.written() < when.minWritten) return false;
  if (when.minRecall !== undefined && 100 * achieved.recall() < when.minRecall) return false;
  if (when.minFacts !== undefined && achieved.accurateFacts() < when.minFacts) return false;
  if (when.facts && !when.facts.every((id) => achieved.isAccurate(id))) return false;
  return true;
}

/** The endings other than the walk-out, once per endings list (compiled scenarios are never mutated). */
const plainCache = new WeakMap<readonly CompiledEnding[], readonly CompiledEnding[]>();

function plainEndings(endings: readonly CompiledEnding[]): readonly CompiledEnding[] {
  let plain = plainCache.get(endings);
  if (!plain) {
    plain = endings.filter((e) => !e.walkOut);
    plainCache.set(endings, plain);
  }
  return plain;
}

/** The ending the client's state chooses when a path reaches `end` (the last plain ending is the fallback). */
export function chooseEnding(scenario: CompiledScenario, state: EndingState): CompiledEnding {
  const p = paramsFor(scenario);
  const plain = plainEndings(scenario.endings);
  return plain.find((e) => endingMatches(e, state, p)) ?? plain[plain.length - 1] ?? scenario.endings[0]!;
}

/** chooseEnding on what was achieved, however it is kept (see Achieved). */
export function chooseEndingBy(
  scenario: CompiledScenario,
  state: Pick<EndingState, 'mode' | 'trust' | 'room'>,
  achieved: Achieved,
): CompiledEnding {
  const plain = plainEndings(scenario.endings);
  for (const e of plain) if (endingHolds(e, state, achieved)) return e;
  return plain[plain.length - 1] ?? scenario.endings[0]!;
}

function walkOutEnding(scenario: CompiledScenario): CompiledEnding {
  return scenario.endings.find((e) => e.walkOut) ?? scenario.endings[0]!;
}

function resolveNext(option: CompiledOption, mode: Mode): Target {
  return option.next[mode] ?? option.next.default;
}

export interface TurnResult {
  state: ClientState;
  explanation: TurnExplanation;
  effects: EngineEvent[];
}

export function availableOptions(scenario: CompiledScenario, state: ClientState): CompiledOption[] {
  if (state.ending) return [];
  return findMoment(scenario, state.momentId).options;
}

/** Why an option cannot be chosen now. */
export interface TurnRefusal {
  ok: false;
  reason: 'conversation-ended' | 'unknown-option';
  message: string;
}

/** The one check of a choice, shared by the session (tryTurn) and takeTurn: the option on offer, or a refusal. */
function checkOption(
  scenario: CompiledScenario,
  state: ClientState,
  optionId: string,
): { ok: true; moment: CompiledMoment; option: CompiledOption } | TurnRefusal {
  if (state.ending)
    return { ok: false, reason: 'conversation-ended', message: 'The conversation has ended; no more options can be chosen.' };
  const moment = findMoment(scenario, state.momentId);
  const option = moment.options.find((o) => o.id === optionId);
  if (!option) return { ok: false, reason: 'unknown-option', message: `Option "${optionId}" is not available at moment "${moment.id}".` };
  return { ok: true, moment, option };
}

/** The turn an option gives, or why it cannot be chosen now. */
export function tryTurn(scenario: CompiledScenario, state: ClientState, optionId: string): (TurnResult & { ok: true }) | TurnRefusal {
  const check = checkOption(scenario, state, optionId);
  return check.ok ? { ok: true, ...turnWith(scenario, state, check.moment, check.option) } : check;
}

/** The turn an option gives; throws EngineError when it cannot be chosen now (the analysis and replays). */
export function takeTurn(scenario: CompiledScenario, state: ClientState, optionId: string): TurnResult {
  const check = checkOption(scenario, state, optionId);
  if (!check.ok) throw new EngineError(check.message, check.reason);
  return turnWith(scenario, state, check.moment, check.option);
}

/** What a lean step reports besides the state: the parts of the explanation the analysis reads. */
export interface StepResult {
  /** The state after the turn; its transcript and explanations are the ones it came with (nothing appended). */
  state: ClientState;
  features: Features;
  facts: FactOutcome[];
  agreements: string[];
  walkedOut: boolean;
  next: Target;
}

/**
 * The same turn as takeTurn (same numbers, mode, facts, agreements, ending, choices and random draws) without
 * the narrative: no transcript lines, explanation or events are built. For the analysis, which plays hundreds of
 * thousands of turns and reads none of them. Throws EngineError as takeTurn does.
 */
export function stepState(scenario: CompiledScenario, state: ClientState, optionId: string): StepResult {
  const check = checkOption(scenario, state, optionId);
  if (!check.ok) throw new EngineError(check.message, check.reason);
  return playTurn(scenario, state, check.moment, check.option, false, true);
}

/**
 * stepState without the ledger: the same numbers, mode, reaction, counters, moment and random draws, but what
 * the turn told and agreed (in the result's `facts` and `agreements`) and the option chosen are not merged into
 * the state: its facts, agreements and choices are the ones it came with, and an ending the turn reaches is
 * chosen on those. For the analysis, which plays a turn once for many paths and merges each path's own records
 * itself (mergeLearned). The option is given by its place in the moment's options.
 */
export function stepNumbers(scenario: CompiledScenario, state: ClientState, optionIndex: number): StepResult {
  if (state.ending) throw new EngineError('The conversation has ended; no more options can be chosen.', 'conversation-ended');
  const moment = findMoment(scenario, state.momentId);
  const option = moment.options[optionIndex];
  if (!option) throw new EngineError(`Option ${optionIndex} is not available at moment "${moment.id}".`, 'unknown-option');
  return playTurn(scenario, state, moment, option, false, false);
}

function turnWith(scenario: CompiledScenario, state: ClientState, moment: CompiledMoment, option: CompiledOption): TurnResult {
  return playTurn(scenario, state, moment, option, true);
}

const NOTHING_TOLD: readonly { key: string; fidelity: FactOutcome['fidelity'] }[] = [];

function playTurn(
  scenario: CompiledScenario,
  state: ClientState,
  moment: CompiledMoment,
  option: CompiledOption,
  narrative: true,
): TurnResult;
function playTurn(
  scenario: CompiledScenario,
  state: ClientState,
  moment: CompiledMoment,
  option: CompiledOption,
  narrative: false,
  ledger: boolean,
): StepResult;
function playTurn(
  scenario: CompiledScenario,
  state: ClientState,
  moment: CompiledMoment,
  option: CompiledOption,
  narrative: boolean,
  /** Merge the turn's answers, agreements and choice into the state (false only without the narrative: stepNumbers). */
  ledger = true,
): TurnResult | StepResult {
  const p = paramsFor(scenario);
  const complete = completeOption(option);
  const { features } = complete;
  const turn = state.turn + 1;
  const draws = new Draws(state.rng, scenario.randomness);
  const { chronicLoad } = state.vars;

  // 1. What was said: the rules and the raw impulse.
  // Without the narrative no explanation shows the rules: the impulse is summed without listing them.
  const impulse = deriveImpulse(complete, state, p, narrative);

  // 2. How it lands: trust moderates, threat memory amplifies (using the memory from before this turn).
  const moderation = moderate(impulse.stress, state.vars.trust, state.vars.sensitisation, p);
  const trustChange = capTrustChange(impulse.trust, p);
  const trust = clamp(state.vars.trust + trustChange);
  const sensitisation = clamp(state.vars.sensitisation * p.sensitisationDecay + (impulse.threat ? p.sensitisationPerThreat : 0));

  // 3. Recovery toward rest; slower for a while after a threat.
  const slowTurnsLeft = impulse.threat ? p.slowRecoveryTurns : Math.max(0, state.slowTurnsLeft - 1);
  const slow = impulse.threat || state.slowTurnsLeft > 0;
  const rate = slow ? p.slowRecoveryRate : p.recoveryRate;
  const resting = restingStress(chronicLoad, trust, state.initialTrust, p);
  const landed = saturate(moderation.effective, state.vars.stress, stressFloor(chronicLoad, p), p);
  // A turn that hurts (raises stress, costs trust, threatens or uses jargon) gives no relief in the same turn:
  // neither stress nor load goes down, so the room never grows right after a wrong move. Recovery shows on
  // the next calm turn.
  const hurts = impulse.stress > 0 || trustChange < 0 || impulse.threat || features.jargon > 0;
  const drifted = nextStress(state.vars.stress, landed, resting, rate);
  const stress = hurts ? Math.max(drifted, state.vars.stress) : drifted;

  // 4. Load, room, mode, window.
  const nextLoadValue = nextLoad(state.vars.load, impulse.loadAdded, features.writtenAgreement, p);
  const load = hurts ? Math.max(nextLoadValue, state.vars.load) : nextLoadValue;
  const room = mentalRoom(stress, load, chronicLoad, p);
  const mode = nextMode(state.mode, room, p);
  const edge = windowEdge(trust, chronicLoad, p);
  const outside = stress > edge;
  const reaction = reactionFor(outside, scenario.persona.trait, trust, p);
  // Only hurtful turns outside the window bring a walk-out closer; a calm turn there takes a step back.
  const outsideTurns = outside ? (hurts ? state.outsideTurns + 1 : Math.max(1, state.outsideTurns - 1)) : 0;
  // Walking out follows threat or confrontation (threat memory still high); a dull checklist closes the client instead.
  const walkedOut = reaction !== null && outsideTurns >= walkOutAfter(reaction, p) && sensitisation >= p.walkOutMinSensitisation;

  // 5. What the client says back. Without the narrative the lines are still drawn (the generator moves on
  // exactly as in takeTurn) but not kept.
  // The lean step builds no transcript at all (null), only the lines' draws below.
  const transcript: TranscriptEntry[] | null = narrative
    ? [{ turn, speaker: 'consultant', kind: 'option', line: option.text, momentId: moment.id, optionId: option.id }]
    : null;
  const reply = pickVariant(option.reply, mode, reaction, draws);
  if (reply && transcript)
    transcript.push({ turn, speaker: 'client', kind: 'reply', line: reply, momentId: moment.id, optionId: option.id });

  const factOutcomes: FactOutcome[] = [];
  const personaFacts = factsById(scenario.persona.facts);
  // A loop rather than a closure: a closure would keep this turn's numbers in a context object, every turn.
  const roomTold = walkedOut ? 0 : room;
  // Clients tell more after a reflection than after a question: a fact a reflection touches on is easier to tell.
  const reflects = impulse.reflection;
  // A reflection that asks nothing itself invites, once, what the client held back on the turn before.
  const invites = reflects && option.asks.length === 0 && state.unsaid !== null && !walkedOut;
  const asked = invites ? [state.unsaid!] : option.asks;
  const how =
    asked.length === 0
      ? null
      : { normalises: features.normalises, threat: impulse.threat, invited: invites || reflects, leaves: walkedOut };
  for (const factId of asked) {
    const fact = personaFacts.get(factId);
    if (!fact) continue;
    const outcome = tellFact(fact, roomTold, trust, how!, p, draws);
    factOutcomes.push(outcome);
    if (!walkedOut && transcript) {
      transcript.push({
        turn,
        speaker: 'client',
        kind: 'fact-answer',
        line: fact.answers[outcome.fidelity],
        momentId: moment.id,
        optionId: option.id,
        factId,
        fidelity: outcome.fidelity,
      });
    }
  }
  // The last fact held back or answered vaguely this turn (a loop: this runs on every turn of the analysis).
  let unsaid: string | null = null;
  if (option.asks.length > 0) {
    for (let i = factOutcomes.length - 1; i >= 0 && unsaid === null; i -= 1) {
      const f = factOutcomes[i]!;
      if (f.fidelity === 'omitted' || f.fidelity === 'vague') unsaid = f.factId;
    }
  }
  const thought = pickVariant(option.thought, mode, reaction, draws);
  if (thought && transcript)
    transcript.push({ turn, speaker: 'client', kind: 'thought', line: thought, momentId: moment.id, optionId: option.id });

  // 6. What the consultant learned, and the agreements: made at this room; writing down or a reminder covers
  // all made so far (learned.ts, shared with the analysis).
  const made: string[] = walkedOut ? [] : [...option.agrees];
  const { facts, agreements } = ledger
    ? mergeLearned(state.facts, state.agreements, {
        turn,
        room,
        walkedOut,
        told: factOutcomes.length === 0 ? NOTHING_TOLD : factOutcomes.map((f) => ({ key: f.factId, fidelity: f.fidelity })),
        made,
        written: features.writtenAgreement,
        reminder: features.reminder,
      })
    : state;

  // 7. Where the conversation goes.
  let next: Target = resolveNext(option, mode);
  let ending: CompiledEnding | null = null;
  if (walkedOut) {
    ending = walkOutEnding(scenario);
    next = { kind: 'ending', id: ending.id };
  } else if (next.kind === 'ending') {
    const endingId = next.id;
    // A named ending is used when its own condition holds: a headline is never given for what did not happen.
    const named = scenario.endings.find((e) => e.id === endingId);
    const fits = named && (named.walkOut || !named.when || endingMatches(named, { mode, trust, room, facts, agreements }, p));
    ending = fits ? named : chooseEnding(scenario, { mode, trust, room, facts, agreements });
  } else if (next.kind === 'end' || turn >= scenario.maxTurns) {
    ending = chooseEnding(scenario, { mode, trust, room, facts, agreements });
  }
  const momentId = ending ? state.momentId : next.kind === 'moment' ? next.id : state.momentId;
  if (!ending) {
    const target = findMoment(scenario, momentId);
    if (transcript) transcript.push(...momentLines(target, turn, mode, reaction, draws));
    else {
      // The same two draws as momentLines, in the same order.
      pickVariant(target.client, mode, reaction, draws);
      pickVariant(target.thought, mode, reaction, draws);
    }
  }

  const vars = { chronicLoad, stress, trust, load, sensitisation, room };
  // Every field written out rather than a spread of the state: the analysis plays hundreds of thousands of
  // lean turns, and copying a state by spread cost more than the rest of the turn. Same field order as
  // initialState; the narrative turn below still spreads, so a state keeps any field it came with.
  const stepped: ClientState = {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    origin: state.origin,
    seed: state.seed,
    rng: draws.stateValue,
    turn,
    momentId,
    initialTrust: state.initialTrust,
    vars,
    mode,
    reaction,
    outsideTurns,
    slowTurnsLeft,
    closedStreak: impulse.closedStreak,
    affirmCount: impulse.affirmCount,
    unsaid,
    facts,
    agreements,
    choices: ledger ? [...state.choices, option.id] : state.choices,
    transcript: state.transcript,
    explanations: state.explanations,
    ending: ending ? { id: ending.id, walkedOut, turn } : null,
  };
  if (!narrative) return { state: stepped, features, facts: factOutcomes, agreements: made, walkedOut, next };
  const common = { ...state, ...stepped };
  const after: VarSnapshot = { ...vars, mode, reaction };
  const explanation: TurnExplanation = {
    turn,
    momentId: moment.id,
    optionId: option.id,
    codes: option.codes,
    features,
    rules: impulse.rules,
    raw: { stress: impulse.stress, trust: impulse.trust },
    moderation: { kind: moderation.kind, weight: moderation.weight, effectiveStress: landed },
    trustChange,
    recovery: { rate, restingStress: resting, slow, held: hurts && (drifted < state.vars.stress || nextLoadValue < state.vars.load) },
    window: { edge, outside, outsideTurns },
    before: snapshotVars(state),
    after,
    facts: factOutcomes,
    agreements: made,
    walkedOut,
    next,
    endingId: ending?.id ?? null,
  };

  const told = transcript!;
  const lines = told.filter((entry) => entry.speaker === 'client');
  const effects: EngineEvent[] = [{ type: 'turn.taken', turn, optionId: option.id, vars, mode, reaction, lines }];
  if (mode !== state.mode) effects.push({ type: 'mode.changed', from: state.mode, to: mode, turn });
  if (reaction && reaction !== state.reaction) effects.push({ type: 'reaction.started', reaction, turn });
  if (!reaction && state.reaction) effects.push({ type: 'reaction.ended', turn });
  for (const f of factOutcomes) {
    if (f.fidelity !== 'omitted') effects.push({ type: 'fact.disclosed', factId: f.factId, fidelity: f.fidelity, turn });
  }
  for (const id of made) effects.push({ type: 'agreement.made', agreementId: id, written: agreements[id]!.written, turn });
  if (walkedOut && reaction) effects.push({ type: 'client.walked-out', reaction, turn });
  if (ending) effects.push({ type: 'conversation.ended', endingId: ending.id, walkedOut, turn });

  const nextState: ClientState = {
    ...common,
    transcript: [...state.transcript, ...told],
    explanations: [...state.explanations, explanation],
  };
  return { state: nextState, explanation, effects };
}

export function startOptionsOf(state: Pick<ClientState, 'seed' | 'origin'>): StartOptions {
  const { momentId, stress, trust } = state.origin;
  return { seed: state.seed, momentId, ...(stress === null ? {} : { stress }), ...(trust === null ? {} : { trust }) };
}

/** Replay a list of choices from a start: the basis of rewind, alternatives, restore and determinism checks. */
export function replay(scenario: CompiledScenario, choices: readonly string[], options: StartOptions = {}): ClientState {
  let state = initialState(scenario, options);
  for (const choice of choices) state = takeTurn(scenario, state, choice).state;
  return state;
}
