/**
 * `npm run scenarios:analyse [-- --json] [ids…]`: for every scenario (or the ids named), the best and the
 * worst outcome a trainee can steer to, the moments no path reaches, and the translation coverage.
 * Files with errors are skipped and their errors printed on stderr (exit code 1); `--json` prints exactly one
 * JSON array on stdout, for CI and the docs.
 */
import { escapeControls } from '../src/content/control-chars.ts';
import { analyseScenario, DEFAULT_STATE_LIMIT, type PathOutcome, type ScenarioAnalysis } from '../src/content/analyse.ts';
import { formatIssue, type ContentIssue } from '../src/content/issues.ts';
import { unreachedEndingIssues } from '../src/content/smells.ts';
import { parseYamlSource } from '../src/content/yaml-source.ts';
import { readFileSync } from 'node:fs';
import { DEFAULT_SCENARIO_DIR, loadAllScenarios, type LoadedScenario } from './lib/scenario-files.ts';
import { strategySummaries, strategyTable } from './lib/strategy-table.ts';

const USAGE = `Usage: npm run scenarios:analyse [-- --json] [--quick] [--state-limit N] [scenario-id …]

Plays every reachable conversation of the scenarios in ${DEFAULT_SCENARIO_DIR}/ (or the ids named) with
randomness off, and reports the best and worst outcome, unreachable moments and translation coverage.
  --json            print one JSON array on stdout instead of the readable report
  --quick           coarsest bands only: about ten times faster, may miss an extreme path
  --state-limit N   states to explore per scenario (default ${DEFAULT_STATE_LIMIT.toLocaleString('en')}); more is finer and slower
  --strategies      also play named strategies (by form, at random, by habit) over 200 seeds each and print
                    how they end: no strategy that picks by form should reach the top ending
Exit code 1 when a scenario has errors or an id is unknown.`;

interface Report extends ScenarioAnalysis {
  path: string;
  ms: number;
}

