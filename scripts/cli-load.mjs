// How scripts/cli.mjs decides that the prebuilt bundle in .cli/ is current, and how it runs it. Plain JS, no
// dependencies: it runs before anything is built.
//
// The bundle's files are CommonJS (see build-cli.mjs) so that they can be compiled through node:vm with V8's
// code cache: the first call of a tool saves the compiled code of each file it ran next to it (x.cjs.v8cache),
// later calls start from that instead of parsing and compiling the same JavaScript again. Node 20 has no such
// cache for ES modules (module.enableCompileCache came with node 22). A cache that V8 refuses (another node
// version, other flags, a damaged file) is simply compiled again and replaced; the file names carry a hash of
// their content, so a cache never meets other code under the same name. A cache holds what its first call
// compiled (V8 compiles a function when it first runs): if that call only printed the usage, later calls
// compile the rest themselves, as without a cache, until the next build. Checking whether a call compiled
// more, to save again, would cost each call more than it saves.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/** Files that change the bundle without being bundled themselves. */
export const BUILD_INPUTS = ['package-lock.json', 'scripts/build-cli.mjs'];

/**
 * Whether the bundle described by `manifest` can run command `name`: it names an entry for it, the entry is
 * there, and no source file (nor the lockfile, nor the build script) was changed, deleted or renamed since.
 * `mtimeOf(path)` gives a file's modification time in ms, or undefined when it does not exist; paths are
 * relative to the project, except `outDir/<entry>`, asked as given.
 */
export function isFresh(manifest, name, mtimeOf, outDir) {
  const entry = manifest?.entries?.[name]?.file;
  if (typeof entry !== 'string' || typeof manifest.builtAt !== 'number' || !Array.isArray(manifest.sources)) return false;
  if (mtimeOf(join(outDir, entry)) === undefined) return false;
  return [...manifest.sources, ...BUILD_INPUTS].every((file) => {
    const mtime = mtimeOf(file);
    return mtime !== undefined && mtime < manifest.builtAt;
  });
}

/** The manifest written by build-cli.mjs, or null when there is none (or it cannot be read). */
export function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * A loader for the CommonJS files of one folder: `run(file)` runs a file (and the files it requires from
 * `./`, each once) and returns its exports; `save()` writes the code cache of every file whose cache was
 * missing or refused. Call `save()` when the work is done, so the cache holds every function that ran.
 */
export function createLoader(dir) {
  const nodeRequire = createRequire(join(dir, 'loader.cjs'));
  const modules = new Map();
  /** Files compiled without a usable cache: their cache is written by save(). */
  const uncached = [];
  const stats = { cached: 0, compiled: 0 };

  function run(file) {
    const path = join(dir, file);
    const known = modules.get(path);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(path, module);
    const cachePath = `${path}.v8cache`;
    let cachedData;
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
    // The wrapper keeps the file's lines where they are; 'use strict' because the sources were ES modules.
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) {'use strict';${readFileSync(path, 'utf8')}\n})`,
      {
        filename: path,
        cachedData,
      },
    );
    if (cachedData && !script.cachedDataRejected) stats.cached += 1;
    else {
      stats.compiled += 1;
      uncached.push({ script, cachePath });
    }
    const require = (id) => (id.startsWith('./') ? run(id.slice(2)) : nodeRequire(id));
    script.runInThisContext()(module.exports, require, module, path, dirname(path));
    return module.exports;
  }

  function save() {
    for (const { script, cachePath } of uncached.splice(0)) {
      // Written aside and renamed: a tool starting meanwhile reads the old cache or the new one, never half.
      const temp = `${cachePath}-${process.pid}`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cachePath);
      } catch {
        // A read-only install runs without a cache.
        rmSync(temp, { force: true });
      }
    }
  }

  return { run, save, stats };
}

/** `statSync(path).mtimeMs` relative to `root`, or undefined when the file does not exist. */
export function mtimeIn(root) {
  return (file) => {
    try {
      return statSync(isAbsolute(file) ? file : join(root, file)).mtimeMs;
    } catch {
      return undefined;
    }
  };
}
