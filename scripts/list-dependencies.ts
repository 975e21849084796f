/**
 * `npm run deps:list [-- --check]`: the production dependencies (what ships to the browser, and what a
 * production install pulls in) with their versions and licences, written to docs/dependencies.md for a
 * security officer to review without npm audit or a network. Generated from package-lock.json (the exact
 * tree) and each package's own package.json in node_modules (its licence as published); `--check` exits 1
 * when the committed list no longer matches, and a unit test does the same.
 *
 * The tree is walked as npm resolves it: from package.json's dependencies through each package's
 * dependencies, optional dependencies and required peer dependencies, looking a name up in the nearest
 * node_modules folder first. Optional peers that nothing else requires (TypeScript for react-i18next) and
 * everything only reachable from devDependencies are left out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEPENDENCIES_DOC = 'docs/dependencies.md';

interface LockPackage {
  version?: string;
  license?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockPackage>;
}

export interface Manifest {
  dependencies?: Record<string, string>;
}

export interface Dependency {
  name: string;
  version: string;
  licence: string;
  /** Named in package.json, or pulled in by another package. */
  direct: boolean;
  /** The packages that need this one (the project itself as "ruimte"), sorted. */
  requiredBy: string[];
}

/** A package's licence as published: `license` (SPDX), the old `{ type }` object, or the older `licenses` list. */
export function licenceOf(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const m = manifest as { license?: unknown; licenses?: unknown };
  if (typeof m.license === 'string' && m.license.trim() !== '') return m.license.trim();
  if (typeof m.license === 'object' && m.license !== null && typeof (m.license as { type?: unknown }).type === 'string')
    return (m.license as { type: string }).type;
  if (Array.isArray(m.licenses)) {
    const types = m.licenses.flatMap((l: unknown) =>
      typeof l === 'object' && l !== null && typeof (l as { type?: unknown }).type === 'string' ? [(l as { type: string }).type] : [],
    );
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return undefined;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where npm finds `name` for the package at `from`: its own node_modules, then each parent's, then the root. */
function resolvePath(lock: Lockfile, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/**
 * The production tree. `readManifest(path)` gives a package's package.json from node_modules (undefined when
 * it is not installed, e.g. an optional one for another platform); its licence wins over the lockfile's.
 */
export function productionDependencies(project: Manifest, lock: Lockfile, readManifest: (path: string) => unknown): Dependency[] {
  if (lock.lockfileVersion < 2 || !lock.packages)
    throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or 3 needed); run npm install with npm 7 or later');
  const found = new Map<string, Dependency>();
  const queue: { from: string; fromName: string; name: string }[] = Object.keys(project.dependencies ?? {}).map((name) => ({
    from: '',
    fromName: 'ruimte',
    name,
  }));
  while (queue.length > 0) {
    const { from, fromName, name } = queue.shift()!;
    const path = resolvePath(lock, from, name);
    if (!path) throw new Error(`${fromName} needs ${name}, which package-lock.json does not hold; run npm install`);
    const known = found.get(path);
    if (known) {
      if (!known.requiredBy.includes(fromName)) known.requiredBy.push(fromName);
      continue;
    }
    const entry = lock.packages[path]!;
    const version = entry.version ?? '';
    found.set(path, {
      name: nameOf(path),
      version,
      licence: licenceOf(readManifest(path)) ?? entry.license ?? 'UNKNOWN (no licence field)',
      direct: from === '',
      requiredBy: [fromName],
    });
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const needs = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}).filter((n) => resolvePath(lock, path, n)),
      ...Object.keys(entry.peerDependencies ?? {}).filter((n) => !optionalPeers[n]?.optional),
    ];
    for (const next of needs) queue.push({ from: path, fromName: `${nameOf(path)}@${version}`, name: next });
  }
  for (const d of found.values()) {
    if (d.requiredBy.includes('ruimte')) d.direct = true;
    d.requiredBy.sort();
  }
  return [...found.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

/** The committed document: a table a reviewer can read, sorted by name, with totals per licence. */
export function dependenciesMarkdown(deps: readonly Dependency[]): string {
  const licences = new Map<string, number>();
  for (const d of deps) licences.set(d.licence, (licences.get(d.licence) ?? 0) + 1);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '# Production dependencies',
    '',
    "Generated by `npm run deps:list` from package-lock.json and the packages' own package.json files; do not",
    'edit by hand. A unit test fails when this list no longer matches the lockfile.',
    '',
    'These are the packages in the production tree: the app that runs in the browser is built from them and from',
    "the project's own code. Build and test tools (devDependencies: Vite, Vitest, TypeScript, the YAML parser that",
    'compiles scenarios at build time, …) are not listed; apart from small helpers the bundler writes, their code',
    'does not ship.',
    '',
    `${deps.length} packages, ${deps.filter((d) => d.direct).length} of them named in package.json. Licences: ${[...licences.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([licence, n]) => `${licence} (${n})`)
      .join(', ')}.`,
    '',
    '| Package | Version | Licence | Direct | Required by |',
    '| --- | --- | --- | --- | --- |',
    ...deps.map(
      (d) =>
        `| ${cell(d.name)} | ${cell(d.version)} | ${cell(d.licence)} | ${d.direct ? 'yes' : 'no'} | ${cell(d.requiredBy.join(', '))} |`,
    ),
    '',
  ].join('\n');
}

/** The document for the project in `root`, from its lockfile and installed packages. */
export function generateDependenciesDoc(root = '.'): string {
  const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  const readManifest = (path: string) => {
    const file = join(root, path, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  };
  return dependenciesMarkdown(productionDependencies(project, lock, readManifest));
}

function main(args: string[]): number {
  const doc = generateDependenciesDoc();
  const current = existsSync(DEPENDENCIES_DOC) ? readFileSync(DEPENDENCIES_DOC, 'utf8') : '';
  if (args.includes('--check')) {
    if (doc === current) return 0;
    console.error(`${DEPENDENCIES_DOC} is out of date with package-lock.json; run npm run deps:list and commit the result`);
    return 1;
  }
  if (doc !== current) writeFileSync(DEPENDENCIES_DOC, doc);
  console.log(`${DEPENDENCIES_DOC}: ${doc === current ? 'up to date' : 'written'}`);
  return 0;
}

if (process.argv[1] && /list-dependencies\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
