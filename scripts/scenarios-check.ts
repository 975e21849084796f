/**
 * `npm run scenarios:check [files or folders…]`: check every scenario (or the named ones) and print one
 * line per problem, `path:line:column: error|warning: message`, then a summary line. Exit code 1 when there
 * is any error, so CI and pre-commit hooks can stop on it. A named `x.en.yaml` checks its scenario `x.yaml`.
 */
import { existsSync, statSync } from 'node:fs';
import { escapeControls } from '../src/content/control-chars.ts';
import { formatIssueIn, formatSummary, issue, sortIssues, type ContentIssue } from '../src/content/issues.ts';
import { libraryIssues, type LibraryFile } from '../src/content/library-smells.ts';
import { languageOf } from './lib/lang.ts';
import {
  displayPath,
  duplicateScenarioIssues,
  isTranslationFile,
  listScenarioFiles,
  loadScenarioFile,
  scenarioPathFor,
  DEFAULT_SCENARIO_DIR,
} from './lib/scenario-files.ts';

const USAGE = `Usage: npm run scenarios:check [-- [--lang nl|en] file.yaml | folder …]

Checks the scenarios in ${DEFAULT_SCENARIO_DIR}/ (or the files and folders named) and their English
translations, and prints every problem as "path:line:column: error|warning: message".
Messages are in Dutch or English: --lang, or else the language of the environment (LC_ALL, LC_MESSAGES, LANG).
Exit code 1 when there is an error.`;

interface Target {
  path: string;
  /** An issue instead of a check, e.g. a translation without its scenario. */
  problem?: ContentIssue;
}

function targetsFor(args: string[]): Target[] {
  if (args.length === 0) return listScenarioFiles().map((path) => ({ path }));
  const targets: Target[] = [];
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      targets.push(...listScenarioFiles(arg).map((path) => ({ path })));
    } else if (isTranslationFile(arg)) {
      const scenario = scenarioPathFor(arg);
      if (existsSync(scenario) || !existsSync(arg)) targets.push({ path: scenario });
      else {
        const message = `this translation has no scenario beside it (${displayPath(scenario)} does not exist); name it after its scenario file, e.g. name.yaml and name.en.yaml`;
        targets.push({ path: arg, problem: issue(displayPath(arg), { line: 1, column: 1 }, 'error', 'file-not-found', message) });
      }
    } else {
      targets.push({ path: arg });
    }
  }
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = displayPath(t.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const { lang, rest } = languageOf(args, process.env);
  const targets = targetsFor(rest.filter((a) => a !== '--'));
  const all: ContentIssue[] = [];
  const library: LibraryFile[] = [];
  const loadedAll = targets.flatMap((t) => (t.problem ? [] : [loadScenarioFile(t.path)]));
  const clashes = duplicateScenarioIssues(loadedAll);
  for (const target of targets) {
    const loaded = target.problem ? null : (loadedAll.find((l) => l.path === displayPath(target.path)) ?? null);
    const issues = loaded ? [...loaded.issues] : [target.problem!];
    const clash = loaded ? clashes.get(loaded.path) : undefined;
    if (clash) issues.push(clash);
    for (const i of sortIssues(issues)) console.log(formatIssueIn(i, lang));
    all.push(...issues);
    if (loaded?.library) library.push(loaded.library);
  }
  // Texts compared across the files: shared client lines, the same act coded differently.
  const across = sortIssues(libraryIssues(library, true));
  for (const i of across) console.log(formatIssueIn(i, lang));
  all.push(...across);
  if (targets.length === 0)
    console.log(
      lang === 'nl'
        ? `Geen scenariobestanden gevonden in ${DEFAULT_SCENARIO_DIR}/.`
        : `No scenario files found in ${DEFAULT_SCENARIO_DIR}/.`,
    );
  console.log(formatSummary(targets.length, all, lang));
  return all.some((i) => i.severity === 'error') ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Last resort: the checker itself never throws, but the console or file system might.
  console.error(escapeControls(`scenarios:check failed: ${error instanceof Error ? error.message : String(error)}`, { oneLine: true }));
  process.exitCode = 2;
}
