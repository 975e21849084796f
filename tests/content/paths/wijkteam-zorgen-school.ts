/**
 * Scripted paths for scenarios/wijkteam-zorgen-school.yaml (jeugd / wijkteam).
 * systemFirst: a form to sign first, stacked closed questions, a standard intake in jargon, the school's
 * signal as a fine, a Veilig Thuis warning, a checklist about safety and alcohol, help decided for the father,
 * "everything goes into the file", and an ultimatum as the follow-up.
 * clientFirst: welcome and how it is to be here, a reflection of the fear, an agenda with a choice, the
 * school's signal told openly, reflections at least as often as questions, an affirmation, an honest account
 * of the consultant's role, Signs of Safety (what goes well, worries, what must happen), the familiegroepsplan,
 * advice only after permission, consent to talk with school, what is recorded, written agreements and an SMS.
 */
export default {
  systemFirst: [
    'formulier-eerst',
    'formulier-standaard',
    'vragen-milan',
    'intake-lijst',
    'signaal-boete',
    'door-naar-vragen',
    'werktijden-gestapeld',
    'inkomen-vragen',
    'doorvragen-gesloten',
    'gezinssamenstelling',
    'dossier-standaard',
    'telefoon-vragen',
    'huisarts-advies',
    'genoeg-info',
    'veiligheid-checklist',
    'ik-stel-voor',
    'hulp-inzetten',
    'stap-opdragen',
    'formulier-ketenpartners',
    'alles-vastleggen',
    'afspraken-dreiging',
    'melding-afsluiten',
  ],
  clientFirst: [
    'welkom',
    'bang-reflectie',
    'agenda-keuze',
    'signaal-open',
    'alleen-reflectie',
    'moe-reflectie',
    'vader-affirmatie',
    'rol-eerlijk',
    'milan-reflectie',
    'zelfzorg-open',
    'samenvatten',
    'avonden-normaliseren',
    'als-het-opkomt',
    'familiegroepsplan',
    'stap-idee-toestemming',
    'toestemming-vragen',
    'verslag-uitleg',
    'samen-opschrijven',
    'sms-terugblik',
  ],
} as const;
