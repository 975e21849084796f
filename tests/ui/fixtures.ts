/**
 * A small hand-built CompiledScenario (no YAML, no compiler) played by the real engine, and a fake scenario
 * source with a catalogue that has two domains and one broken file.
 */
import { NO_FEATURES, type CompiledOption, type CompiledScenario, type Features } from '../../src/engine/index.ts';
import type { CatalogueEntry, ScenarioSource } from '../../src/app/scenario-source.ts';

const lines: CompiledScenario['lines'] = {};

/** Register a line in Dutch and English and return its id. */
function line(id: string, nl: string, en?: string): string {
  lines[id] = en === undefined ? { nl } : { nl, en };
  return id;
}

function option(
  id: string,
  text: [string, string],
  codes: CompiledOption['codes'],
  features: Partial<Features>,
  reply: [string, string] | null,
  next: CompiledOption['next'],
  extra: Partial<CompiledOption> = {},
): CompiledOption {
  return {
    id,
    text: line(`${id}.text`, ...text),
    codes,
    features: { ...NO_FEATURES, ...features },
    asks: [],
    agrees: [],
    reply: reply ? { default: [line(`${id}.reply`, ...reply)] } : null,
    thought: null,
    note: null,
    next,
    ...extra,
  };
}

const toMoment = (id: string) => ({ default: { kind: 'moment' as const, id } });
const toEnd = { default: { kind: 'end' as const } };

export const fixture: CompiledScenario = {
  formatVersion: 1,
  id: 'test-welkom',
  version: 1,
  title: line('meta.title', 'Eerste gesprek', 'First conversation'),
  summary: line('meta.summary', 'Marco vraagt bijstand aan.', 'Marco applies for social assistance.'),
  domain: 'werk-en-inkomen',
  level: 'basis',
  durationMinutes: 5,
  learningGoals: [line('meta.goal.1', 'Eerst contact, dan de papieren.', 'Contact first, then the paperwork.')],
  changeGoal: line('meta.changeGoal', 'Marco belt de corporatie.', 'Marco calls the housing association.'),
  randomness: false,
  maxTurns: 20,
  persona: {
    name: 'Marco Jansen',
    age: 44,
    situation: line('persona.situation', 'Zijn WW is gestopt.', 'His unemployment benefit has stopped.'),
    caseFile: line('persona.caseFile', 'Aanvraag via werk.nl, drie weken geleden.', 'Applied via werk.nl three weeks ago.'),
    chronicLoad: 40,
    trust: 30,
    trait: 'flight',
    arrivalStress: 2,
    tuning: {},
    facts: [
      {
        id: 'huur',
        topic: line('huur.topic', 'Huur', 'Rent'),
        truth: line('huur.truth', 'Twee maanden huurachterstand.', 'Two months of rent arrears.'),
        sensitivity: 30,
        answers: {
          accurate: line('huur.accurate', 'Ik loop twee maanden achter met de huur.', 'I am two months behind with the rent.'),
          vague: line('huur.vague', 'De huur loopt een beetje achter.', 'The rent is a bit behind.'),
          omitted: line('huur.omitted', 'De huur? Dat gaat wel.', 'The rent? It is fine.'),
          wrong: line('huur.wrong', 'De huur is betaald.', 'The rent is paid.'),
        },
      },
    ],
    agreements: [
      { id: 'bellen', text: line('bellen.text', 'De corporatie bellen.', 'Call the housing association.') },
      { id: 'afschriften', text: line('afschriften.text', 'Afschriften inleveren.', 'Hand in bank statements.') },
    ],
  },
  start: 'begin',
  moments: [
    {
      id: 'begin',
      phase: 'engaging',
      client: { default: [line('begin.client', 'Goedemorgen.', 'Good morning.')] },
      thought: { default: [line('begin.thought', 'Wat gaan ze vragen?', 'What will they ask?')] },
      options: [
        option(
          'welkom',
          ['Welkom. Hoe is het voor u om hier te zijn?', 'Welcome. How is it for you to be here?'],
          ['greeting', 'question-open'],
          { questions: 1, asksAboutStress: true },
          ['Spannend eigenlijk.', 'Nerve-racking, really.'],
          toMoment('midden'),
        ),
        option(
          'papieren',
          ['Heeft u uw afschriften bij u?', 'Do you have your bank statements with you?'],
          ['question-closed'],
          { questions: 1, demands: 2 },
          ['Nee… dat wist ik niet.', 'No… I did not know that.'],
          toMoment('midden'),
        ),
        option(
          'dreigen',
          ['Als u niet meewerkt, stopt de uitkering.', 'If you do not cooperate, the benefit stops.'],
          ['confront'],
          { threat: true },
          ['Dan ga ik wel weer.', 'Then I will leave.'],
          toMoment('midden'),
        ),
      ],
    },
    {
      id: 'midden',
      phase: 'focusing',
      client: { default: [line('midden.client', 'Wat wilt u weten?', 'What do you want to know?')] },
      thought: null,
      options: [
        option(
          'huur-vragen',
          ['Hoe gaat het met de huur?', 'How are things with the rent?'],
          ['question-open'],
          { questions: 1, normalises: true },
          null,
          toMoment('afspraak'),
          { asks: ['huur'] },
        ),
        option(
          'reflectie',
          ['Het is veel tegelijk.', 'It is a lot at once.'],
          ['reflection-complex'],
          {},
          ['Ja. Precies.', 'Yes. Exactly.'],
          toMoment('afspraak'),
        ),
      ],
    },
    {
      id: 'afspraak',
      phase: 'planning',
      client: { default: [line('afspraak.client', 'En nu?')] }, // no English: falls back to Dutch
      thought: null,
      options: [
        option(
          'opschrijven',
          ['Zullen we samen opschrijven wat u gaat doen?', 'Shall we write down together what you will do?'],
          ['seek-collaboration'],
          { writtenAgreement: true },
          ['Graag.', 'Yes, please.'],
          toEnd,
          { agrees: ['bellen'] },
        ),
        option(
          'snel',
          ['U belt de corporatie. Tot ziens.', 'You call the housing association. Goodbye.'],
          ['giving-information'],
          { demands: 1 },
          null,
          toEnd,
          { agrees: ['bellen'] },
        ),
      ],
    },
  ],
  endings: [
    {
      id: 'weg',
      title: line('weg.title', 'Marco loopt weg', 'Marco walks out'),
      text: line('weg.text', 'Hij staat op en gaat.', 'He gets up and leaves.'),
      walkOut: true,
      when: null,
    },
    {
      id: 'goed',
      title: line('goed.title', 'Marco gaat met een plan naar huis', 'Marco goes home with a plan'),
      text: line('goed.text', 'Hij weet wat hij gaat doen.', 'He knows what he will do.'),
      walkOut: false,
      when: { modes: ['open', 'opening'] },
    },
    {
      id: 'matig',
      title: line('matig.title', 'Marco gaat met vragen naar huis', 'Marco goes home with questions'),
      text: line('matig.text', 'Hij is niet veel wijzer.', 'He is not much wiser.'),
      walkOut: false,
      when: null,
    },
  ],
  lines,
};

