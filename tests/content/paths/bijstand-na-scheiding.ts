/**
 * Scripted paths for scenarios/bijstand-na-scheiding.yaml, replayed by tests/engine/scripted-paths.test.ts.
 * systemFirst: documents first, the BSN, the systems that check her, six documents at once, stacked closed
 * questions, the key question without explaining why, a sanction warning in jargon, a 14-day threat, a bare deadline.
 * (The harsher moves, the fraud warning about the ex and "van niks kun je niet leven", are left out: this is
 * an ordinary intake done by the book, and it still closes her.)
 * clientFirst: welcome and how it is to be here, reflections, transparency about her information, an agenda
 * with a choice, an affirmation, permission before each rule, normalising the sensitive questions, a
 * summary, the documents written down together, the voorschot explained, one extra step offered with
 * permission, and an SMS reminder.
 */
export default {
  systemFirst: [
    'papieren-eerst',
    'bsn-vragen',
    'suwinet',
    'alle-documenten',
    'dichte-deur-lijst',
    'sleutel-gesloten',
    'inkomsten-gestapeld',
    'alimentatie-jargon',
    'post-deurwaarder',
    'bezuinigen',
    'samenvatting-dossier',
    'arbeidsplicht',
    'plicht-waarschuwing',
    'hoeveel-rekeningen',
    'veertien-dagen',
    'beslistermijn',
    'schuldhulp-verwijzing',
    'acht-weken-brief',
  ],
  clientFirst: [
    'welkom',
    'zelf-geregeld-reflectie',
    'transparant',
    'agenda-met-keuze',
    'scheiding-reflectie',
    'overeind-gehouden',
    'kinderen-reflectie',
    'ex-toestemming',
    'familie-normaliseren',
    'alimentatie-normaliseren',
    'post-reflectie',
    'zorgen-reflectie',
    'samenvatten',
    'twee-kanten',
    'plicht-toestemming',
    'rekeningen-normaliseren',
    'samen-opschrijven',
    'voorschot-toestemming',
    'post-idee',
    'sms-terugblik',
  ],
} as const;
