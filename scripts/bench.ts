/**
 * `npm run bench`: how fast the engine and the content tools are, as a small table with the targets.
 * (a) engine choices per second, random play of the example; (b) the checker on a generated 1,000-moment
 * scenario against the bare YAML parse of the same file, and the check command as a whole process against
 * a bare node start plus that parse; (c) the analysis of that scenario; (d) the analysis of every shipped
 * scenario, per scenario; (e) the debrief's look-ahead over conversations of every shipped scenario; (f) the
 * checker on each broken fixture (the hang guard the tests used to time). A target relative to a reference
 * measures both in the same run, interleaved, so the load of a shared machine weighs on both alike.
 * Benchmarks are not tests: the exit code is 0 whatever the figures. The content pipeline is imported
 * lazily, so the engine figure is reported even when a later part is missing or broken.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeControls } from '../src/content/control-chars.ts';
import { truncate } from '../src/content/graphemes.ts';
import { availableOptions, initialState, nextRandom, takeTurn, type CompiledScenario } from '../src/engine/index.ts';
import { generateScenarioYaml } from './generate-scenario.ts';

interface Row {
  what: string;
  result: string;
  target: string;
  verdict: 'PASS' | 'MISS' | 'INFO' | 'ERROR';
}

const rows: Row[] = [];
const EXAMPLE = 'scenarios/voorbeeld-bijstand.yaml';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(runs: number, work: () => T): { ms: number; last: T } {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), last };
}

/** Two pieces of work timed alternately, `runs` times each: medians of both, measured under the same load. */
function timedPair<A, B>(runs: number, a: () => A, b: () => B): { a: number; b: number; lastA: A } {
  const ta: number[] = [];
  const tb: number[] = [];
  let lastA!: A;
  for (let i = 0; i < runs; i += 1) {
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const which of order) {
      const started = performance.now();
      if (which === 'a') lastA = a();
      else b();
      (which === 'a' ? ta : tb).push(performance.now() - started);
    }
  }
  return { a: median(ta), b: median(tb), lastA };
}

/** Three pieces of work timed in rotating order, `runs` times each: the median of each, under the same load. */
function timedTriple(runs: number, a: () => unknown, b: () => unknown, c: () => unknown): { a: number; b: number; c: number } {
  const work = [a, b, c];
  const times: number[][] = [[], [], []];
  for (let i = 0; i < runs; i += 1) {
    for (let k = 0; k < 3; k += 1) {
      const which = (i + k) % 3;
      const started = performance.now();
      work[which]!();
      times[which]!.push(performance.now() - started);
    }
  }
  return { a: median(times[0]!), b: median(times[1]!), c: median(times[2]!) };
}

