/**
 * Scripted paths for scenarios/wmo-mantelzorger.yaml, replayed by tests/engine/scripted-paths.test.ts.
 * systemFirst: the standard keukentafelgesprek checklist: the machtiging first, the six-week term, stacked
 * closed questions, typing "dwaalgedrag", the ADL/HDL form, "minder werken", cutting her short, eigen kracht
 * and netwerk, the CAK folder, a read-back of categories, the Wlz/verpleeghuis, a warning, five papers at once.
 * clientFirst: a welcome that asks about her, reflections at least as often as questions, affirmations, an
 * agenda that includes her, normalising, a summary, permission before advice, the plan written down together,
 * and a reminder.
 */
export default {
  systemFirst: [
    'machtiging-eerst',
    'zes-weken',
    'diagnose-vragen',
    'dwaalgedrag',
    'formulier-langs',
    'dicht-zakelijk',
    'minder-werken',
    'verder-hdl',
    'netwerk-eerst',
    'cak-folder',
    'categorieen',
    'wlz-grens',
    'verpleeghuis-bedoelt',
    'moet-melden',
    'waarschuwing-regels',
    'voorliggend-eerst',
    'compliment-formulier',
    'alles-tegelijk',
    'besluit-brief',
  ],
  clientFirst: [
    'welkom',
    'half-oor',
    'nog-best',
    'nacht-reflectie',
    'agenda-keuze',
    'naar-achteren',
    'allebei-draaiend',
    'op-twee-plekken',
    'druk-reflectie',
    'bijleggen-normaal',
    'samenvatten',
    'dochter-blijven',
    'in-de-steek',
    'zelf-bepalen',
    'dagbesteding-idee',
    'rare-vraag',
    'samen-opschrijven',
    'app-terugblik',
  ],
} as const;
