/** The compiled scenario: line ids, defaults, next resolution, translations merged and coverage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { translationCoverage } from '../../src/content/compile.ts';
import { NO_FEATURES } from '../../src/engine/codes.ts';
import type { CompiledScenario } from '../../src/engine/scenario.types.ts';

const DIR = 'tests/content/fixtures/valid';
const scenarioText = readFileSync(`${DIR}/kort-gesprek.yaml`, 'utf8');
const translationText = readFileSync(`${DIR}/kort-gesprek.en.yaml`, 'utf8');

function compile(text = scenarioText, translation: string | null | undefined = translationText): CompiledScenario {
  const result = checkScenarioSource({
    path: `${DIR}/kort-gesprek.yaml`,
    text,
    translation:
      translation === undefined || translation === null ? translation : { path: `${DIR}/kort-gesprek.en.yaml`, text: translation },
  });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(result.scenario).not.toBeNull();
  return result.scenario!;
}

describe('compileScenario', () => {
  const s = compile();
  const welkom = s.moments.find((m) => m.id === 'welkom')!;
  const [openVraag, formulier] = welkom.options;

  it('checks the valid fixture without any issue', () => {
    const result = checkScenarioSource({ path: 'x.yaml', text: scenarioText, translation: { path: 'x.en.yaml', text: translationText } });
    expect(result.issues).toEqual([]);
  });

  it('turns every text into a line id following the documented scheme', () => {
    expect(s.title).toBe('meta.title');
    expect(s.summary).toBe('meta.summary');
    expect(s.learningGoals).toEqual(['meta.goal.1', 'meta.goal.2']);
    expect(s.changeGoal).toBe('meta.changeGoal');
    expect(s.persona.situation).toBe('persona.situation');
    expect(s.persona.caseFile).toBe('persona.caseFile');
    expect(s.persona.name).toBe('Ria de Vries');
    expect(s.persona.facts[0]).toMatchObject({
      id: 'schuld',
      topic: 'schuld.topic',
      truth: 'schuld.truth',
      answers: { accurate: 'schuld.accurate', vague: 'schuld.vague', omitted: 'schuld.omitted', wrong: 'schuld.wrong' },
    });
    expect(s.persona.agreements).toEqual([{ id: 'afschriften', text: 'afschriften.text' }]);
    expect(welkom.client).toEqual({ default: ['welkom.client'], guarded: ['welkom.client.guarded', 'welkom.client.guarded.2'] });
    expect(welkom.thought).toEqual({ default: ['welkom.thought'] });
    expect(openVraag).toMatchObject({ text: 'open-vraag.text', note: 'open-vraag.note', reply: null, thought: null });
    expect(formulier).toMatchObject({
      reply: { default: ['formulier.reply'] },
      thought: { default: ['formulier.thought'], flight: ['formulier.thought.flight'] },
    });
    expect(s.endings.map((e) => [e.title, e.text])).toEqual([
      ['einde-weg.title', 'einde-weg.text'],
      ['einde-goed.title', 'einde-goed.text'],
      ['einde-slecht.title', 'einde-slecht.text'],
    ]);
    expect(s.lines['welkom.client.guarded.2']).toEqual({ nl: 'Ja?', en: 'Yes?' });
    for (const id of Object.keys(s.lines)) expect(id).toMatch(/^[a-z0-9-]+(\.[a-zA-Z0-9-]+)+$/);
  });

  it('compiles the sources with translatable titles and notes, and the citations as lists of ids', () => {
    expect(s.sources).toEqual([
      {
        id: 'wgs-4',
        title: 'source.wgs-4.title',
        url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0026621&artikel=4',
        note: 'source.wgs-4.note',
      },
      { id: 'awb-4-2', title: 'source.awb-4-2.title', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2', note: null },
    ]);
    expect(s.lines['source.wgs-4.title']).toEqual({
      nl: 'Wet gemeentelijke schuldhulpverlening, artikel 4',
      en: 'Municipal Debt Assistance Act, article 4',
    });
    expect(formulier!.sources).toEqual(['awb-4-2']);
    expect(openVraag!.sources).toBeUndefined();
    expect(welkom.sources).toEqual(['wgs-4', 'awb-4-2']);
    expect(s.moments.find((m) => m.id === 'afspraak')!.sources).toBeUndefined();
  });

  it('every line id used anywhere has a Dutch text', () => {
    const used = JSON.stringify({ ...s, lines: undefined }).match(/"[a-z0-9-]+\.[a-zA-Z0-9.-]+"/g) ?? [];
    for (const quotedId of used) {
      const id = quotedId.slice(1, -1);
      if (id.includes('.')) expect(s.lines[id]?.nl, id).toBeTruthy();
    }
  });

  it('fills in the defaults', () => {
    expect(s.randomness).toBe(true);
    expect(s.maxTurns).toBe(60);
    expect(s.persona.arrivalStress).toBe(0);
    expect(s.persona.tuning).toEqual({ recoveryRate: 0.2 });
    const samen = s.moments[1]!.options[0]!;
    expect(samen.features).toEqual({ ...NO_FEATURES, writtenAgreement: true });
    expect(openVraag!.features).toEqual({ ...NO_FEATURES, questions: 1 });
    expect(openVraag!.agrees).toEqual([]);
    expect(openVraag!.impulse).toBeUndefined();
    expect(formulier!.impulse).toEqual({ stress: 5 });
    expect(samen.note).toBeNull();
    expect(s.moments[1]!.client).toBeNull();
    expect(s.endings.map((e) => [e.walkOut, e.when])).toEqual([
      [true, null],
      [false, { modes: ['open', 'opening'], minTrust: 40 }],
      [false, null],
    ]);
  });

  it('resolves next: moment, ending, end and a map by mode', () => {
    expect(openVraag!.next).toEqual({ default: { kind: 'moment', id: 'afspraak' }, closed: { kind: 'ending', id: 'einde-slecht' } });
    expect(formulier!.next).toEqual({ default: { kind: 'end' } });
    expect(s.moments[1]!.options[0]!.next).toEqual({ default: { kind: 'ending', id: 'einde-goed' } });
  });

  it('keeps the rest as written', () => {
    expect(s).toMatchObject({
      formatVersion: 1,
      id: 'kort-gesprek',
      version: 2,
      domain: 'schuldhulp',
      level: 'basis',
      durationMinutes: 5,
      start: 'welkom',
    });
    expect(openVraag!.codes).toEqual(['greeting', 'question-open']);
    expect(openVraag!.asks).toEqual(['schuld']);
  });

  it('is plain JSON (the Vite plugin ships it as a chunk)', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('translations', () => {
  it('merges English texts and reports full coverage', () => {
    const s = compile();
    expect(s.lines['meta.title']).toEqual({ nl: 'Een kort gesprek', en: 'A short conversation' });
    expect(translationCoverage(s)).toEqual({ nl: 1, en: 1 });
  });

  it('reports partial coverage and one summarising warning for missing lines', () => {
    const partial = translationText.replace(/^ {2}(welkom|formulier)\..*\n/gm, '');
    const result = checkScenarioSource({ path: 's.yaml', text: scenarioText, translation: { path: 's.en.yaml', text: partial } });
    const s = result.scenario!;
    const total = Object.keys(s.lines).length;
    expect(translationCoverage(s).en).toBeCloseTo((total - 8) / total);
    expect(s.lines['welkom.client']).toEqual({ nl: 'Goedemiddag.' });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 's.en.yaml', line: 5, column: 1, severity: 'warning', code: 'missing-translation' });
    expect(result.issues[0]!.message).toContain(`8 of ${total} lines`);
  });

  it('without a translation file: coverage 0 and one warning at the scenario', () => {
    const result = checkScenarioSource({ path: 's.yaml', text: scenarioText, translation: null });
    expect(translationCoverage(result.scenario!).en).toBe(0);
    expect(result.issues).toEqual([
      expect.objectContaining({ file: 's.yaml', line: 1, column: 1, code: 'missing-translation', severity: 'warning' }),
    ]);
  });

  it('warns about a translation for another scenario, and still uses it', () => {
    const other = translationText.replace('scenario: kort-gesprek', 'scenario: lang-gesprek');
    const result = checkScenarioSource({ path: 's.yaml', text: scenarioText, translation: { path: 's.en.yaml', text: other } });
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([['translation-mismatch', 3, 11]]);
    expect(translationCoverage(result.scenario!).en).toBe(1);
  });

  it('a broken translation file is an error there, but the Dutch scenario still compiles', () => {
    const result = checkScenarioSource({ path: 's.yaml', text: scenarioText, translation: { path: 's.en.yaml', text: 'lines: [oops\n' } });
    expect(result.scenario).not.toBeNull();
    expect(translationCoverage(result.scenario!).en).toBe(0);
    expect(result.issues.map((i) => [i.file, i.severity])).toEqual([['s.en.yaml', 'error']]);
  });

  it("a moment's `discuss:` becomes the line <moment>.discuss, translated like any line and checked", () => {
    const withDiscuss = scenarioText.replace(
      '  - id: welkom\n    phase: engaging\n',
      '  - id: welkom\n    phase: engaging\n    discuss: Wat hoort u?\n',
    );
    const missing = compile(withDiscuss, translationText.replace(/\n\s*$/, '') + '\n');
    expect(missing.moments.find((m) => m.id === 'welkom')!.discuss).toBe('welkom.discuss');
    expect(missing.lines['welkom.discuss']).toEqual({ nl: 'Wat hoort u?' });
    expect(missing.moments.find((m) => m.id !== 'welkom')!.discuss).toBeUndefined();
    const translated = compile(withDiscuss, translationText.replace('lines:\n', 'lines:\n  welkom.discuss: "What do you hear?"\n'));
    expect(translated.lines['welkom.discuss']).toEqual({ nl: 'Wat hoort u?', en: 'What do you hear?' });
    const empty = checkScenarioSource({
      path: 's.yaml',
      text: scenarioText.replace('  - id: welkom\n    phase: engaging\n', '  - id: welkom\n    phase: engaging\n    discuss: ""\n'),
      translation: null,
    });
    expect(empty.issues.some((i) => i.severity === 'error' && i.line === 54)).toBe(true);
  });
});
