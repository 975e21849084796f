// Starts one of the scenarios:* tools from its prebuilt bundle in .cli/ (see build-cli.mjs): plain node, no
// TypeScript compiler at start-up. `node scripts/cli.mjs scenarios-check [args…]`. When the bundle is missing
// or any of its source files (or the lockfile) is newer, it is rebuilt first (about a second), so an edit
// under src/ or scripts/ is never checked with yesterday's code. The bundle runs with V8's code cache
// (cli-load.mjs). Only what a call needs is loaded: the build script and Vite only when a rebuild is due.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLoader, isFresh, mtimeIn, readManifest } from './cli-load.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.cli');
const MANIFEST = join(OUT_DIR, 'manifest.json');

const [name, ...args] = process.argv.slice(2);
let manifest = readManifest(MANIFEST);
if (!name || !isFresh(manifest, name, mtimeIn(ROOT), OUT_DIR)) {
  const { ENTRIES, buildCli } = await import('./build-cli.mjs');
  if (!name || !(name in ENTRIES)) {
    console.error(`usage: node scripts/cli.mjs <${Object.keys(ENTRIES).join('|')}> [arguments…]`);
    process.exit(2);
  }
  await buildCli();
  manifest = readManifest(MANIFEST);
}
// The tool reads its arguments from process.argv.slice(2), as when started directly. argv[1] names the source
// file, so a bundled module that asks "am I the script being run?" (import.meta.url) answers no.
const { file, source } = manifest.entries[name];
process.argv = [process.argv[0], join(ROOT, source), ...args];
const loader = createLoader(OUT_DIR);
// At exit, when every function the call needed has been compiled (a no-op once the caches exist).
process.on('exit', () => loader.save());
loader.run(file);
