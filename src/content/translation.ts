/**
 * English tables (`<name>.en.yaml`): checked against the line ids the scenario actually has. Translation
 * problems are warnings: a missing or stale English line must never stop the Dutch scenario from playing.
 */
import type { CompiledScenario } from '../engine/scenario.types.ts';
import { issue, type ContentIssue, type Message } from './issues.ts';
import { locate } from './locate.ts';
import { placeholderIssues, translationLibraryText } from './placeholders.ts';
import type { TranslationSource } from './schema.ts';
import { bedoeltU, didYouMean, lijstEn, listAnd, quoted } from './suggest.ts';
import { readLineNotes, staleLines } from './translation-file.ts';
import type { YamlSource } from './yaml-source.ts';

/** How many missing ids a summary names, and how many unknown ids get their own line. */
const EXAMPLES = 3;
const MAX_UNKNOWN = 20;

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `scenarios/x.yaml` → `scenarios/x.en.yaml` */
export function translationPathFor(scenarioPath: string): string {
  return scenarioPath.replace(/\.ya?ml$/i, '') + '.en.yaml';
}

/** Warnings about a translation table that has the right shape. */
export function translationIssues(
  source: YamlSource,
  translation: TranslationSource,
  compiled: CompiledScenario,
  scenarioFile: string,
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const warn = (at: { line: number; column: number }, code: ContentIssue['code'], message: string | Message) =>
    out.push(issue(source.file, at, 'warning', code, message));

  if (translation.scenario !== compiled.id) {
    warn(locate(source, ['scenario']), 'translation-mismatch', {
      en: `this translation is for scenario "${translation.scenario}", but ${baseName(scenarioFile)} has the id "${compiled.id}"; write "scenario: ${compiled.id}" if this is the right file`,
      nl: `deze vertaling is voor scenario "${translation.scenario}", maar ${baseName(scenarioFile)} heeft de id "${compiled.id}"; schrijf "scenario: ${compiled.id}" als dit het goede bestand is`,
    });
  }

  const known = Object.keys(compiled.lines);
  const knownSet = new Set(known);
  const unknown = Object.keys(translation.lines).filter((id) => !knownSet.has(id));
  // A line id that already has its translation here is no fix for a misspelt one: it would be a duplicate.
  const translated = new Set(Object.keys(translation.lines).filter((id) => knownSet.has(id)));
  for (const id of unknown.slice(0, MAX_UNKNOWN)) {
    const hint = didYouMean(id, known, translated) || `; no text in ${baseName(scenarioFile)} has this id: correct it, or remove the line`;
    const hintNl =
      bedoeltU(id, known, translated) || `; geen tekst in ${baseName(scenarioFile)} heeft deze id: verbeter hem, of haal de regel weg`;
    warn(locate(source, ['lines', id], 'key'), 'unknown-line', {
      en: `unknown line id "${id}" in the translation${hint}`,
      nl: `onbekende regel-id "${id}" in de vertaling${hintNl}`,
    });
  }
  if (unknown.length > MAX_UNKNOWN) {
    warn(locate(source, ['lines'], 'key'), 'unknown-line', {
      en: `${unknown.length - MAX_UNKNOWN} more line ids in this translation match no text in ${baseName(scenarioFile)}; were moments or options renamed? Correct or remove them`,
      nl: `nog ${unknown.length - MAX_UNKNOWN} regel-ids in deze vertaling passen bij geen tekst in ${baseName(scenarioFile)}; zijn momenten of opties hernoemd? Verbeter ze of haal ze weg (npm run scenarios:translate ruimt ze op)`,
    });
  }

  const missing = known.filter((id) => translation.lines[id] === undefined || translation.lines[id] === null);
  if (missing.length > 0) {
    warn(locate(source, ['lines'], 'key'), 'missing-translation', {
      en: `${missing.length} of ${known.length} lines have no English translation yet (${missingExamples(missing)}); English players see the Dutch text for these, so add them under "lines:"`,
      nl: `${missing.length} van de ${known.length} regels hebben nog geen Engelse vertaling (${voorbeelden(missing)}); Engelse spelers zien daar de Nederlandse tekst, dus vul ze aan onder "lines:" (npm run scenarios:translate zet ze allemaal klaar)`,
    });
  }
  const stale = staleLines(compiled, translation.lines, readLineNotes(source.text));
  for (const id of stale.slice(0, MAX_UNKNOWN)) {
    warn(locate(source, ['lines', id], 'key'), 'stale-translation', {
      en: `the Dutch text of "${id}" has changed since this line was translated, so it counts as not translated; check the English against the Dutch, then delete the "# stale" comment above it (run npm run scenarios:translate to mark every changed line)`,
      nl: `de Nederlandse tekst van "${id}" is veranderd sinds deze regel vertaald is, dus hij telt als onvertaald; vergelijk het Engels met het Nederlands en verwijder dan het commentaar "# stale" erboven (npm run scenarios:translate markeert elke veranderde regel)`,
    });
  }
  if (stale.length > MAX_UNKNOWN) {
    warn(locate(source, ['lines'], 'key'), 'stale-translation', {
      en: `${stale.length - MAX_UNKNOWN} more lines were translated from Dutch that has changed since; check them and delete their "# stale" comments`,
      nl: `nog ${stale.length - MAX_UNKNOWN} regels zijn vertaald uit Nederlands dat sindsdien veranderd is; controleer ze en verwijder hun commentaar "# stale"`,
    });
  }
  out.push(...placeholderIssues(source, 'warning', translationLibraryText));
  return out;
}

function missingExamples(missing: string[]): string {
  const shown = quoted(missing.slice(0, EXAMPLES));
  const rest = missing.length - shown.length;
  return rest > 0 ? `for example ${shown.join(', ')} and ${rest} more` : listAnd(shown);
}

function voorbeelden(missing: string[]): string {
  const shown = quoted(missing.slice(0, EXAMPLES));
  const rest = missing.length - shown.length;
  return rest > 0 ? `bijvoorbeeld ${shown.join(', ')} en nog ${rest}` : lijstEn(shown);
}

/** The one warning for a scenario without any translation file, at the scenario's first line. */
export function noTranslationIssue(scenarioFile: string, compiled: CompiledScenario): ContentIssue {
  const count = Object.keys(compiled.lines).length;
  return issue(scenarioFile, { line: 1, column: 1 }, 'warning', 'missing-translation', {
    en: `there is no English translation yet; create ${baseName(translationPathFor(scenarioFile))} next to this file to translate its ${count} lines (until then English players see the Dutch text)`,
    nl: `er is nog geen Engelse vertaling; maak ${baseName(translationPathFor(scenarioFile))} naast dit bestand om de ${count} regels te vertalen (npm run scenarios:translate maakt het met alle regel-ids; tot dan zien Engelse spelers de Nederlandse tekst)`,
  });
}
