/** The launcher of the prebuilt tools: when it rebuilds the bundle, and how it runs it with V8's code cache. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, createLoader, isFresh, type CliManifest } from '../../scripts/cli-load.mjs';

const OUT = '/project/.cli';
const manifest: CliManifest = {
  builtAt: 1000,
  entries: { 'scenarios-check': { file: 'scenarios-check-abc.cjs', source: 'scripts/scenarios-check.ts' } },
  sources: ['scripts/scenarios-check.ts', 'src/content/check.ts'],
};
/** Every file known, older than the build, except the changes given (undefined: the file is gone). */
const mtimes =
  (changes: Record<string, number | undefined> = {}) =>
  (path: string): number | undefined =>
    path in changes ? changes[path] : 500;

describe('isFresh: the bundle runs only while no input changed since it was built', () => {
  it('fresh when every source, the lockfile and the build script are older than the build', () => {
    expect(isFresh(manifest, 'scenarios-check', mtimes(), OUT)).toBe(true);
  });

  it('stale when one source file was changed after the build', () => {
    expect(isFresh(manifest, 'scenarios-check', mtimes({ 'src/content/check.ts': 1001 }), OUT)).toBe(false);
  });

  it('stale when the lockfile or the build script changed', () => {
    for (const input of BUILD_INPUTS) expect(isFresh(manifest, 'scenarios-check', mtimes({ [input]: 2000 }), OUT)).toBe(false);
  });

  it('stale when a source file was deleted or renamed', () => {
    expect(isFresh(manifest, 'scenarios-check', mtimes({ 'src/content/check.ts': undefined }), OUT)).toBe(false);
  });

  it('stale when the entry file is missing, the command is not in the bundle, or there is no manifest', () => {
    expect(isFresh(manifest, 'scenarios-check', mtimes({ [join(OUT, 'scenarios-check-abc.cjs')]: undefined }), OUT)).toBe(false);
    expect(isFresh(manifest, 'scenarios-analyse', mtimes(), OUT)).toBe(false);
    expect(isFresh(null, 'scenarios-check', mtimes(), OUT)).toBe(false);
  });
});

describe('createLoader: CommonJS files run through V8 with a code cache beside each', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function bundle(): string {
    dir = mkdtempSync(join(tmpdir(), 'ruimte-cli-load-'));
    writeFileSync(
      join(dir, 'main-a1.cjs'),
      `const part = require('./part-b2.cjs'); const { basename } = require('node:path');\nexports.answer = part.twice(21) + ':' + basename(__filename);\n`,
    );
    writeFileSync(
      join(dir, 'part-b2.cjs'),
      `exports.twice = (n) => n * 2;\nexports.strict = (function () { return this === undefined; })();\n`,
    );
    return dir;
  }

  /** A fresh node process, as each call of a tool is: V8 keeps compiled code in memory within one process. */
  function runInNode(): { exports: unknown; stats: unknown } {
    const script = `import { createLoader } from ${JSON.stringify(pathToFileURL(resolve('scripts/cli-load.mjs')).href)};
      const loader = createLoader(${JSON.stringify(dir)}); const exports = loader.run('main-a1.cjs'); loader.save();
      console.log(JSON.stringify({ exports, stats: loader.stats }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { exports: unknown; stats: unknown };
  }

  it('runs a file and the files it requires, each once, in strict mode as the ES modules they were', () => {
    const loader = createLoader(bundle());
    expect(loader.run('main-a1.cjs')).toEqual({ answer: '42:main-a1.cjs' });
    expect(loader.run('part-b2.cjs')).toMatchObject({ strict: true });
    expect(loader.stats).toEqual({ cached: 0, compiled: 2 });
  });

  it('saves a cache for each file compiled; the next call starts from it and gives the same result', () => {
    bundle();
    expect(runInNode()).toEqual({ exports: { answer: '42:main-a1.cjs' }, stats: { cached: 0, compiled: 2 } });
    expect(readdirSync(dir).sort()).toEqual(['main-a1.cjs', 'main-a1.cjs.v8cache', 'part-b2.cjs', 'part-b2.cjs.v8cache']);
    expect(runInNode()).toEqual({ exports: { answer: '42:main-a1.cjs' }, stats: { cached: 2, compiled: 0 } });
  });

  it('a damaged cache is compiled anew and replaced, the result unchanged', () => {
    bundle();
    runInNode();
    writeFileSync(join(dir, 'part-b2.cjs.v8cache'), 'not a code cache');
    expect(runInNode()).toEqual({ exports: { answer: '42:main-a1.cjs' }, stats: { cached: 1, compiled: 1 } });
    expect(runInNode()).toEqual({ exports: { answer: '42:main-a1.cjs' }, stats: { cached: 2, compiled: 0 } });
  });
});
