/** The client's dynamic state: everything a turn can change. Plain data, so it persists as JSON. */
import type { Code, Features } from './codes.ts';
import type { Fidelity, Mode, Target, Trait } from './scenario.types.ts';
import type { RuleId } from './rule-ids.ts';

export interface Vars {
  /** C: chronic load, fixed per persona. */
  chronicLoad: number;
  /** S: acute stress (arousal). */
  stress: number;
  /** T: trust, the working alliance. */
  trust: number;
  /** L: cognitive load placed on the client by the last turns. */
  load: number;
  /** R: sensitisation, the memory of threat. */
  sensitisation: number;
  /** M: mental room, derived from the others. */
  room: number;
}

export type Reaction = Trait | null;

export interface FactRecord {
  fidelity: Fidelity;
  turn: number;
}

export interface AgreementRecord {
  turn: number;
  /** Mental room when the agreement was made. */
  room: number;
  written: boolean;
  reminder: boolean;
}

export type TranscriptKind = 'client-line' | 'option' | 'reply' | 'fact-answer' | 'thought';

export interface TranscriptEntry {
  /** The turn the line belongs to; the opening line of the conversation is turn 0. */
  turn: number;
  speaker: 'client' | 'consultant';
  kind: TranscriptKind;
  /** Line id into the scenario's `lines`. */
  line: string;
  momentId: string;
  optionId?: string;
  factId?: string;
  fidelity?: Fidelity;
}

export interface VarSnapshot extends Vars {
  mode: Mode;
  reaction: Reaction;
}

/** One rule that fired this turn, with its share of the raw impulse. */
export interface RuleFired {
  /** Stable rule id; the debrief translates it (`rules.<id>`). */
  id: RuleId;
  stress: number;
  trust: number;
  load: number;
  /** Extra numbers for the explanation (a count, a threshold). */
  detail?: Record<string, number | string | boolean>;
}

export interface FactOutcome {
  factId: string;
  sensitivity: number;
  /** How the way of asking moved the sensitivity (− normalising, + threat). */
  sensitivityShift: number;
  pDisclose: number;
  pAccurate: number;
  gatedByTrust: boolean;
  fidelity: Fidelity;
  /** Asked by a reflection, or told again because a reflection invited what was held back the turn before. */
  invited?: boolean;
}

export interface TurnExplanation {
  turn: number;
  momentId: string;
  optionId: string;
  codes: Code[];
  features: Features;
  rules: RuleFired[];
  /** Sum of the rules (or the author's override) before trust moderates it. */
  raw: { stress: number; trust: number };
  /** How much of the raw stress impulse landed, and why. */
  moderation: { kind: 'calming' | 'stressor' | 'none'; weight: number; effectiveStress: number };
  /** Trust change after the caps. */
  trustChange: number;
  /** `held`: this turn hurt, so the drift toward rest (and the fading of load) waited for a calm turn. */
  recovery: { rate: number; restingStress: number; slow: boolean; held: boolean };
  window: { edge: number; outside: boolean; outsideTurns: number };
  before: VarSnapshot;
  after: VarSnapshot;
  facts: FactOutcome[];
  agreements: string[];
  walkedOut: boolean;
  next: Target;
  endingId: string | null;
}

export interface EndingRecord {
  id: string;
  walkedOut: boolean;
  turn: number;
}

/** Where a conversation started: the scenario's start, or a chosen moment and numbers (Scenario Lab). */
export interface Origin {
  momentId: string;
  stress: number | null;
  trust: number | null;
}

export interface ClientState {
  scenarioId: string;
  origin: Origin;
  scenarioVersion: number;
  seed: number;
  rng: number;
  turn: number;
  momentId: string;
  initialTrust: number;
  vars: Vars;
  mode: Mode;
  reaction: Reaction;
  outsideTurns: number;
  slowTurnsLeft: number;
  closedStreak: number;
  affirmCount: number;
  /** A fact the client held back or answered vaguely last turn: a reflection now invites it once more. */
  unsaid: string | null;
  facts: Record<string, FactRecord>;
  agreements: Record<string, AgreementRecord>;
  choices: string[];
  transcript: TranscriptEntry[];
  explanations: TurnExplanation[];
  ending: EndingRecord | null;
}

export type EngineEvent =
  /** `lines`: what the client said (and thought, by `kind`) this turn, in order; the speech reads them from here. */
  | { type: 'turn.taken'; turn: number; optionId: string; vars: Vars; mode: Mode; reaction: Reaction; lines: TranscriptEntry[] }
  | { type: 'mode.changed'; from: Mode; to: Mode; turn: number }
  | { type: 'reaction.started'; reaction: Trait; turn: number }
  | { type: 'reaction.ended'; turn: number }
  | { type: 'fact.disclosed'; factId: string; fidelity: Fidelity; turn: number }
  | { type: 'agreement.made'; agreementId: string; written: boolean; turn: number }
  | { type: 'client.walked-out'; reaction: Trait; turn: number }
  | { type: 'conversation.ended'; endingId: string; walkedOut: boolean; turn: number }
  /** An option that cannot be chosen now; the state is unchanged. */
  | { type: 'choice.refused'; optionId: string; reason: 'conversation-ended' | 'unknown-option'; message: string };
