/**
 * Scripted paths for scenarios/werk-laaggeletterdheid.yaml (werk en inkomen: heronderzoek, low literacy).
 * systemFirst: the filled-in form asked for first, "u heeft de brief toch gehad?", a data check, the form read
 * through in jargon, "leest u dit even door en tekent u", the form sent home with a threat of suspension, a fraud
 * warning, the sanction letter questioned, stacked debt questions, duties, a warning about the course, the righting
 * reflex, a literacy course decided for him, "lees de brief meteen", a signature under a text he cannot read, the
 * agreements sent by letter and a leaflet to read at home.
 * clientFirst: welcome and how it is to be here, a reflection on the envelopes, an agenda with a choice, reading
 * aloud for everyone, an offer to read that leaves the glasses story alone, reflections on the daughter and on
 * reading, an affirmation, the duty to report in plain words, the sanction acknowledged, debts normalised, the
 * craft affirmed, a double-sided reflection on the course, the Taalhuis after permission, a phone call instead of a
 * letter, one thing on a drawn card, a summary with the card, and an open look back.
 */
export default {
  systemFirst: [
    'formulier-vragen',
    'brief-gehad',
    'gegevens-check',
    'agenda-lijst',
    'lees-en-teken',
    'bril-meenemen',
    'opschorten',
    'vragen-fraude',
    'maatregel-brief-gehad',
    'schulden-gestapeld',
    'werk-plicht',
    'vca-gevolgen',
    'wil-eerst-cursus',
    'taalhuis-traject',
    'post-meteen-lezen',
    'afschriften-tekenen',
    'tekenen-door',
    'samenvatten-brief',
    'afsluiting-folder',
  ],
  clientFirst: [
    'welkom',
    'envelop-reflectie',
    'agenda-keuze',
    'hardop-voor-iedereen',
    'bril-voorlezen',
    'dochter-reflectie',
    'noemen-reflectie',
    'wat-werkt-affirm',
    'vragen-gewone-woorden',
    'maatregel-reflectie',
    'schulden-normaliseren',
    'werk-affirm',
    'vca-reflectie',
    'wil-reflectie',
    'taalhuis-toestemming',
    'post-bellen',
    'afschriften-kaartje',
    'samenvatten-kaartje',
    'afsluiting-terugblik',
  ],
} as const;
