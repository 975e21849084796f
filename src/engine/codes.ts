/**
 * What a consultant utterance *is*, in the terms the client model understands.
 *
 * Codes follow MITI 4.2.1 behaviour codes (practice feedback, not official coding), with the open/closed
 * question split of MITI 3 kept because trainees learn from it. `greeting` and `structure` are not coded in
 * MITI but matter for stress. Features are the stress-sensitive facts about the utterance.
 */

export const CODES = [
  'question-open',
  'question-closed',
  'reflection-simple',
  'reflection-complex',
  'affirm',
  'seek-collaboration',
  'emphasize-autonomy',
  'giving-information',
  'persuade',
  'persuade-with-permission',
  'confront',
  'greeting',
  'structure',
] as const;

export type Code = (typeof CODES)[number];

/** MI-non-adherent (MINA) codes as MITI 4.2.1 groups them, and the reflection and question codes. */
export const MI_NON_ADHERENT: ReadonlySet<Code> = new Set(['persuade', 'confront']);
export const REFLECTIONS: ReadonlySet<Code> = new Set(['reflection-simple', 'reflection-complex']);
export const QUESTIONS: ReadonlySet<Code> = new Set(['question-open', 'question-closed']);

/** Stress-sensitive features of one utterance. All optional in a scenario; absent means 0 / false. */
export interface Features {
  /** How many questions the utterance asks (stacked questions count each). */
  questions: number;
  /** How many separate things the client is asked to do or bring. */
  demands: number;
  /** How many jargon terms the client has to decode (inlichtingenplicht, beslagvrije voet, …). */
  jargon: number;
  /** Mentions a sanction, fraud, losing the benefit, reporting: "anders…". */
  threat: boolean;
  /** Offers an agenda or structure with a choice for the client. */
  agenda: boolean;
  /** Writes agreements down with the client, or offers to give them on paper. */
  writtenAgreement: boolean;
  /** Offers a reminder (SMS, phone call) before a deadline or appointment. */
  reminder: boolean;
  /** Asks how the client is doing, how it is to be here, what stress they feel. */
  asksAboutStress: boolean;
  /** Normalises forgetting or stress ("dat overkomt veel mensen"). */
  normalises: boolean;
  /** Summarises what the client said. */
  summary: boolean;
  /** Small talk about weather, parking, finding the way. */
  smallTalk: boolean;
}

export const NO_FEATURES: Features = {
  questions: 0,
  demands: 0,
  jargon: 0,
  threat: false,
  agenda: false,
  writtenAgreement: false,
  reminder: false,
  asksAboutStress: false,
  normalises: false,
  summary: false,
  smallTalk: false,
};

export const FEATURE_KEYS = Object.keys(NO_FEATURES) as (keyof Features)[];

/**
 * The codes one volley counts for, by the MITI 4.2.1 parsing rules: each code once; one reflection (complex
 * wins over simple); one question (open wins over closed); Confront trumps Persuade and a question asked in a
 * confronting way ("confront trumps question"); Persuade with Permission wins over Persuade. A reflection
 * followed by a checking question stays both a reflection and a question. Scoring and the impulse both use it.
 */
export function parseVolley(codes: readonly Code[]): Code[] {
  const has = (code: Code) => codes.includes(code);
  return codes.filter((code, i) => {
    if (codes.indexOf(code) !== i) return false;
    if (code === 'reflection-simple' && has('reflection-complex')) return false;
    if (code === 'question-closed' && has('question-open')) return false;
    if (QUESTIONS.has(code) && has('confront')) return false;
    if (code === 'persuade' && (has('confront') || has('persuade-with-permission'))) return false;
    return true;
  });
}

/**
 * Persuading, confronting or threatening (MITI's MI-non-adherent codes, plus a threat). Never recommended,
 * whatever the numbers say: the debrief's look-ahead and the content analysis both skip these.
 */
export function isMiNonAdherent(option: { codes: readonly Code[]; features: Pick<Features, 'threat'> }): boolean {
  return option.codes.some((code) => MI_NON_ADHERENT.has(code)) || option.features.threat === true;
}
