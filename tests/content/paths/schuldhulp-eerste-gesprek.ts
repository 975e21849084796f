/**
 * Scripted paths for scenarios/schuldhulp-eerste-gesprek.yaml, replayed by tests/engine/scripted-paths.test.ts.
 * systemFirst: documents first, stacked closed questions, jargon, a deadline warning, doubting honesty.
 * clientFirst: welcome, how is it to be here, agenda with a choice, reflections at least as often as questions,
 * affirmations, permission before information, normalising before the most shameful question (the partner who does
 * not know: asked once, at "thuis"), a summary, agreements written down, a reminder.
 */
export default {
  systemFirst: [
    'stukken-eerst',
    'kvk-vragen',
    'procedure-uitleggen',
    'crisischeck-gestapeld',
    'moratorium',
    'waarom-niet-eerder',
    'herstel-doorgaan',
    'werkgever-vragen',
    'hoeveel-brieven',
    'beslag-jargon',
    'schuldeisers-gestapeld',
    'inkomen-gestapeld',
    'huishoudboekje',
    'gezinssamenstelling',
    'kinderen-vragen',
    'genoeg-informatie',
    'betalingsregelingen',
    'vervolg-jargon',
    'termijn-dreiging',
    'partner-moet-mee',
    'beschikking-per-post',
  ],
  clientFirst: [
    'welkom',
    'reflectie-eigen-benen',
    'agenda-met-keuze',
    'crisis-open',
    'energie-toestemming',
    'onrecht-reflectie',
    'affirm-doorzetten',
    'envelop-reflectie',
    'beslagvrije-voet-uitleg',
    'schulden-samen',
    'inkomen-samen',
    'alleen-dragen',
    'partner-normaliseren',
    'trots-reflectie',
    'samenvatten',
    'twee-kanten',
    'vervolg-toestemming',
    'samen-opschrijven',
    'partner-zelf-bepalen',
    'sms-en-terugblik',
  ],
} as const;
