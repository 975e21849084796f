// Starts one of the scenarios:* tools from its prebuilt bundle in .cli/ (see build-cli.mjs): plain node, no
// TypeScript compiler at start-up. `node scripts/cli.mjs scenarios-check [args…]`. When the bundle is missing
// or any of its source files (or the lockfile) is newer, it is rebuilt first (about a second), so an edit
// under src/ or scripts/ is never checked with yesterday's code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, MANIFEST, OUT_DIR, ROOT, buildCli } from './build-cli.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name || !(name in ENTRIES)) {
  console.error(`usage: node scripts/cli.mjs <${Object.keys(ENTRIES).join('|')}> [arguments…]`);
  process.exit(2);
}

function fresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  const inputs = [...manifest.sources, 'package-lock.json', 'scripts/build-cli.mjs'];
  return (
    existsSync(join(OUT_DIR, `${name}.mjs`)) &&
    inputs.every((file) => {
      try {
        return statSync(join(ROOT, file)).mtimeMs < manifest.builtAt;
      } catch {
        return false; // a source file was deleted or renamed
      }
    })
  );
}

if (!fresh()) await buildCli();
// The tool reads its arguments from process.argv.slice(2), as when started directly. argv[1] names the source
// file, so a bundled module that asks "am I the script being run?" (import.meta.url) answers no.
const entry = join(OUT_DIR, `${name}.mjs`);
process.argv = [process.argv[0], join(ROOT, ENTRIES[name]), ...args];
await import(pathToFileURL(entry).href);