/** `figure` against `reference` measured in the same run: "x vs y = r×". */
function against(figure: number, reference: number, what: string): string {
  return `${ms(figure)} vs ${what} ${ms(reference)} = ${(figure / reference).toFixed(2)}×`;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const progress = (text: string) => process.stderr.write(`bench: ${text}…\n`);

/** Random play for at least a second: conversations from many seeds, options picked by a seeded generator. */
function engineThroughput(scenario: CompiledScenario): number {
  let choices = 0;
  let rng = 1;
  const started = performance.now();
  for (let game = 0; performance.now() - started < 1000 || game < 100; game += 1) {
    let state = initialState(scenario, { seed: game });
    while (!state.ending) {
      const options = availableOptions(scenario, state);
      const [r, next] = nextRandom(rng);
      rng = next;
      state = takeTurn(scenario, state, options[Math.floor(r * options.length)]!.id).state;
      choices += 1;
    }
  }
  return choices / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  let files: typeof import('./lib/scenario-files.ts');
  try {
    files = await import('./lib/scenario-files.ts');
  } catch (error) {
    rows.push({ what: 'scenario loader', result: `not available: ${String(error)}`, target: '', verdict: 'ERROR' });
    return;
  }

  // (a) Engine throughput.
  progress('engine throughput');
  const example = files.loadScenarioFile(EXAMPLE).scenario;
  if (example) {
    const perSecond = engineThroughput(example);
    rows.push({
      what: `(a) engine, random play of ${example.id}`,
      result: `${Math.round(perSecond).toLocaleString('en')} choices/s`,
      target: '',
      verdict: 'INFO',
    });
  } else rows.push({ what: '(a) engine', result: `${EXAMPLE} does not compile`, target: '', verdict: 'ERROR' });

  // (b) The checker on a generated 1,000-moment scenario, read once, against the bare YAML parse of it.
  const dir = mkdtempSync(join(tmpdir(), 'ruimte-bench-'));
  const path = join(dir, 'gegenereerd-1000.yaml');
  writeFileSync(path, generateScenarioYaml({ moments: 1000 }));
  const bytes = new Uint8Array(readFileSync(path));
  const { LineCounter, parseDocument } = await import('yaml');
  const bareParse = (input: Uint8Array) => () => parseDocument(new TextDecoder().decode(input), { lineCounter: new LineCounter() });
  let big: CompiledScenario | null = null;
  try {
    progress('checker on 1,000 moments against the bare parse (5 runs each)');
    const { checkScenarioSource } = await import('../src/content/check.ts');
    const pair = timedPair(5, () => checkScenarioSource({ path, bytes }), bareParse(bytes));
    const errors = pair.lastA.issues.filter((i) => i.severity === 'error');
    big = pair.lastA.scenario;
    rows.push({
      what: `(b) scenarios:check, 1,000 moments (${(bytes.length / 1024).toFixed(0)} KB), median of 5`,
      result:
        errors.length === 0
          ? against(pair.a, pair.b, 'bare parse')
          : `${errors.length} error(s): ${escapeControls(truncate(errors[0]!.message, 60), { oneLine: true })}`,
      target: '≤ 1.5× parse',
      verdict: errors.length === 0 ? verdict(pair.a <= 1.5 * pair.b) : 'ERROR',
    });
  } catch (error) {
    rows.push({ what: '(b) scenarios:check', result: `checker not available: ${String(error)}`, target: '≤ 1.5× parse', verdict: 'ERROR' });
  }

  // (b) The check command as trainers run it, whole process, on the largest shipped file, against a bare node
  // start plus the parse of that file. npm's own start (a few hundred ms) is left out of both.
  try {
    const largest = files
      .listScenarioFiles()
      .map((file) => ({ file, size: readFileSync(file).length }))
      .sort((x, y) => y.size - x.size)[0]!.file;
    // Resolved from this file: the same place whether it runs from scripts/ (tsx) or from the bundle in .cli/.
    const cli = fileURLToPath(new URL('../scripts/cli.mjs', import.meta.url));
    const spawnOk = (args: string[]) => () => {
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stdout}${result.stderr}`);
    };
    spawnOk([cli, 'scenarios-check', largest])(); // builds the bundle if it is stale, outside the timing
    // The reference the target names, "a bare node start plus that parse", as one process: node starts, loads
    // the yaml library and parses the file once (cold, as the check command does).
    const yamlUrl = new URL('../node_modules/yaml/dist/index.js', import.meta.url).href;
    const bareProcess = [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs'; import { LineCounter, parseDocument } from ${JSON.stringify(yamlUrl)};` +
        ` parseDocument(new TextDecoder().decode(readFileSync(process.argv[1])), { lineCounter: new LineCounter() });`,
      largest,
    ];
    spawnOk(bareProcess)();
    progress(`scenarios:check ${largest} as a process, a bare node start and a bare parse process (7 runs each)`);
    const processes = timedTriple(7, spawnOk([cli, 'scenarios-check', largest]), spawnOk(['-e', '']), spawnOk(bareProcess));
    const largestBytes = new Uint8Array(readFileSync(largest));
    const parse = timed(7, bareParse(largestBytes)).ms;
    const reference = processes.b + parse;
    // The same command compiled by tsx at every start, as it ran before the prebuilt bundle: for comparison.
    const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const source = fileURLToPath(new URL('../scripts/scenarios-check.ts', import.meta.url));
    const viaTsx = timed(3, spawnOk([tsx, source, largest])).ms;
    rows.push({
      what: `(b) the same through tsx (no prebuilt bundle), median of 3`,
      result: `${ms(viaTsx)} = ${(viaTsx / reference).toFixed(2)}× start+parse`,
      target: '',
      verdict: 'INFO',
    });
    rows.push({
      what: `(b) node scripts/cli.mjs scenarios-check ${largest}, median of 7`,
      result: against(processes.a, processes.c, 'node start + yaml parse of the file, one process'),
      target: '≤ 2× start+parse',
      verdict: verdict(processes.a <= 2 * processes.c),
    });
    rows.push({
      what: `(b) the same against node -e '' plus a warm in-process parse`,
      result: `${against(processes.a, reference, "node -e ''")} (${ms(processes.b)} + parse ${ms(parse)})`,
      target: '',
      verdict: 'INFO',
    });
  } catch (error) {
    rows.push({
      what: '(b) scenarios:check as a process',
      result: `failed: ${escapeControls(truncate(String(error), 120), { oneLine: true })}`,
      target: '≤ 2× start+parse',
      verdict: 'ERROR',
    });
  }

  // (c) The analysis of that scenario; compiled without the checker's limits if the checker refused it.
  try {
    big ??= await compileUnchecked(bytes);
    const scenario = big;
    const { analyseScenario } = await import('../src/content/analyse.ts');
    progress('analysis of 1,000 moments (3 runs)');
    const { ms: analyseMs, last } = timed(3, () => analyseScenario(scenario));
    rows.push({
      what: '(c) analysis, 1,000 moments, median of 3',
      result: `${ms(analyseMs)}, ${last.states.toLocaleString('en')} states${last.truncated ? ', TRUNCATED (state limit)' : ''}`,
      target: '',
      verdict: 'INFO',
    });
  } catch (error) {
    rows.push({ what: '(c) analysis, 1,000 moments', result: `failed: ${String(error)}`, target: '', verdict: 'ERROR' });
  }

  // (d) The analysis of every shipped scenario: the quick (coarsest) analysis the Lab runs live, and the
  // thorough default of scenarios:analyse, each per scenario (states and time) and in total.
  try {
    const { analyseScenario } = await import('../src/content/analyse.ts');
    const shipped = files.loadAllScenarios().flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
    for (const [label, quick, runs] of [
      ['quick (--quick)', true, 5],
      ['thorough (default)', false, 1],
    ] as const) {
      progress(`analysis of ${shipped.length} shipped scenarios, ${label} (${runs} run${runs > 1 ? 's' : ''})`);
      const each = shipped.map((scenario) => {
        const { ms: took, last } = timed(runs, () => analyseScenario(scenario, { quick }));
        return { id: scenario.id, ms: took, states: last.states, truncated: last.truncated };
      });
      const allMs = each.reduce((n, a) => n + a.ms, 0);
      const states = each.reduce((n, a) => n + a.states, 0);
      const truncated = each.filter((a) => a.truncated).length;
      rows.push({
        what: `(d) analysis, all ${shipped.length} shipped scenarios, ${label}${runs > 1 ? `, sum of medians of ${runs}` : ''}`,
        result: `${ms(allMs)}, ${states.toLocaleString('en')} states${truncated > 0 ? `, ${truncated} truncated` : ''}`,
        target: quick ? '< 1 s' : '',
        verdict: quick ? verdict(allMs < 1000) : 'INFO',
      });
      for (const one of each) {
        rows.push({
          what: `      ${one.id}`,
          result: `${ms(one.ms)}, ${one.states.toLocaleString('en')} states${one.truncated ? ', TRUNCATED' : ''}`,
          target: '',
          verdict: 'INFO',
        });
      }
    }
  } catch (error) {
    rows.push({ what: '(d) analysis of the shipped scenarios', result: `failed: ${String(error)}`, target: '< 1 s', verdict: 'ERROR' });
  }

  // (e) The debrief's look-ahead: every option of every turn played on to an ending, per conversation.
  try {
    const { lookAheadTurns } = await import('../src/engine/look-ahead.ts');
    const { ALL_STRATEGIES, playStrategy } = await import('../src/content/strategies.ts');
    const shipped = files.loadAllScenarios().flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
    progress('debrief look-ahead on every shipped scenario');
    const times: number[] = [];
    let slowest = { ms: 0, what: '' };
    for (const scenario of shipped) {
      for (const strategy of ALL_STRATEGIES) {
        for (const seed of [1, 2, 3]) {
          const state = playStrategy(scenario, strategy, seed);
          const { ms: took } = timed(1, () => lookAheadTurns(scenario, state));
          times.push(took);
          if (took > slowest.ms) slowest = { ms: took, what: `${scenario.id}, ${strategy.id}, ${state.choices.length} turns` };
        }
      }
    }
    rows.push({
      what: `(e) debrief look-ahead, ${times.length} conversations (median; slowest)`,
      result: `${ms(median(times))}; ${ms(slowest.ms)} (${slowest.what})`,
      target: '< 1 s',
      verdict: verdict(slowest.ms < 1000),
    });
  } catch (error) {
    rows.push({ what: '(e) debrief look-ahead', result: `failed: ${String(error)}`, target: '< 1 s', verdict: 'ERROR' });
  }

  // (f) The checker on every broken and hostile fixture of the tests: each must stay far from a hang.
  try {
    const { brokenCaseNames, checkBrokenCase } = await import('../tests/content/helpers/broken-cases.ts');
    progress('checker on every broken fixture');
    const each = brokenCaseNames().map((name) => ({ name, ms: timed(3, () => checkBrokenCase(name)).ms }));
    const slowest = each.reduce((a, b) => (b.ms > a.ms ? b : a));
    rows.push({
      what: `(f) scenarios:check, ${each.length} broken fixtures (slowest, median of 3)`,
      result: `${ms(slowest.ms)} (${slowest.name})`,
      target: '< 2 s',
      verdict: verdict(slowest.ms < 2000),
    });
  } catch (error) {
    rows.push({ what: '(f) broken fixtures', result: `failed: ${String(error)}`, target: '< 2 s', verdict: 'ERROR' });
  }
}

/** Schema and compile only: enough to analyse a file the checker refuses for its size. */
async function compileUnchecked(bytes: Uint8Array): Promise<CompiledScenario> {
  const { parse } = await import('yaml');
  const { scenarioSchema } = await import('../src/content/schema.ts');
  const { compileScenario } = await import('../src/content/compile.ts');
  return compileScenario(scenarioSchema.parse(parse(new TextDecoder().decode(bytes))));
}

function printTable(): void {
  const header = { what: 'benchmark', result: 'result', target: 'target', verdict: '' } as const;
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const line = (r: Pick<Row, keyof Row> | typeof header) =>
    `${r.what.padEnd(width('what'))}  ${r.result.padEnd(width('result'))}  ${r.target.padEnd(width('target'))}  ${r.verdict}`.trimEnd();
  console.log(line(header));
  console.log('-'.repeat(line(header).length + 6));
  for (const r of rows) console.log(line(r));
  console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}; figures vary with machine load.`);
}

main()
  .catch((error: unknown) => rows.push({ what: 'bench', result: `crashed: ${String(error)}`, target: '', verdict: 'ERROR' }))
  .finally(() => {
    printTable();
    process.exitCode = 0;
  });
