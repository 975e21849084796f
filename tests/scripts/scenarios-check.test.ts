/** The authors' check command, run as trainers and CI run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What `npm run scenarios:check` runs: the prebuilt bundle, rebuilt first when a source file is newer. */
const CLI = resolve('scripts/cli.mjs');

let env: Record<string, string> = {};

function run(...args: string[]): { code: number | null; out: string } {
  // An English environment unless a test asks otherwise: the messages follow the environment's language.
  const result = spawnSync(process.execPath, [CLI, 'scenarios-check', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** The warning for a fixture whose file name is not its id ("basis"). */
const MISMATCH = (name: string) =>
  `tests/content/fixtures/broken/${name}.yaml:3:5: warning: the file is called ${name}.yaml, but the scenario's id is "basis"; rename the file to basis.yaml (with its .en.yaml), or change the id to "${name}" if the scenario is not in use yet (saved progress refers to the id)\n`;

// Each case starts a node process (the first may rebuild the bundle: a few seconds on a busy machine).
describe('npm run scenarios:check', { timeout: 30_000 }, () => {
  it('a valid scenario with its translation: no problems, exit 0', () => {
    expect(run('tests/content/fixtures/valid/kort-gesprek.yaml')).toEqual({ code: 0, out: '1 scenario checked: no problems\n' });
  });

  it('naming the .en.yaml checks its scenario', () => {
    expect(run('tests/content/fixtures/valid/kort-gesprek.en.yaml').out).toBe('1 scenario checked: no problems\n');
  });

  it('an error: one line per issue, a summary, exit 1', () => {
    const { code, out } = run('tests/content/fixtures/broken/dangling-next.yaml');
    const expected = readFileSync('tests/content/fixtures/broken/dangling-next.expected.txt', 'utf8');
    expect(out).toBe(`${MISMATCH('dangling-next')}${expected}1 scenario checked: 1 error, 1 warning\n`);
    expect(code).toBe(1);
  });

  it('only warnings: exit 0; a playable scenario without translation gets one warning about it', () => {
    const { code, out } = run('tests/content/fixtures/broken/unreachable-moment.yaml');
    const expected = readFileSync('tests/content/fixtures/broken/unreachable-moment.expected.txt', 'utf8');
    expect(out).toBe(
      'tests/content/fixtures/broken/unreachable-moment.yaml:1:1: warning: there is no English translation yet; create unreachable-moment.en.yaml next to this file to translate its 28 lines (until then English players see the Dutch text)\n' +
        `${MISMATCH('unreachable-moment')}${expected}1 scenario checked: 0 errors, 3 warnings\n`,
    );
    expect(code).toBe(0);
  });

  it('a missing file is one clear error line, not a stack trace', () => {
    const { code, out } = run('scenarios/bestaat-niet.yaml');
    expect(out).toBe(
      'scenarios/bestaat-niet.yaml:1:1: error: there is no file with this name; check the spelling and the folder (scenarios live in scenarios/)\n1 scenario checked: 1 error, 0 warnings\n',
    );
    expect(code).toBe(1);
  });

  it('a folder checks every scenario in it, translations paired, not listed separately', () => {
    const { out } = run('tests/content/fixtures/valid');
    expect(out).toBe('1 scenario checked: no problems\n');
  });

  it('two files with the same id: an error at the id of the second, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruimte-check-'));
    try {
      const text = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');
      writeFileSync(join(dir, 'kort-gesprek.yaml'), text);
      writeFileSync(join(dir, 'zz-kopie.yaml'), text);
      const { code, out } = run(dir);
      expect(out).toMatch(/zz-kopie\.yaml:6:5: warning: the file is called zz-kopie\.yaml, but the scenario's id is "kort-gesprek"/);
      expect(out).toMatch(/zz-kopie\.yaml:6:5: error: .*kort-gesprek\.yaml already has the id "kort-gesprek"/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks Dutch with --lang nl, or when the environment is Dutch; --lang wins', () => {
    const dutch = `tests/content/fixtures/broken/dangling-next.yaml:43:15: error: "next" van optie "open-vraag" noemt "afsprak", en dat bestaat niet; bedoelt u "afspraak"?\n`;
    const { code, out } = run('--lang', 'nl', 'tests/content/fixtures/broken/dangling-next.yaml');
    expect(out).toContain(dutch);
    expect(out).toMatch(/\n1 scenario gecontroleerd: 1 fout, 1 waarschuwing\n$/);
    expect(code).toBe(1);
    env = { LANG: 'nl_NL.UTF-8' };
    try {
      expect(run('tests/content/fixtures/broken/dangling-next.yaml').out).toContain(dutch);
      expect(run('--lang=en', 'tests/content/fixtures/broken/dangling-next.yaml').out).toContain(
        'which does not exist; did you mean "afspraak"?',
      );
    } finally {
      env = {};
    }
  });

  it('hostile files do not crash it', () => {
    const { code, out } = run('tests/content/fixtures/broken/billion-laughs.yaml', 'tests/content/fixtures/broken/empty.yaml');
    expect(out).toMatch(/billion-laughs\.yaml:3:8: error: .*\n.*empty\.yaml:1:1: error: .*\n2 scenarios checked: 2 errors, 0 warnings\n$/);
    expect(out).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});
