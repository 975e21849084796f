/**
 * Ruimte's own xAPI terms, documented in docs/lms.md. URNs under Ruimte's name: they identify, nobody has to
 * resolve them, and they do not claim a web domain the project does not own.
 */
export const RUIMTE_XAPI = 'urn:ruimte:xapi:';

export const EXTENSIONS = {
  /** The MI codes of the chosen option (MITI 4.2.1 behaviour codes as Ruimte names them), an array of strings. */
  miCodes: `${RUIMTE_XAPI}mi-codes`,
  /** The client's acute stress after the turn minus before it (0–100 scale; negative is calmer). */
  stressChange: `${RUIMTE_XAPI}stress-change`,
  /** Trust after minus before (0–100). */
  trustChange: `${RUIMTE_XAPI}trust-change`,
  /** Mental room after minus before (0–100). */
  roomChange: `${RUIMTE_XAPI}room-change`,
  /** The turn number (1 for the first choice). */
  turn: `${RUIMTE_XAPI}turn`,
  /** Where the conversation ended: the ending id, and whether the client walked out. */
  ending: `${RUIMTE_XAPI}ending`,
} as const;

export const VERB_ANSWERED = { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } } as const;
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';
