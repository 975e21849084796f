/**
 * Every coefficient of the client model, in one place. Values are design parameters (not empirical
 * estimates) chosen so that the model teaches the lessons in docs/model.md; the one-line `why` says where
 * each value comes from. A persona may override the keys listed in PERSONA_TUNABLE.
 */

export interface ModelParams {
  // --- stress (S), its baseline and recovery
  /** S at arrival = arrivalBase + arrivalChronicWeight·C (+ persona arrivalStress). */
  arrivalBase: number;
  arrivalChronicWeight: number;
  /** Resting stress: baseBase + baseChronicWeight·C − baseTrustWeight·(T − T0). */
  baseBase: number;
  baseChronicWeight: number;
  baseTrustWeight: number;
  /** Fraction of the distance to the resting stress recovered each turn. */
  recoveryRate: number;
  /** Slower recovery after a threat or confrontation, for slowRecoveryTurns turns. */
  slowRecoveryRate: number;
  slowRecoveryTurns: number;
  /** In one meeting stress does not fall below stressFloorChronicWeight·C: the debts are still there. */
  stressFloorChronicWeight: number;
  /** Calming lands fully only this far above that floor, and fades to nothing at the floor (no saturation). */
  calmSoftRange: number;
  /** Stressors land fully only this far below 100, and fade to nothing at 100 (no saturation at the top). */
  stressSoftRange: number;

  // --- how trust and sensitisation moderate an impulse
  /** Calming impulses land with weight calmFloor + (1 − calmFloor)·T/100. */
  calmFloor: number;
  /** Threat memory R divides calming by (1 + calmSensitisationWeight·R/100): after a threat, kindness lands less. */
  calmSensitisationWeight: number;
  /** Stressors land with weight (threatBase − threatTrustWeight·T/100)·(1 + R/100). */
  threatBase: number;
  threatTrustWeight: number;

  // --- trust (T)
  /** Largest trust gain in one turn. */
  trustGainCap: number;
  /** Largest trust loss in one turn. */
  trustLossCap: number;

  // --- sensitisation (R)
  sensitisationPerThreat: number;
  sensitisationDecay: number;

  // --- cognitive load (L)
  loadDecay: number;
  loadPerExtraDemand: number;
  loadPerExtraQuestion: number;
  loadPerJargon: number;
  loadCap: number;
  /** Writing agreements down multiplies the current load by this. */
  writtenLoadRelief: number;

  // --- mental room (M) and modes
  /** M = 100 − S − L − roomChronicWeight·C. */
  roomChronicWeight: number;
  /** Lower edges of guarded, opening and open on M. */
  guardedFrom: number;
  openingFrom: number;
  openFrom: number;
  /** A mode changes only when M passes its edge by this margin (no flicker). */
  hysteresis: number;

  // --- window of tolerance and walking out
  /** Upper edge of the window: windowBase + windowTrustWeight·(T − 50) − windowChronicWeight·(C − 50). */
  windowBase: number;
  windowTrustWeight: number;
  windowChronicWeight: number;
  /** Below this trust a client outside the window freezes, whatever the trait. */
  freezeBelowTrust: number;
  /** Consecutive turns outside the window after which the client walks out, per trait. */
  walkOutAfterFight: number;
  walkOutAfterFlight: number;
  walkOutAfterFreeze: number;
  /** A client walks out only while the threat memory is at least this: walking out follows threat or confrontation. */
  walkOutMinSensitisation: number;

  // --- facts
  /** Steepness of the disclosure curve p = 1 / (1 + e^(−(M − θ)/disclosureSlope)). */
  disclosureSlope: number;
  /** Normalising in the same utterance lowers the fact's effective sensitivity by this much. */
  disclosureNormaliseBonus: number;
  /** A threat or confrontation in the same utterance raises it by this much. */
  disclosureThreatPenalty: number;
  /** A fact a reflection touches on (or that a reflection invites again after a held-back answer) is this much easier to tell. */
  reflectionInviteBonus: number;
  /** Facts at or above this sensitivity are never told below trustGateTrust. */
  trustGateSensitivity: number;
  trustGateTrust: number;
  /** Accuracy once told: p = 1 / (1 + e^(−(M − accuracyMidpoint)/accuracySlope)). */
  accuracyMidpoint: number;
  accuracySlope: number;
  /** Below this M a client says what seems wanted: a wrong answer instead of vague or none. */
  capitulationBelow: number;

  // --- agreements
  recallExponent: number;
  /** Each agreement beyond recallFreeItems multiplies recall by recallPerExtraItem. */
  recallFreeItems: number;
  recallPerExtraItem: number;
  recallWritten: number;
  recallReminderOnly: number;
  recallUnwritten: number;

