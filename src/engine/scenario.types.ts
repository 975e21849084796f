/**
 * The compiled scenario: what the engine and the player consume. Produced from a trainer's YAML by
 * `src/content/compile.ts`. All text is referenced by stable line id; `lines` holds the text per language.
 */
import type { Code, Features } from './codes.ts';
import type { ModelParams } from './params.ts';
import type { ChecklistItem } from './scoring.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Lang = 'nl';

export const MODES = ['closed', 'guarded', 'opening', 'open'] as const;
/** The client's mode, ordered from least to most room. */
export type Mode = (typeof MODES)[number];

export const TRAITS = ['fight', 'flight', 'freeze'] as const;
/** How the persona reacts when stress leaves the window of tolerance. */
export type Trait = (typeof TRAITS)[number];

export const FIDELITIES = ['accurate', 'vague', 'omitted', 'wrong'] as const;
export type Fidelity = (typeof FIDELITIES)[number];

export const DOMAINS = ['werk-en-inkomen', 'schuldhulp', 'jeugd', 'wmo', 'overig'] as const;
export type Domain = (typeof DOMAINS)[number];

export const PHASES = ['engaging', 'focusing', 'evoking', 'planning'] as const;
export type Phase = (typeof PHASES)[number];

/** Keys a mode-varying text may have. Reactions win over modes when the client is outside the window. */
export const VARIANT_KEYS = ['default', ...MODES, ...TRAITS] as const;
export type VariantKey = (typeof VARIANT_KEYS)[number];

/** Line ids per variant key; several ids under one key are alternatives picked by the seeded generator. */
export type VariantTable = Partial<Record<VariantKey, string[]>> & { default: string[] };

export type Target = { kind: 'moment'; id: string } | { kind: 'ending'; id: string } | { kind: 'end' };

/** Where an option leads, possibly depending on the client's mode after the reply. */
export type NextRule = Partial<Record<Mode, Target>> & { default: Target };

export interface ImpulseOverride {
  stress?: number;
  trust?: number;
}

/** A mode the client can be in when an option is chosen, or a walk-out on that turn. */
export type NoteMode = Mode | 'walked-out';

export interface CompiledOption {
  id: string;
  text: string;
  codes: Code[];
  features: Features;
  asks: string[];
  agrees: string[];
  impulse?: ImpulseOverride;
  reply: VariantTable | null;
  thought: VariantTable | null;
  note: string | null;
  /**
   * The situations the note is written for (the mode when the option is chosen, and `walked-out` for a turn
   * on which the client leaves); absent when the note holds whatever happened.
   */
  noteModes?: NoteMode[];
  next: NextRule;
  /** Ids of the scenario's sources this option rests on (absent: none). */
  sources?: string[];
}

export interface CompiledMoment {
  id: string;
  phase: Phase;
  client: VariantTable | null;
  thought: VariantTable | null;
  options: CompiledOption[];
  /** Line id of the author's questions for a group at this moment (workshop mode); absent: none. */
  discuss?: string;
  /** Ids of the scenario's sources this moment rests on (absent: none). */
  sources?: string[];
}

export interface CompiledFact {
  id: string;
  topic: string;
  truth: string;
  sensitivity: number;
  answers: Record<Fidelity, string>;
  /** Ids of the scenario's sources this fact rests on (absent: none). */
  sources?: string[];
}

/** A public source a trainer can check; `title` and `note` are line ids, `url` is an https address. */
export interface CompiledSource {
  id: string;
  title: string;
  url: string;
  note: string | null;
}

export interface CompiledAgreement {
  id: string;
  text: string;
}

/** When an ending fits: the client's state, and what the conversation achieved (so a headline is earned). */
export interface EndingCondition {
  modes?: Mode[];
  minTrust?: number;
  minRoom?: number;
  /** At least this many agreements made. */
  minAgreements?: number;
  /** At least this many agreements written down or with a reminder. */
  minWritten?: number;
  /** Expected share of agreements the client remembers, in percent (0–100). */
  minRecall?: number;
  /** At least this many facts learned accurately. */
  minFacts?: number;
  /** These facts learned accurately (all of them). */
  facts?: string[];
}

export interface CompiledEnding {
  id: string;
  title: string;
  text: string;
  walkOut: boolean;
  when: EndingCondition | null;
}

/** How the portrait draws the client; every field optional, anything left out follows from the name. */
export const HAIR_STYLES = ['short', 'bob', 'tied'] as const;
export const HAIR_COLOURS = ['black', 'dark-brown', 'brown', 'light-brown', 'grey'] as const;
export interface Appearance {
  /** 1 (lightest) to 6 (darkest). */
  skin?: number;
  hair?: (typeof HAIR_STYLES)[number];
  hairColour?: (typeof HAIR_COLOURS)[number];
}

export interface CompiledPersona {
  name: string;
  age: number;
  situation: string;
  caseFile: string;
  chronicLoad: number;
  trust: number;
  trait: Trait;
  arrivalStress: number;
  appearance?: Appearance;
  tuning: Partial<ModelParams>;
  facts: CompiledFact[];
  agreements: CompiledAgreement[];
}

export interface CompiledScenario {
  formatVersion: number;
  id: string;
  version: number;
  title: string;
  summary: string;
  domain: Domain;
  level: string;
  durationMinutes: number;
  learningGoals: string[];
  changeGoal: string | null;
  /** The scenario a newcomer should play first (absent: not marked). */
  startHere?: boolean;
  /** The checklist habits this scenario gives practice in (absent: none declared). */
  trains?: ChecklistItem[];
  /** Public sources shown in the briefing (absent: none). */
  sources?: CompiledSource[];
  randomness: boolean;
  /** Present options in a seeded order per conversation and moment (absent: the file's order). */
  shuffleOptions?: boolean;
  maxTurns: number;
  persona: CompiledPersona;
  start: string;
  moments: CompiledMoment[];
  endings: CompiledEnding[];
  /** Text per line id and language. Dutch is always present; other languages may be missing. */
  lines: Record<string, Partial<Record<Lang, string>> & { nl: string }>;
}