export const playableEntry: CatalogueEntry = {
  id: fixture.id,
  file: 'scenarios/test-welkom.yaml',
  ok: true,
  title: 'Eerste gesprek',
  titleEn: 'First conversation',
  summary: 'Marco vraagt bijstand aan.',
  summaryEn: 'Marco applies for social assistance.',
  domain: 'werk-en-inkomen',
  level: 'basis',
  durationMinutes: 5,
  personaName: 'Marco Jansen',
  personaAge: 44,
  errors: 0,
  warnings: 0,
  issues: [],
};

export const debtEntry: CatalogueEntry = {
  id: 'schulden',
  file: 'scenarios/schulden.yaml',
  ok: true,
  title: 'Schulden op tafel',
  summary: 'Fatima durft de brieven niet meer te openen.',
  domain: 'schuldhulp',
  level: 'gevorderd',
  durationMinutes: 20,
  personaName: 'Fatima El Amrani',
  personaAge: 37,
  errors: 0,
  warnings: 0,
  issues: [],
};

export const brokenEntry: CatalogueEntry = {
  id: 'kapot',
  file: 'scenarios/kapot.yaml',
  ok: false,
  title: 'Een kapot scenario',
  summary: '',
  domain: 'werk-en-inkomen',
  level: '',
  durationMinutes: 0,
  personaName: '',
  personaAge: 0,
  errors: 4,
  warnings: 1,
  issues: [
    {
      file: 'scenarios/kapot.yaml',
      line: 9,
      column: 1,
      severity: 'warning',
      code: 'unused-fact',
      message: 'fact "x" is never asked about',
    },
    {
      file: 'scenarios/kapot.yaml',
      line: 4,
      column: 3,
      severity: 'error',
      code: 'missing-field',
      message: 'the field "persona" is missing; add it',
    },
    {
      file: 'scenarios/kapot.yaml',
      line: 12,
      column: 7,
      severity: 'error',
      code: 'unknown-reference',
      message: 'next: "eind" is not a moment or ending',
    },
    { file: 'scenarios/kapot.yaml', line: 20, column: 5, severity: 'error', code: 'wrong-type', message: 'age must be a number' },
    {
      file: 'scenarios/kapot.yaml',
      line: 31,
      column: 9,
      severity: 'error',
      code: 'duplicate-id',
      message: 'the id "welkom" is used twice',
    },
  ],
};

export const catalogue: CatalogueEntry[] = [playableEntry, debtEntry, brokenEntry];

export interface FakeSource extends ScenarioSource {
  /** The ids asked for, in order. */
  readonly loads: string[];
}

/** A source that serves the fixture and fails for anything else (or as `loadScenario` says). */
export function fakeSource(overrides: Partial<ScenarioSource> = {}): FakeSource {
  const loads: string[] = [];
  const load =
    overrides.loadScenario ??
    (async (id: string) => {
      if (id === fixture.id) return fixture;
      throw new Error(`no scenario "${id}"`);
    });
  return {
    catalogue: overrides.catalogue ?? catalogue,
    loads,
    loadScenario: (id) => {
      loads.push(id);
      return load(id);
    },
  };
}