  // --- turn-pattern rules
  /** Affirmations after this many stop landing (MITI "three strikes"). */
  affirmLimit: number;
  /** Closed questions in a row after which each next one costs trust (cross-examination). */
  crossExamAfter: number;
  /** Small talk backfires when stress is above this. */
  smallTalkStressAbove: number;
}

export const DEFAULT_PARAMS: ModelParams = {
  arrivalBase: 35,
  arrivalChronicWeight: 0.4,
  baseBase: 20,
  baseChronicWeight: 0.4,
  baseTrustWeight: 0.7,
  recoveryRate: 0.15,
  slowRecoveryRate: 0.07,
  slowRecoveryTurns: 5,
  stressFloorChronicWeight: 0.25,
  calmSoftRange: 10,
  stressSoftRange: 25,
  calmFloor: 0.6,
  calmSensitisationWeight: 2,
  threatBase: 1.3,
  threatTrustWeight: 0.6,
  trustGainCap: 4,
  trustLossCap: 8,
  sensitisationPerThreat: 25,
  sensitisationDecay: 0.85,
  loadDecay: 0.5,
  loadPerExtraDemand: 6,
  loadPerExtraQuestion: 4,
  loadPerJargon: 5,
  loadCap: 40,
  writtenLoadRelief: 0.5,
  roomChronicWeight: 0.15,
  guardedFrom: 25,
  openingFrom: 45,
  openFrom: 65,
  hysteresis: 3,
  windowBase: 75,
  windowTrustWeight: 0.15,
  windowChronicWeight: 0.15,
  freezeBelowTrust: 20,
  walkOutAfterFight: 4,
  walkOutAfterFlight: 3,
  walkOutAfterFreeze: 5,
  walkOutMinSensitisation: 8,
  disclosureSlope: 8,
  disclosureNormaliseBonus: 10,
  disclosureThreatPenalty: 15,
  reflectionInviteBonus: 10,
  trustGateSensitivity: 80,
  trustGateTrust: 60,
  accuracyMidpoint: 45,
  accuracySlope: 8,
  capitulationBelow: 25,
  recallExponent: 0.7,
  recallFreeItems: 3,
  recallPerExtraItem: 0.85,
  recallWritten: 1,
  recallReminderOnly: 0.8,
  recallUnwritten: 0.6,
  affirmLimit: 3,
  crossExamAfter: 4,
  smallTalkStressAbove: 50,
};

