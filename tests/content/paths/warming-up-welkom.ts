/**
 * Scripted paths for scenarios/warming-up-welkom.yaml (the workshop warm-up, five moments), replayed by
 * tests/engine/scripted-paths.test.ts. The warm-up only has to show the contrast: client-first ends in a
 * better mode, with better recall, than system-first.
 * systemFirst: documents first, the BSN, five documents at once, stacked closed questions, a 14-day threat.
 * clientFirst: welcome and how it is to be here, a complex reflection, an agenda with a choice, an open
 * question, the agreements written down together with an SMS reminder.
 */
export default {
  systemFirst: ['papieren-eerst', 'bsn-vragen', 'alle-documenten', 'sinds-wanneer', 'veertien-dagen'],
  clientFirst: ['welkom', 'nieuw-reflectie', 'agenda-met-keuze', 'wat-gebeurd', 'samen-opschrijven'],
} as const;
