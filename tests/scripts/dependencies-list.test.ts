/**
 * docs/dependencies.md, the reviewable list of production dependencies with versions and licences, is
 * generated from package-lock.json (scripts/list-dependencies.ts); this fails as soon as the two drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEPENDENCIES_DOC,
  dependenciesMarkdown,
  generateDependenciesDoc,
  licenceOf,
  productionDependencies,
  type Lockfile,
  type Manifest,
} from '../../scripts/list-dependencies.ts';

const project = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest & { devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const noManifests = () => undefined;

describe('the committed list of production dependencies', () => {
  it('matches package-lock.json and the installed packages (run npm run deps:list after changing dependencies)', () => {
    expect(readFileSync(DEPENDENCIES_DOC, 'utf8')).toBe(generateDependenciesDoc());
  });

  it('lists every dependency of package.json as direct, with a version and a licence, and no build tool', () => {
    const deps = productionDependencies(project, lock, noManifests);
    const byName = new Map(deps.map((d) => [d.name, d]));
    for (const name of Object.keys(project.dependencies ?? {})) {
      expect(byName.get(name), name).toMatchObject({ direct: true, version: lock.packages[`node_modules/${name}`]!.version });
    }
    for (const d of deps) expect(d.licence).not.toMatch(/UNKNOWN/);
    for (const tool of ['vite', 'vitest', 'yaml', 'typescript', 'eslint', 'jsdom']) expect(byName.has(tool), tool).toBe(false);
  });

  it('drifts visibly: a changed version or licence in the lockfile changes the list', () => {
    const committed = readFileSync(DEPENDENCIES_DOC, 'utf8');
    const bumped = structuredClone(lock);
    bumped.packages['node_modules/scheduler']!.version = '0.99.0';
    expect(dependenciesMarkdown(productionDependencies(project, bumped, noManifests))).not.toBe(committed);
    const relicensed = structuredClone(lock);
    relicensed.packages['node_modules/zod']!.license = 'GPL-3.0-only';
    expect(dependenciesMarkdown(productionDependencies(project, relicensed, noManifests))).toContain('| zod | 4.6.7 | GPL-3.0-only |');
    const added = { ...project, dependencies: { ...project.dependencies, yaml: '^2' } };
    expect(dependenciesMarkdown(productionDependencies(added, lock, noManifests))).toContain('| yaml |');
  });
});

describe('how the tree is walked', () => {
  const fake: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': {},
      'node_modules/a': {
        version: '1.0.0',
        license: 'MIT',
        dependencies: { b: '^2' },
        peerDependencies: { c: '*', d: '*' },
        peerDependenciesMeta: { d: { optional: true } },
      },
      'node_modules/a/node_modules/b': { version: '2.0.0', license: 'ISC' },
      'node_modules/b': { version: '1.0.0', license: 'ISC' },
      'node_modules/c': { version: '3.0.0', license: 'Apache-2.0', optionalDependencies: { gone: '*' } },
      'node_modules/d': { version: '4.0.0', license: 'MIT' },
    },
  };

  it('resolves nested copies first, follows required peers, skips optional peers and missing optional packages', () => {
    const deps = productionDependencies({ dependencies: { a: '^1' } }, fake, noManifests);
    expect(deps.map((d) => `${d.name}@${d.version} ${d.licence} ${d.direct ? 'direct' : 'via ' + d.requiredBy.join(',')}`)).toEqual([
      'a@1.0.0 MIT direct',
      'b@2.0.0 ISC via a@1.0.0',
      'c@3.0.0 Apache-2.0 via a@1.0.0',
    ]);
  });

  it('takes the licence from the installed package.json first, in any of its historical forms', () => {
    const deps = productionDependencies({ dependencies: { a: '^1' } }, fake, (path) =>
      path === 'node_modules/a' ? { license: { type: 'BSD-3-Clause' } } : undefined,
    );
    expect(deps[0]).toMatchObject({ name: 'a', licence: 'BSD-3-Clause' });
    expect(licenceOf({ license: 'MIT' })).toBe('MIT');
    expect(licenceOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenceOf({})).toBeUndefined();
  });

  it('says what to do when the lockfile lacks a package', () => {
    expect(() => productionDependencies({ dependencies: { nope: '^1' } }, fake, noManifests)).toThrow(/run npm install/);
  });
});