/** Where each default comes from, one line each. Shown in docs and the debrief's "about the model". */
export const PARAM_SOURCES: Record<keyof ModelParams, string> = {
  arrivalBase:
    'Anticipation: a client arrives about 15 points above resting stress, before an appointment where they will be judged (Dickerson & Kemeny 2004; recalibrated, see Calibration).',
  arrivalChronicWeight: 'Chronic scarcity raises arousal at rest and on arrival alike (PIFS; Mani et al. 2013, as an illustration).',
  baseBase:
    'Resting stress of a client with no chronic load; 20 (not 25) so that a good conversation can open a heavily loaded client (calibration, docs/model.md).',
  baseChronicWeight: 'Same weight as on arrival, so chronic load shifts the whole curve (design parameter).',
  baseTrustWeight:
    'A working alliance lowers resting arousal (Flückiger et al. 2018); 0.7 per trust point gained, the main road to an open client (calibration).',
  recoveryRate: 'Half-life of about four turns for acute stress after a neutral turn (design parameter).',
  slowRecoveryRate: 'Social-evaluative threat gives the longest recovery (Dickerson & Kemeny 2004).',
  slowRecoveryTurns: 'The slow phase lasts about five turns: "trust comes on foot, leaves on horseback".',
  stressFloorChronicWeight:
    'One good conversation does not remove scarcity: chronic stressors keep arousal up (Mullainathan & Shafir 2013; Mani et al. 2013).',
  calmSoftRange:
    'Calming has diminishing returns near the floor, so a good conversation lowers stress without ever reaching zero (design parameter).',
  stressSoftRange: 'Arousal saturates: each further stressor adds less near the maximum (Yerkes–Dodson curve; design parameter).',
  calmSensitisationWeight:
    'After a threat, friendliness is met with suspicion for a while: recovery from one confrontation takes 3 to 5 turns (Dickerson & Kemeny 2004; "vertrouwen komt te voet").',
  calmFloor:
    'Empathy lands better once there is some trust (alliance, Flückiger et al. 2018); without any it still lands at 0.6 (design parameter, recalibrated).',
  threatBase: 'A threat from a stranger weighs 1.3× (Dickerson & Kemeny: threat plus uncontrollability).',
  threatTrustWeight:
    'Trust buffers threat: at trust 100 a stressor weighs 0.7× (social support buffers threat, Dickerson & Kemeny 2004; design parameter).',
  trustGainCap: 'Trust is gained in small steps (Divosa: vertrouwen komt te voet).',
  trustLossCap: 'Trust is lost twice as fast as it is gained (…en gaat te paard).',
  sensitisationPerThreat: 'Threat memory: a second threat hurts more than the first (Dickerson & Kemeny 2004; design parameter).',
  sensitisationDecay: 'Threat memory fades over about 4 turns (half-life ln 0.5 / ln 0.85).',
  loadDecay: 'Information and demands are half-processed each turn (working memory, Arnsten 2009).',
  loadPerExtraDemand: 'One thing at a time: each extra demand costs room (Jungmann, stress-sensitive working).',
  loadPerExtraQuestion: 'Stacked questions overload working memory (Arnsten 2009; one thing at a time, Jungmann).',
  loadPerJargon: 'Government language costs room; ~3 million Dutch adults struggle with it.',
  loadCap: 'Load alone never takes more than 40 of the 100 points of room.',
  writtenLoadRelief: 'Writing agreements down takes half the load off the client’s memory.',
  roomChronicWeight:
    'Chronic scarcity takes a fixed share of bandwidth (Mani et al. 2013, as an illustration); 0.15 because the stress floor carries the rest of it.',
  guardedFrom: 'Mode edges on mental room (design parameter): below 25 closed.',
  openingFrom: 'Mode edges on mental room (design parameter): 45 and up the client starts to open.',
  openFrom: 'Mode edges on mental room (design parameter): 65 and up the client is open.',
  hysteresis: 'A margin of 3 keeps the mode from flickering on small changes.',
  windowBase: 'Window of tolerance (Siegel 1999): upper edge at stress 75 for an average client.',
  windowTrustWeight: 'Safety widens the window (Siegel 1999).',
  windowChronicWeight: 'Chronic stress narrows the window (Siegel 1999).',
  freezeBelowTrust: 'With almost no trust, hyperarousal turns into shutdown (hypoarousal below the window, Siegel 1999).',
  walkOutAfterFight: 'A fighting client argues for a while before leaving.',
  walkOutAfterFlight: 'A flight client leaves soonest ("laat maar, ik red het zelf wel").',
  walkOutAfterFreeze: 'A freezing client stays longest, silent.',
  walkOutMinSensitisation:
    'People leave after social-evaluative threat, not after dull questions: a polite checklist ends with a compliant client instead (Dickerson & Kemeny 2004).',
  disclosureSlope: 'Logistic disclosure curve around the fact’s sensitivity (design parameter).',
  disclosureNormaliseBonus: 'Normalising makes a shameful fact safer to tell (Jungmann, psycho-education).',
  disclosureThreatPenalty: 'Naming fraud or sanctions while asking makes telling the truth risky (Dickerson & Kemeny).',
  reflectionInviteBonus:
    'Clients elaborate after reflections more than after questions (Apodaca et al. 2016; Moyers & Martin 2006): a fact is easier to tell when reflected, and a reflection invites what was held back.',
  trustGateSensitivity: 'Safety-critical facts (violence, safety at home) need trust too (design parameter).',
  trustGateTrust: 'Trust needed for safety-critical facts (design parameter).',
  accuracyMidpoint:
    'Even when told, numbers are rounded or vague until the client has room (working memory under stress, Arnsten 2009; design parameter).',
  accuracySlope: 'Steepness of the accuracy curve (design parameter).',
  capitulationBelow: 'In closed mode a client answers what seems wanted (capitulation; design parameter).',
  recallExponent: 'Recall rises with room, concave: p = (M/100)^0.7 (Arnsten 2009; design parameter).',
  recallFreeItems: 'An open client can hold up to three agreements without loss (working memory holds a few items; design parameter).',
  recallPerExtraItem: 'Each further agreement lowers recall of all of them (design parameter).',
  recallWritten: 'Written agreements are recalled at full strength (stress-sensitive advice).',
  recallReminderOnly: 'A reminder alone helps (Nibud SMS trial: no-shows 12% → 6%).',
  recallUnwritten:
    'Spoken-only agreements are recalled at 0.6 of the written rate (stress-sensitive advice to write agreements down; design parameter).',
  affirmLimit: 'MITI "three strikes": a repeated affirmation stops being coded, and stops landing.',
  crossExamAfter: 'More than four closed questions in a row feels like a cross-examination (design parameter).',
  smallTalkStressAbove: 'Small talk to a stressed client backfires (source article; "Kon u het vinden?").',
};