function idOf(entry: LoadedScenario): string | undefined {
  return entry.scenario?.id ?? entry.header.id;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function describeOutcome(label: string, o: PathOutcome | null): string[] {
  if (!o) return [`  ${label} no path reaches an ending`];
  const n = o.disclosed.length;
  const facts = n === 0 ? 'no facts disclosed' : `${n} ${n === 1 ? 'fact' : 'facts'} disclosed (${o.disclosed.join(', ')})`;
  return [
    `  ${label} ${o.mode}, recall ${percent(o.recall)}, ${facts}, ending ${o.endingId ?? '(none)'}`,
    `         ${o.choices.join(' → ')}`,
  ];
}

/** Scenario text goes to a terminal: every line with its control characters shown as `\u001b`. */
const safe = (text: string) => escapeControls(text, { oneLine: true });

function describe(r: Report): string {
  const list = (ids: string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  return [
    `${r.id}: ${r.title} (${r.domain}) — ${r.path}`,
    `  ${r.moments} moments, ${r.options} options, ${r.endings} endings; translated: nl ${percent(r.coverage.nl)}, en ${percent(r.coverage.en)}`,
    ...describeOutcome('best: ', r.best),
    `         MITI of this path: R:Q ${r.bestMiti.reflectionToQuestion?.toFixed(2) ?? '–'}, complex reflections ${r.bestMiti.percentComplexReflections === null ? '–' : percent(r.bestMiti.percentComplexReflections)} (fair: R:Q 1, 40%)`,
    ...describeOutcome('worst:', r.worst),
    `  unreachable moments: ${list(r.unreachable)}`,
    ...(r.deadEnds.length > 0 ? [`  moments that can only loop: ${list(r.deadEnds)}`] : []),
    `  endings reached: ${list(r.endingsReached)}`,
    `  ${r.states.toLocaleString('en')} states explored in ${(r.ms / 1000).toFixed(2)} s, ${resolution(r)}`,
  ]
    .map(safe)
    .join('\n');
}

function resolution(r: Report): string {
  if (!r.resolution) return 'state limit reached: the results cover part of the conversations (raise --state-limit)';
  const b = r.resolution;
  return `complete at bands of ${b.stress} (stress), ${b.trust} (trust), ${b.load} (load), ${b.sensitisation} (sensitisation) points`;
}

/** `--state-limit N` (or `--state-limit=N`), removed from the arguments. */
function takeStateLimit(args: string[]): { limit: number | undefined; rest: string[] } | { error: string } {
  const i = args.findIndex((a) => a === '--state-limit' || a.startsWith('--state-limit='));
  if (i < 0) return { limit: undefined, rest: args };
  const inline = args[i]!.includes('=');
  const raw = inline ? args[i]!.split('=')[1] : args[i + 1];
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) return { error: `--state-limit needs a whole number of states, got "${raw ?? ''}"` };
  return { limit, rest: args.filter((_, j) => j !== i && (inline || j !== i + 1)) };
}

/** The checker's smells plus the endings the full search never reached, as `path:line:column` warnings. */
function smellLines(entry: LoadedScenario, analysis: ScenarioAnalysis, quick: boolean): string {
  const smells: ContentIssue[] = entry.issues.filter((i) => i.severity === 'warning');
  // Coarse or cut-off searches miss extreme paths, and with them endings: only a full search may say "never".
  if (!quick && !analysis.truncated && entry.scenario) {
    const parsed = parseYamlSource(entry.path, new Uint8Array(readFileSync(entry.path)));
    if (parsed.ok) smells.push(...unreachedEndingIssues(parsed.source, entry.scenario, analysis.endingsReached));
  }
  return smells.length === 0 ? '' : `${smells.map(formatIssue).join('\n')}\n\n`;
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = takeStateLimit(argv);
  if ('error' in parsed) {
    console.error(safe(`scenarios:analyse: ${parsed.error}`));
    return 1;
  }
  const args = parsed.rest;
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const strategies = args.includes('--strategies');
  const unknownFlag = args.find((a) => a.startsWith('-') && !['--json', '--quick', '--strategies', '--'].includes(a));
  if (unknownFlag) {
    console.error(`${safe(`scenarios:analyse: unknown option "${unknownFlag}"`)}\n\n${USAGE}`);
    return 1;
  }
  const ids = args.filter((a) => !a.startsWith('-'));
  const all = loadAllScenarios();
  const known = new Set(all.flatMap((e) => idOf(e) ?? []));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    for (const id of missing) {
      // A trainer with a file elsewhere: say where it can be analysed instead.
      const file = /\.ya?ml$/i.test(id)
        ? '; the analysis takes scenario ids from scenarios/, not file paths: to analyse a file kept elsewhere, open it in the Scenario Lab (#/lab, tab Analyse)'
        : '';
      console.error(
        safe(
          `scenarios:analyse: no scenario with id "${id}" in ${DEFAULT_SCENARIO_DIR}/ (known: ${[...known].join(', ') || 'none'})${file}`,
        ),
      );
    }
    return 1;
  }

  const selected = ids.length === 0 ? all : all.filter((e) => ids.includes(idOf(e) ?? ''));
  let failed = false;
  const reports: Report[] = [];
  for (const entry of selected) {
    if (!entry.scenario) {
      failed = true;
      for (const i of entry.issues) if (i.severity === 'error') console.error(formatIssue(i));
      continue;
    }
    const started = performance.now();
    const analysis = analyseScenario(entry.scenario, { stateLimit: parsed.limit, quick });
    const report = { ...analysis, path: entry.path, ms: Math.round(performance.now() - started) };
    reports.push(report);
    if (!json) console.log(`${describe(report)}\n${smellLines(entry, analysis, quick)}`);
    if (!json && strategies) console.log(`${strategyTable(entry.scenario, strategySummaries(entry.scenario, 200))}\n`);
  }
  // JSON.stringify escapes C0 controls but not DEL, C1 or bidirectional ones; escaped, they stay valid JSON.
  if (json) console.log(escapeControls(JSON.stringify(reports, null, 2)));
  else if (selected.length === 0) console.log(`No scenario files found in ${DEFAULT_SCENARIO_DIR}/.`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(escapeControls(`scenarios:analyse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  process.exitCode = 2;
}
