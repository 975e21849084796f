// Bundles the scenarios:* command-line tools to plain JavaScript in .cli/, so a call starts in node at once
// instead of compiling TypeScript first (tsx spent most of each call's second on that). Run by `npm ci`
// (package.json `prepare`) and by scripts/cli.mjs whenever a source file is newer than the bundle.
// Plain JS: it must run before anything is compiled. Writes a manifest of the bundled source files, so the
// launcher can tell a stale bundle from a fresh one by their modification times alone, and of each command's
// entry file. The files are CommonJS named by their content's hash: the launcher runs them through V8 with a
// code cache kept beside each file (see cli-load.mjs), and a hashed name means a cache never outlives its code.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, '.cli');
export const MANIFEST = join(OUT_DIR, 'manifest.json');
/** Command name → its TypeScript entry. */
export const ENTRIES = {
  'scenarios-check': 'scripts/scenarios-check.ts',
  'scenarios-analyse': 'scripts/scenarios-analyse.ts',
  'scenarios-translate': 'scripts/scenarios-translate.ts',
  'build-schema': 'scripts/build-schema.ts',
  // The benchmark measures the content tools as they run in production (bundled), not as tsx compiles them.
  bench: 'scripts/bench.ts',
};

export async function buildCli({ quiet = true } = {}) {
  const { build } = await import('vite');
  // Built next to the final folder and renamed into place: parallel callers never see half a bundle.
  const temp = join(ROOT, `.cli-${process.pid}-${Date.now()}`);
  const sources = new Set();
  /** Command name → its entry file in .cli/ and its TypeScript source. */
  const entries = {};
  // Taken before reading any source: a file saved during the build counts as newer than the bundle.
  const builtAt = Date.now();
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: quiet ? 'silent' : 'info',
      build: {
        ssr: true,
        target: 'node20',
        outDir: temp,
        emptyOutDir: true,
        minify: true,
        sourcemap: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, join(ROOT, entry)])),
          // yaml and zod are bundled too: the tools then load one file, not hundreds of small modules.
          external: [/^node:/],
          output: { format: 'cjs', entryFileNames: '[name]-[hash].cjs', chunkFileNames: '[name]-[hash].cjs' },
        },
      },
      ssr: { noExternal: true },
      plugins: [
        {
          name: 'ruimte-cli-sources',
          generateBundle(_options, bundle) {
            for (const chunk of Object.values(bundle)) {
              if (chunk.type === 'chunk' && chunk.isEntry) entries[chunk.name] = { file: chunk.fileName, source: ENTRIES[chunk.name] };
              for (const id of chunk.type === 'chunk' ? chunk.moduleIds : []) {
                if (!id.startsWith('\0') && !id.includes('node_modules')) sources.add(relative(ROOT, id.split('?')[0]));
              }
            }
          },
        },
      ],
    });
    writeFileSync(join(temp, 'manifest.json'), `${JSON.stringify({ builtAt, entries, sources: [...sources].sort() }, null, 1)}\n`);
    // File by file, each an atomic rename, the manifest last: every file has a hashed name, so a tool started
    // meanwhile finds either the old complete bundle or the new one.
    mkdirSync(OUT_DIR, { recursive: true });
    const files = readdirSync(temp).filter((file) => file !== 'manifest.json');
    for (const file of [...files, 'manifest.json']) renameSync(join(temp, file), join(OUT_DIR, file));
    // Files of earlier builds (and their code caches), once no tool that started before this build can still
    // be loading them.
    for (const file of readdirSync(OUT_DIR)) {
      const path = join(OUT_DIR, file);
      const code = file.replace(/\.v8cache$/, '');
      if (!files.includes(code) && file !== 'manifest.json' && statSync(path).mtimeMs < builtAt - 60_000) rmSync(path, { force: true });
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli({ quiet: !process.argv.includes('--verbose') });
}