/** The parameters a persona may override, with the range a scenario may set. */
export const PERSONA_TUNABLE = {
  recoveryRate: [0.05, 0.4],
  slowRecoveryRate: [0.02, 0.2],
  slowRecoveryTurns: [0, 10],
  sensitisationPerThreat: [0, 60],
  calmFloor: [0, 1],
  freezeBelowTrust: [0, 60],
  walkOutAfterFight: [1, 20],
  walkOutAfterFlight: [1, 20],
  walkOutAfterFreeze: [1, 20],
  trustGateTrust: [0, 100],
  smallTalkStressAbove: [0, 100],
  windowBase: [40, 100],
  walkOutMinSensitisation: [0, 100],
  stressFloorChronicWeight: [0, 0.6],
} as const satisfies Partial<Record<keyof ModelParams, readonly [number, number]>>;

export function resolveParams(tuning: Partial<ModelParams> | undefined): ModelParams {
  return { ...DEFAULT_PARAMS, ...(tuning ?? {}) };
}

/**
 * Raw impulse per code: `stress` (+ raises stress) and `trust` (change before the caps). Design parameters
 * after domain notes §3.3 step 2; the sequential MI findings (Moyers & Martin 2006; Apodaca et al. 2016)
 * fix the signs: MI-consistent moves calm and build trust, MI-inconsistent moves do the opposite.
 */
export interface Impulse {
  stress: number;
  trust: number;
}

export const CODE_IMPULSES: Record<import('./codes.ts').Code, Impulse & { why: string }> = {
  'question-open': { stress: 0, trust: 1, why: 'An open question gives the client room to tell their own story.' },
  'question-closed': { stress: 2, trust: 0, why: 'A closed fact-finding question asks for data, not for the person.' },
  'reflection-simple': { stress: -3, trust: 2, why: 'A simple reflection shows the client was heard.' },
  'reflection-complex': { stress: -6, trust: 3, why: 'A complex reflection shows the client was understood.' },
  affirm: { stress: -4, trust: 3, why: 'A specific affirmation names a real strength.' },
  'seek-collaboration': { stress: -3, trust: 2, why: 'Sharing power (agenda, permission) gives control back.' },
  'emphasize-autonomy': { stress: -4, trust: 3, why: 'Leaving the choice with the client takes away uncontrollability.' },
  'giving-information': { stress: 1, trust: 0, why: 'Neutral information still has to be taken in.' },
  persuade: { stress: 5, trust: -4, why: 'Unasked advice ("u moet") is the righting reflex.' },
  'persuade-with-permission': { stress: 1, trust: 0, why: 'Advice after permission keeps the client in charge.' },
  confront: { stress: 10, trust: -8, why: 'Warning, correcting or doubting honesty is social-evaluative threat.' },
  greeting: { stress: 0, trust: 0, why: 'A greeting is not coded; it neither helps nor hurts by itself.' },
  structure: { stress: -3, trust: 1, why: 'Knowing what will happen makes the conversation predictable.' },
};

/** Raw impulse per stress-sensitive feature (added to the codes' impulses). Same sources as above. */
export const FEATURE_IMPULSES = {
  extraQuestion: { stress: 2, trust: 0, why: 'Each extra question in one turn adds pressure.' },
  threat: { stress: 10, trust: -6, why: 'An explicit sanction or fraud threat comes on top of a confrontation.' },
  agenda: { stress: -3, trust: 2, why: 'An agenda with a choice is predictable and leaves control.' },
  writtenAgreement: { stress: -2, trust: 1, why: 'Writing it down means the client need not hold it in memory.' },
  reminder: { stress: -1, trust: 1, why: 'A reminder takes a worry away.' },
  asksAboutStress: { stress: -3, trust: 2, why: 'Asking how it is to be here acknowledges the stress.' },
  normalises: { stress: -3, trust: 2, why: 'Normalising forgetting takes shame away (psycho-education).' },
  summary: { stress: -2, trust: 1, why: 'A summary shows the whole story was heard.' },
  jargon: { stress: 1, trust: -1, why: 'Each jargon term is a reminder of the system’s power.' },
  smallTalk: { stress: 2, trust: -1, why: 'Small talk to a stressed client feels like avoiding the point.' },
  crossExam: { stress: 1, trust: -1, why: 'Another closed question in a row feels like an interrogation.' },
  affirmRepeated: { stress: 0, trust: 0, why: 'A fourth affirmation in a row no longer lands.' },
} as const satisfies Record<string, Impulse & { why: string }>;
