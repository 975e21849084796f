/**
 * Control characters in scenario text (ESC, BEL, C1, DEL, CR, bidirectional overrides) never reach the
 * terminal raw: the check command, the analysis command and the build log show them as `\u001b`, and the
 * checker warns about each text that holds one. Fixture: tests/content/fixtures/broken/control-characters.yaml.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/content/control-chars.ts';
import { formatIssue, issue } from '../../src/content/issues.ts';
import { ruimteScenarios } from '../../scripts/vite-scenarios-plugin.ts';

const TSX = resolve('node_modules/.bin/tsx');
const FIXTURE = 'tests/content/fixtures/broken/control-characters.yaml';
const VALID = 'tests/content/fixtures/valid/kort-gesprek.yaml';

/** What a terminal acts on: C0 except tab and newline, DEL, C1, and the bidirectional controls. */
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point of this test
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function run(script: string, args: string[], cwd = resolve('.')) {
  const result = spawnSync(TSX, [resolve(script), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ruimte-controls-'));
  mkdirSync(join(root, 'scenarios'));
  copyFileSync(FIXTURE, join(root, 'scenarios', 'control-characters.yaml'));
  // An error that quotes a value with escape codes, in a file whose name holds one too.
  const broken = readFileSync(VALID, 'utf8')
    .replace('age: 52', 'age: "\\e]0;gehackt\\a\\e[2J52\\u202e"')
    .replace('id: kort-gesprek', 'id: kapot');
  writeFileSync(join(root, 'scenarios', 'kapot\u001b[31m.yaml'), broken);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('escapeControls and formatIssue', () => {
  it('write every control character as \\u escape and keep ordinary text, tabs and accents', () => {
    expect(escapeControls('a\u001b[2Jb\u0007c\u009bd\u007fe\rf\u202eg\th\nij é 😀')).toBe(
      'a\\u001b[2Jb\\u0007c\\u009bd\\u007fe\\u000df\\u202eg\th\nij é 😀',
    );
    expect(escapeControls('a\nb', { oneLine: true })).toBe('a\\u000ab');
  });

  it('formatIssue keeps every issue on one line, escaping the file name and the message', () => {
    const line = formatIssue(issue('x\u001b.yaml', { line: 1, column: 2 }, 'error', 'wrong-type', 'text ("\u001b[2J\nx\u0085")'));
    expect(line).toBe('x\\u001b.yaml:1:2: error: text ("\\u001b[2J\\u000ax\\u0085")');
  });
});

describe('the check command', { timeout: 60_000 }, () => {
  it('warns about each text with a control character, at its line and column, and still exits 0', () => {
    const { code, stdout } = run('scripts/scenarios-check.ts', [FIXTURE]);
    expect(stdout).not.toMatch(RAW);
    // The fixture's id is not its file name: the check command says so too (one more warning than the golden file).
    const mismatch = `${FIXTURE}:6:5: warning: the file is called control-characters.yaml, but the scenario's id is "kort-gesprek"`;
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.startsWith(mismatch))).toHaveLength(1);
    const rest = lines.filter((l) => !l.startsWith(mismatch)).join('\n');
    expect(rest).toBe(`${readFileSync(FIXTURE.replace('.yaml', '.expected.txt'), 'utf8')}1 scenario checked: 0 errors, 9 warnings\n`);
    expect(code).toBe(0);
  });

  it('prints quoted values and file names with escape codes escaped', () => {
    const { code, stdout } = run('scripts/scenarios-check.ts', [join(root, 'scenarios')]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain('kapot\\u001b[31m.yaml:');
    expect(stdout).toContain('\\u001b]0;gehackt\\u0007\\u001b[2J52\\u202e');
  });
});

describe('the analysis command', { timeout: 120_000 }, () => {
  it('prints titles and errors with escape codes escaped, as text and as JSON', () => {
    const text = run('scripts/scenarios-analyse.ts', ['--quick'], root);
    expect(text.stdout).toContain('kort-gesprek: Een kort gesprek\\u001b[2J\\u001b[H\\u009b31m');
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stderr).toContain('kapot\\u001b[31m.yaml');
    expect(text.stderr).not.toMatch(RAW);

    const json = run('scripts/scenarios-analyse.ts', ['--json', '--quick', 'kort-gesprek'], root);
    expect(json.stdout).not.toMatch(RAW);
    const [report] = JSON.parse(json.stdout) as { title: string }[];
    // Escaped for the terminal, the same value for a program reading the JSON.
    expect(report!.title).toBe('Een kort gesprek\u001b[2J\u001b[H\u009b31m');
  });
});

describe('the build log', () => {
  it('shows scenario errors with escape codes escaped', () => {
    const plugin = ruimteScenarios({ dir: join(root, 'scenarios') });
    const warnings: string[] = [];
    const context = { addWatchFile: () => undefined, warn: (message: string) => warnings.push(message) };
    const load = plugin.load as unknown as { handler: (this: typeof context, id: string) => string | undefined };
    load.handler.call(context, '\0virtual:ruimte-scenarios');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).not.toMatch(RAW);
    expect(warnings.join('\n')).toContain('\\u001b]0;gehackt');
  });
});
