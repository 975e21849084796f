/**
 * `npm run scenarios:translate -- scenarios/x.yaml`: create or update `scenarios/x.en.yaml` with every line id
 * of the scenario, the Dutch text as a comment above each one (see src/content/translation-file.ts). Existing
 * translations are kept; translations whose Dutch changed are marked stale; lines the scenario no longer has
 * are removed, and printed here so nothing is lost. Exit code 1 when the scenario itself has errors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatIssue } from '../src/content/issues.ts';
import { buildTranslationFile } from '../src/content/translation-file.ts';
import { translationPathFor } from '../src/content/translation.ts';
import { displayPath, isTranslationFile, loadScenarioFile, scenarioPathFor } from './lib/scenario-files.ts';

const USAGE = `Usage: npm run scenarios:translate -- scenarios/name.yaml

Creates or updates scenarios/name.en.yaml: every line id of the scenario with the Dutch text above it.
Translate the empty lines; check and un-mark the lines marked "# stale".`;

/** The lines of the existing table, read leniently: a half-written file must not lose its translations. */
function existingLines(text: string): Record<string, string | null> {
  try {
    const data = parse(text) as { lines?: unknown } | null;
    const lines =
      data && typeof data === 'object' && data.lines && typeof data.lines === 'object' ? (data.lines as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(lines).map(([id, v]) => [id, typeof v === 'string' ? v : null]));
  } catch {
    return {};
  }
}

function main(args: string[]): number {
  const files = args.filter((a) => a !== '--');
  if (files.length !== 1 || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return files.length === 1 ? 0 : 2;
  }
  const path = isTranslationFile(files[0]!) ? scenarioPathFor(files[0]!) : files[0]!;
  const loaded = loadScenarioFile(path);
  if (!loaded.scenario) {
    for (const i of loaded.issues.filter((i) => i.severity === 'error')) console.log(formatIssue(i));
    console.log(`${displayPath(path)} has errors; fix them first (npm run scenarios:check), then translate.`);
    return 1;
  }
  const enPath = translationPathFor(path);
  let existing: { text: string; lines: Record<string, string | null> } | null = null;
  if (existsSync(enPath)) {
    const text = readFileSync(enPath, 'utf8');
    const lines = existingLines(text);
    if (
      Object.keys(lines).length === 0 &&
      /\S/.test(text.replace(/^#.*$/gm, '').replace(/^(formatVersion|scenario|language|lines):.*$/gm, ''))
    ) {
      console.log(
        `${displayPath(enPath)} cannot be read as YAML; fix it first (npm run scenarios:check ${displayPath(path)}), so no translation is lost.`,
      );
      return 1;
    }
    existing = { text, lines };
  }
  const update = buildTranslationFile(loaded.scenario, existing);
  writeFileSync(enPath, update.text);
  const shown = displayPath(enPath);
  for (const { id, text } of update.orphans) {
    console.log(`${shown}: warning: removed "${id}", which no text in the scenario has any more (it read: ${JSON.stringify(text)})`);
  }
  for (const { from, to } of update.moved)
    console.log(`${shown}: moved the translation of "${from}" to "${to}", where its Dutch text is now`);
  const total = Object.keys(loaded.scenario.lines).length;
  const done = total - update.missing.length - update.stale.length;
  console.log(`${shown}: ${total} lines, ${done} translated, ${update.missing.length} to translate, ${update.stale.length} stale`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`scenarios:translate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
