/** Translation by line id: the `.en.yaml` that scenarios:translate writes, stale lines, moved and orphaned ones. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { translationCoverage } from '../../src/content/compile.ts';
import { buildTranslationFile, lineHash, readLineNotes } from '../../src/content/translation-file.ts';
import type { CompiledScenario } from '../../src/engine/scenario.types.ts';

const PATH = 'tests/content/fixtures/valid/kort-gesprek.yaml';
const dutch = readFileSync(PATH, 'utf8');
const english = readFileSync('tests/content/fixtures/valid/kort-gesprek.en.yaml', 'utf8');

function compiled(text = dutch): CompiledScenario {
  const result = checkScenarioSource({ path: PATH, text });
  expect(result.scenario).not.toBeNull();
  return result.scenario!;
}

function linesOf(text: string): Record<string, string | null> {
  return (parse(text) as { lines: Record<string, string | null> }).lines;
}

function check(nl: string, en: string) {
  return checkScenarioSource({ path: PATH, text: nl, translation: { path: PATH.replace('.yaml', '.en.yaml'), text: en } });
}

describe('scenarios:translate', () => {
  it('a new table lists every line id with its Dutch text and hash above it, and checks clean but for the missing lines', () => {
    const scenario = compiled();
    const { text, missing } = buildTranslationFile(scenario, null);
    const ids = Object.keys(scenario.lines);
    expect(missing).toEqual(ids);
    expect(Object.keys(linesOf(text))).toEqual(ids);
    expect(text).toContain(`  # nl ${lineHash('Een kort gesprek')}: Een kort gesprek\n  meta.title:\n`);
    const issues = check(dutch, text).issues;
    expect(issues.map((i) => i.code)).toEqual(['missing-translation']);
    expect(issues[0]!.message).toMatch(/^37 of 37 lines/);
  });

  it('keeps existing translations, and running it twice changes nothing', () => {
    const first = buildTranslationFile(compiled(), { text: english, lines: linesOf(english) });
    expect(first.missing).toEqual([]);
    expect(linesOf(first.text)['meta.title']).toBe('A short conversation');
    const second = buildTranslationFile(compiled(), { text: first.text, lines: linesOf(first.text) });
    expect(second.text).toBe(first.text);
    expect(check(dutch, first.text).issues).toEqual([]);
  });

  it('a changed Dutch text marks its translation stale; the checker and the coverage count it as untranslated until the mark is deleted', () => {
    const table = buildTranslationFile(compiled(), { text: english, lines: linesOf(english) }).text;
    const changed = dutch.replace('reply: Ja, dat is wel handig.', 'reply: Ja, dat lijkt me wel handig.');
    const stale = check(changed, table);
    expect(stale.issues.map((i) => i.code)).toEqual(['stale-translation']);
    expect(translationCoverage(stale.scenario!).en).toBeLessThan(1);

    const update = buildTranslationFile(compiled(changed), { text: table, lines: linesOf(table) });
    expect(update.stale).toEqual(['samen-opschrijven.reply']);
    expect(update.text).toContain('# stale: the Dutch text changed (it was: Ja, dat is wel handig.)');
    expect(readLineNotes(update.text).get('samen-opschrijven.reply')).toMatchObject({
      stale: true,
      hash: lineHash('Ja, dat lijkt me wel handig.'),
    });
    expect(check(changed, update.text).issues.map((i) => i.code)).toEqual(['stale-translation']);

    const checked = update.text.replace(/ {2}# stale:.*\n/, '');
    expect(check(changed, checked).issues).toEqual([]);
    expect(translationCoverage(check(changed, checked).scenario!).en).toBe(1);
  });

  it('position-derived ids: reordered learning goals take their translations along', () => {
    const table = buildTranslationFile(compiled(), { text: english, lines: linesOf(english) }).text;
    const swapped = dutch.replace(
      '  - Beginnen met een open vraag.\n  - Afspraken samen opschrijven.',
      '  - Afspraken samen opschrijven.\n  - Beginnen met een open vraag.',
    );
    // Until translated again, the checker says the two lines no longer match their Dutch.
    expect(check(swapped, table).issues.map((i) => i.code)).toEqual(['stale-translation', 'stale-translation']);
    const update = buildTranslationFile(compiled(swapped), { text: table, lines: linesOf(table) });
    expect(update.moved).toEqual([
      { from: 'meta.goal.2', to: 'meta.goal.1' },
      { from: 'meta.goal.1', to: 'meta.goal.2' },
    ]);
    expect(linesOf(update.text)['meta.goal.1']).toBe(linesOf(table)['meta.goal.2']);
    expect(check(swapped, update.text).issues).toEqual([]);
  });

  it('lines the scenario no longer has are removed and reported', () => {
    const table = buildTranslationFile(compiled(), { text: english, lines: linesOf(english) }).text;
    const fewer = dutch.replace('        thought:\n          default: Ik snap er niks van.\n          flight: Ik wil hier weg.\n', '');
    const update = buildTranslationFile(compiled(fewer), { text: table, lines: linesOf(table) });
    expect(update.orphans.map((o) => o.id)).toEqual(['formulier.thought', 'formulier.thought.flight']);
    expect(Object.keys(linesOf(update.text))).not.toContain('formulier.thought');
  });
});
